"""Phrase patterns and ConText-style cues: which cue words apply to which tokens.

A pattern is a phrase over the token strings of `nlp.TokenView`:
- `...` allows a gap of up to six words ("bouwen ... af");
- `word*` matches any word that starts with `word` ("investeer*");
- `=word` matches that whole word only;
- in a term (not a cue), a word of five letters or more also matches as the head of a compound
  ("team" in "wijkteams"), and one of seven letters or more also as its modifier
  ("jeugdzorg" in "jeugdzorgaanbieders").
Words in a phrase may be written together, apart or hyphenated in the text ("open house",
"open-house", "openhouse").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from checker.nlp import TokenView, fold

GAP_WORDS = 6
SCOPE_OPENERS = frozenset({"firm", "intent", "weak", "study"})
COMPOUND_MIN = 5
COMPOUND_MODIFIER_MIN = 7


def _word_regex(word: str, compound: bool, first: bool, last: bool) -> str:
    exact = word.startswith("=")
    w = word.lstrip("=")
    prefix = w.endswith("*")
    w = w.rstrip("*")
    core = re.escape(fold(w))
    can_compound = compound and not exact and len(w) >= COMPOUND_MIN
    after = r"[^ ]*" if prefix else ""
    if not can_compound:
        return core + after
    # Dutch compounds: the term is the head ("wijkteams" ends in "team(s)") or, when it is long
    # enough not to be an accidental prefix, the modifier ("jeugdzorgaanbieders")
    head = (r"[^ ]*" if first else "") + core + (r"[a-z]{0,2}" if last and not prefix else after)
    if last and len(w) >= COMPOUND_MODIFIER_MIN:
        return f"(?:{head}|{core}[^ ]*)"
    return head


def compile_phrase(phrase: str, compound: bool) -> re.Pattern[str]:
    """Regex for a phrase over a space-delimited token string (see module doc)."""
    words = phrase.split()
    pieces: list[str] = []
    content = [i for i, w in enumerate(words) if w != "..."]
    for i, w in enumerate(words):
        if w == "...":
            pieces.append(rf"(?:[^ ]+ ){{0,{GAP_WORDS}}}")
            continue
        first, last = i == content[0], i == content[-1]
        pieces.append(_word_regex(w, compound, first, last))
        if i != content[-1]:
            nxt = words[i + 1] if i + 1 < len(words) else ""
            pieces.append(" " if nxt == "..." else "[ -]?")
    return re.compile("(?<= )" + "".join(pieces) + "(?= )")


@dataclass(frozen=True)
class Span:
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    text: str


class PhraseSet:
    """Several phrases, each compiled for the surface string and (for terms) the lemma string."""

    def __init__(self, phrases: list[str], compound: bool, lemmatize=None) -> None:
        self.phrases = list(phrases)
        self.surface = [compile_phrase(p, compound) for p in phrases]
        self.lemma: list[re.Pattern[str] | None] = []
        for p in phrases:
            lp = lemmatize(p) if lemmatize else None
            self.lemma.append(compile_phrase(lp, compound) if lp and lp != fold(p) else None)

    def find(self, view: TokenView, first_only: bool = False) -> list[tuple[str, Span]]:
        """(phrase, span) for every match in the view."""
        out: list[tuple[str, Span]] = []
        for phrase, rs, rl in zip(self.phrases, self.surface, self.lemma):
            for use_lemma, rx in ((False, rs), (True, rl)):
                if rx is None:
                    continue
                string = view.lemma if use_lemma else view.surface
                for m in rx.finditer(string):
                    a = view.token_at(m.start(), use_lemma)
                    b = view.token_at(m.end() - 1, use_lemma) + 1
                    out.append((phrase, Span(a, b, m.group(0))))
                    if first_only:
                        return out
                if out and first_only:
                    return out
        return out

    def any(self, view: TokenView) -> bool:
        return bool(self.find(view, first_only=True))


@dataclass(frozen=True)
class CueSpan:
    category: str
    span: Span
    scope: tuple[int, int]  # tokens [a, b) this cue reaches


class CueFinder:
    """Find cues in a token view and compute their scope inside the clause."""

    def __init__(self, cue_rules, pseudo: list[str], terminators: list[str], targets: list[str] = ()) -> None:
        self.rules = [(r, PhraseSet(r.patterns, compound=False)) for r in cue_rules]
        self.pseudo = PhraseSet(pseudo, compound=False) if pseudo else None
        self.terminators = PhraseSet(terminators, compound=False)
        self.targets = PhraseSet(list(targets), compound=False) if targets else None

    def clauses(self, view: TokenView) -> list[int]:
        """Token indexes where a clause terminator stands."""
        return sorted({s.start for _, s in self.terminators.find(view)})

    def find(self, view: TokenView) -> list[CueSpan]:
        masked: list[Span] = [s for _, s in self.pseudo.find(view)] if self.pseudo else []
        stops = self.clauses(view)
        n = len(view)
        found: list[tuple[object, Span]] = []
        for rule, phrases in self.rules:
            for _, span in phrases.find(view):
                if any(m.start <= span.start < m.end or span.start <= m.start < span.end for m in masked):
                    continue
                found.append((rule, span))
        # as in ConText, a new commitment cue opens a new scope: "we stoppen met X en kiezen voor Y"
        openers = sorted({span.start for rule, span in found if rule.category in SCOPE_OPENERS})
        # "afbouwen naar kleinschalige zorg": what follows a target marker is where things go, not
        # what is reduced or expanded
        targets = sorted({s.start for _, s in self.targets.find(view)}) if self.targets else []
        out: list[CueSpan] = []
        for rule, span in found:
            directional = rule.category in ("decrease", "increase")
            left = max([t + 1 for t in stops if t < span.start] +
                       [t for t in openers if t < span.start and rule.category not in SCOPE_OPENERS], default=0)
            right = min([t for t in stops if t >= span.end] + [t for t in openers if t >= span.end] +
                        ([t for t in targets if t >= span.end] if directional else []), default=n)
            a, b = span.start, span.end
            if rule.direction in ("forward", "both"):
                b = min(right, span.end + rule.scope)
            if rule.direction in ("backward", "both"):
                a = max(left, span.start - rule.scope)
            out.append(CueSpan(rule.category, span, (a, b)))
        return out


def covering(cues: list[CueSpan], start: int, end: int, category: str) -> CueSpan | None:
    """The nearest cue of `category` whose scope reaches the tokens [start, end)."""
    best = None
    for c in cues:
        if c.category != category:
            continue
        a, b = c.scope
        if a <= start < b or a < end <= b or (c.span.start <= start and c.span.end >= end):
            dist = abs(c.span.start - start)
            if best is None or dist < abs(best.span.start - start):
                best = c
    return best
