"""A clause that refuses its own subject: "Het afschalen van lichte begeleiding is voor deze coalitie
geen optie", "Het terugdringen van lichte hulp, waar de branche om vraagt, doen we niet".

The act named first (a nominalised verb or an infinitive) is what the coalition turns down, and the
refusal is a stance of its own: a firm statement, and a choice (CODEBOOK, hard cases: "an explicit
choice against the item's act is contradicted"; "a negated opposite is a commitment in the item's
direction"). So the words of the subject take the refused direction of their own act: a refused
decrease is a choice against it, a refused closure keeps the facility ("Sluiting van de bieb is geen
optie"), a refused negation affirms ("Niet indexeren is voor ons geen optie": the budget is indexed).

Only the predicate at the end of the clause refuses, and only an act that stands before it: in
"Voor ons is geen optie dat ..." nothing of the subject comes first, "Het Rijk vindt verlengde
jeugdhulp geen optie" names a party, not an act, and after a fronted phrase the act is what follows
the copula ("Bij verlengde jeugdhulp is een harde knip geen optie" refuses the hard cut, not the
extended care). "X doen we niet meer" is a plain ending (the negation handles it), not a refusal.
"""
from __future__ import annotations

from dataclasses import dataclass

from checker.clauses import Clause

# predicates that end a clause and refuse its subject (tokens; "..." a gap of at most GAP tokens)
PREDICATES: tuple[tuple[str, ...], ...] = (
    ("geen", "optie"), ("is", "uitgesloten"), ("is", "...", "niet", "aan", "de", "orde"), ("geen", "denkrichting"),
    ("doen", "we", "...", "niet"), ("doen", "wij", "...", "niet"), ("gaan", "we", "...", "niet", "doen"),
    ("gaan", "wij", "...", "niet", "doen"), ("doet", "de", "gemeente", "...", "niet"),
    ("doet", "het", "college", "...", "niet"),
    # "Van het beëindigen van aanbestedingen zien we af"
    ("zien", "we", "...", "af"), ("zien", "wij", "...", "af"), ("ziet", "de", "gemeente", "...", "af"),
    ("ziet", "het", "college", "...", "af"),
)
GAP = 3
_END = frozenset({".", ",", ";", ":", "!", ")", "'", '"'})
_COPULAS = frozenset({"is", "zijn", "blijft", "blijven", "lijkt", "wordt"})
# the prepositions that open a fronted phrase before the copula ("Bij verlengde jeugdhulp is ...")
FRONTING = frozenset({"bij", "voor", "in", "op", "met", "van", "na", "tot", "binnen", "buiten", "aan"})
_BEFORE_HEAD = frozenset({"het", "de", "een", "niet", "verder", "nog", "opnieuw", "weer", "zomaar", "nieuwe", "nieuw",
                          "verdere", "extra"})
SUBJECT_MIN = 1  # tokens of the refused act before the predicate


@dataclass(frozen=True)
class Refusal:
    subject: tuple[int, int]  # the refused act: tokens [a, b)
    predicate: tuple[int, int]  # the refusing words
    words: str

    def covers(self, token: int) -> bool:
        return self.subject[0] <= token < self.subject[1]


def _match_at(words: list[str], k: int, pattern: tuple[str, ...], end: int) -> int | None:
    """The end of `pattern` matched from token k (within `end`), or None."""
    i = k
    p = 0
    while p < len(pattern):
        want = pattern[p]
        if want == "...":
            nxt = pattern[p + 1]
            for j in range(i, min(end, i + GAP + 1)):
                if words[j] == nxt:
                    i = j
                    break
            else:
                return None
            p += 1
            continue
        if i >= end or words[i] != want:
            return None
        i += 1
        p += 1
    return i


def _subject(words: list[str], lo: int, k: int, names_an_act) -> tuple[int, int] | None:
    """The refused act before the predicate at k: from the clause's start to its copula, or, after a
    fronted phrase ("Bij verlengde jeugdhulp is een harde knip geen optie"), the words after the
    copula. It must name an act (an infinitive or a noun of action), not a thing or a party: "Het
    Rijk vindt ... geen optie" and "Uitspraken over ... doen we niet" refuse nothing of the item."""
    copula = next((j for j in range(lo + SUBJECT_MIN, k) if words[j] in _COPULAS), None)
    a, b = (copula + 1, k) if words[lo] in FRONTING and copula is not None else (lo, copula or k)
    if copula is None and words[lo] == "van":
        a = lo + 1  # "Van het beëindigen van aanbestedingen zien we af": the act "afzien van" refuses
    head = next((j for j in range(a, b) if words[j] not in _BEFORE_HEAD), None)
    if head is None or b - a < SUBJECT_MIN or not names_an_act(words[head]):
        return None
    return a, b


def refusal_in(words: list[str], clause: Clause, start: int | None = None, names_an_act=None) -> Refusal | None:
    """The refusal that ends the clause (or the clause's group, from `start`), if any;
    `names_an_act(word)` tells an act from a thing (lexicon.Lexicon.names_an_act)."""
    end = clause.end
    while end > clause.start and words[end - 1] in _END:
        end -= 1
    lo = clause.start if start is None else start
    for k in range(max(lo, end - 8), end):
        for pattern in PREDICATES:
            if words[k] != pattern[0]:
                continue
            # ("X doen we niet meer" ends in "meer": an ending, which the negation reads)
            if _match_at(words, k, pattern, end) != end or k - lo < SUBJECT_MIN:
                continue
            subject = _subject(words, lo, k, names_an_act or (lambda w: True))
            return Refusal(subject, (k, end), " ".join(words[k:end])) if subject is not None else None
    return None
