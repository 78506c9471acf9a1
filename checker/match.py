"""Match: segments -> hits. Each hit says which rule, which words, which cue and which page.

What decides a hit (see CODEBOOK.md):
- the aspect's terms (and its `with` groups) occur in one segment;
- domain: the segment, its bullet lead-in or its heading path is about youth, families or the
  social domain (unless the item is exempt, as P08's facilities are);
- commitment: the cue that applies to the matched words (firm, intent, weak/study, none),
  a bullet's lead-in passing its cue on to the bullet;
- polarity: a negation or a decrease cue ("stoppen met", "afbouwen", "minder") turns the
  matched words down, a negated decrease ("geen bezuinigingen op") turns them up.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from checker.cues import AnchorIndex, CueFinder, CueSpan, PhraseIndex, PhraseSet, Span, covering
from checker.models import Cue, Hit, Segment, Segmented
from checker.nlp import DutchLemmatizer, Pipeline, SpellingRepair, TokenView, ViewBuilder, fold
from checker.ruleset.loader import Ruleset
from checker.ruleset.schema import Item
from checker.ruleset.schema import Matcher as MatcherRule

COMMITMENT_NL = {"firm": "stevige toezegging", "intent": "voornemen", "weak": "geen toezegging (zwak)",
                 None: "geen toezegging"}
PASSIVE_AUX = {"wordt", "worden", "zal", "zullen"}
CLAUSE_OPENERS = {":", ";", "(", "-", "–", "•", "en", "maar", "dus", "want", "of"}


@dataclass
class _CompiledMatcher:
    id: str
    label: str
    role: str  # support | contradiction
    terms: PhraseSet
    with_: list[PhraseSet]
    with_in_context: bool
    polarity: str
    unless: PhraseSet | None
    # ids in Matcher.phrase_index of the terms, the `with` groups and `unless`
    term_id: int = -1
    with_ids: tuple[int, ...] = ()
    unless_id: int | None = None


@dataclass
class _CompiledItem:
    item: Item
    aspects: list[_CompiledMatcher]
    contradictions: list[_CompiledMatcher]
    topic: _CompiledMatcher | None
    term_ids: frozenset[int] = frozenset()  # in Matcher.phrase_index: the sets of its matchers' terms


@dataclass(frozen=True)
class _Judgement:
    """One occurrence of a matcher's terms, judged: commitment and polarity with their cues."""

    term: str
    span: Span
    commitment: str | None
    cue: Cue | None
    polarity: str
    polarity_cue: Cue | None
    committed: bool
    direction_ok: bool

    @property
    def counts(self) -> bool:
        return self.committed and self.direction_ok


class _SegmentContext:
    """A segment with its token view; cues and the domain verdict are worked out on first use,
    since most segments match no item and never need them."""

    def __init__(self, matcher: "Matcher", segment: Segment, view: TokenView, lead_view: TokenView | None,
                 context_texts: list[str], extra: "_ExtraContexts") -> None:
        self.segment = segment
        self.view = view
        self.lead_view = lead_view
        self.context_views = [extra.views[t] for t in context_texts]  # headings (and lead-in)
        self.memo: dict = {}
        self.matched: set[int] = matcher.phrase_index.matched(view)  # ids of the phrase sets that occur
        self._matcher = matcher
        self._context_texts = context_texts
        self._extra = extra
        # worked out on first use (plain attributes: functools.cached_property takes a lock on
        # every first read, which cost 2% of checking a document)
        self._cues: list[CueSpan] | None = None
        self._lead_cues: list[CueSpan] | None = None
        self._in_domain: bool | None = None

    @property
    def cues(self) -> list[CueSpan]:
        if self._cues is None:
            self._cues = self._matcher.cue_finder.find(self.view)
        return self._cues

    @property
    def lead_cues(self) -> list[CueSpan]:
        if self._lead_cues is None:
            self._lead_cues = self._extra.cues(self.segment.lead_in) if self.segment.lead_in else []
        return self._lead_cues

    @property
    def in_domain(self) -> bool:
        if self._in_domain is None:
            self._in_domain = (self._matcher.domain.any(self.view)
                               or any(self._extra.in_domain(t) for t in self._context_texts))
        return self._in_domain


class _ExtraContexts:
    """Views of the lead-ins and headings of a document, with their cues and domain verdict on demand."""

    def __init__(self, matcher: "Matcher", views: dict[str, TokenView]) -> None:
        self.views = views
        self._matcher = matcher
        self._cues: dict[str, list[CueSpan]] = {}
        self._domain: dict[str, bool] = {}

    def cues(self, text: str) -> list[CueSpan]:
        if text not in self._cues:
            self._cues[text] = self._matcher.cue_finder.find(self.views[text])
        return self._cues[text]

    def in_domain(self, text: str) -> bool:
        if text not in self._domain:
            self._domain[text] = self._matcher.domain.any(self.views[text])
        return self._domain[text]


class Matcher:
    """Compiled rules of a rule set, bound to an NLP pipeline for lemmatizing terms."""

    def __init__(self, ruleset: Ruleset, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.ruleset = ruleset
        cues = ruleset.cues
        self.cue_finder = CueFinder(cues.cues, cues.pseudo, cues.terminators, cues.targets)
        self._lemma_cache: dict[str, str] = {}
        self._phrase_sets: dict[tuple[str, ...], PhraseSet] = {}
        self.domain = self._terms(cues.domain)
        self.subjects = PhraseSet(cues.subjects, compound=False)
        self.non_act = {fold(w) for w in cues.non_act_verbs}
        self.items = [self._compile_item(it) for it in ruleset.items]
        self.repair = SpellingRepair(self._rule_words(), DutchLemmatizer.shared())
        # the sets of terms, `with` groups, `unless` lists and the domain: which match a passage is
        # found for all of them at once
        self.phrase_index = PhraseIndex(list(self._phrase_sets.values()))
        # which items can give a hit where a set of terms matches
        self._items_by_set: dict[int, list[int]] = {}
        for n, ci in enumerate(self.items):
            matchers = ci.aspects + ci.contradictions + ([ci.topic] if ci.topic else [])
            ci.term_ids = self.phrase_index.ids(m.terms for m in matchers)
            for sid in ci.term_ids:
                self._items_by_set.setdefault(sid, []).append(n)
            for m in matchers:
                m.term_id = m.terms._index_id
                m.with_ids = tuple(g._index_id for g in m.with_)
                m.unless_id = m.unless._index_id if m.unless is not None else None
        # a passage gives a hit only where the terms of some item match; the `with` groups, `unless`
        # lists and the domain are read only there. So a passage in which no set of terms can match
        # is left without a view (two thirds of the passages that hold some rule word)
        self.term_sets = frozenset(self._items_by_set)
        self.phrase_index.focus(self.term_sets)
        # the anchors of every phrase set, and the other words of the sets of terms' longer phrases
        self.anchors = AnchorIndex([*self._phrase_sets.values(), self.subjects, *self.cue_finder.phrase_sets()],
                                   extra=self.phrase_index.literal_words())
        self.view_builder = ViewBuilder(pipeline, self.repair, self.anchors.present, self.phrase_index.chunk_marks,
                                        matters=self.phrase_index.can_match, may_match=self.phrase_index.may_match)

    # -- compilation -------------------------------------------------------------------------
    def _rule_words(self) -> set[str]:
        """Every literal word of every item's terms (prefix terms by their stem): what spelling repair aims at."""
        words: set[str] = set()
        for it in self.ruleset.items:
            matchers = [*it.aspects, *it.contradictions]
            phrases = [t for m in matchers for t in m.terms] + [t for m in matchers for g in m.with_ for t in g]
            for phrase in phrases + list(it.topic):
                for w in phrase.split():
                    if w != "...":
                        words.add(fold(w.lstrip("=").rstrip("*")))
        return words

    def _lemmatize_phrase(self, phrase: str) -> str:
        """Lemmas of a rule phrase, keeping the pattern marks (`...`, `=`, `*`)."""
        if phrase not in self._lemma_cache:
            out = []
            for w in phrase.split():
                if w == "..." or w.endswith("*"):
                    out.append(w)
                    continue
                mark = "=" if w.startswith("=") else ""
                self.pipeline.prepare(w.lstrip("="))
                doc = self.pipeline.nlp(w.lstrip("="))
                out.append(mark + "".join(fold(t.lemma_ or t.text) for t in doc))
            self._lemma_cache[phrase] = " ".join(out)
        return self._lemma_cache[phrase]

    def _terms(self, phrases: list[str]) -> PhraseSet:
        # the same anchored lists serve many aspects: compile each once
        key = tuple(phrases)
        if key not in self._phrase_sets:
            self._phrase_sets[key] = PhraseSet(phrases, compound=True, lemmatize=self._lemmatize_phrase)
        return self._phrase_sets[key]

    def _compile_matcher(self, m: MatcherRule, role: str, mid: str, label: str) -> _CompiledMatcher:
        return _CompiledMatcher(
            id=mid, label=label, role=role, terms=self._terms(m.terms),
            with_=[self._terms(group) for group in m.with_], with_in_context=m.with_in_context,
            polarity=m.polarity, unless=self._terms(m.unless) if m.unless else None)

    def _compile_item(self, it: Item) -> _CompiledItem:
        ci = _CompiledItem(
            item=it,
            aspects=[self._compile_matcher(a, "support", a.id, a.label) for a in it.aspects],
            contradictions=[self._compile_matcher(c, "contradiction", f"contradiction:{c.id}", c.label)
                            for c in it.contradictions],
            topic=self._compile_matcher(MatcherRule(terms=it.topic, **{"with": it.topic_with}, with_in_context=True,
                                                polarity="any"), "mention", "topic", "onderwerp genoemd")
            if it.topic else None)
        return ci

    # -- matching ----------------------------------------------------------------------------
    def contexts(self, segmented: Segmented) -> list[_SegmentContext]:
        """Token views of the segments where some set of terms may match (the others cannot give a
        hit, and get none); cues and domain verdict follow on demand."""
        segs = segmented.segments
        extra = sorted({s.lead_in for s in segs if s.lead_in} | {h for s in segs for h in s.heading_path})
        all_views = self.view_builder.views([s.text for s in segs] + extra, skippable=len(segs))
        seg_views = all_views[: len(segs)]
        extra_contexts = _ExtraContexts(self, dict(zip(extra, all_views[len(segs):])))
        out = []
        for seg, view in zip(segs, seg_views):
            if view is None:
                continue
            lead_view = extra_contexts.views.get(seg.lead_in) if seg.lead_in else None
            ctx_texts = list(seg.heading_path) + ([seg.lead_in] if seg.lead_in else [])
            out.append(_SegmentContext(self, seg, view, lead_view, ctx_texts, extra_contexts))
        return out

    def match(self, segmented: Segmented) -> list[Hit]:
        """All hits of all items in a segmented document."""
        hits: list[Hit] = []
        items, by_set = self.items, self._items_by_set
        for ctx in self.contexts(segmented):
            matched = ctx.matched
            if not matched:
                continue
            # an item gives a hit only where the terms of one of its aspects or its topic occur
            candidates = {n for sid in matched for n in by_set.get(sid, ())}
            for n in sorted(candidates):
                hits.extend(self._match_item(items[n], ctx))
        return hits

    def _match_item(self, ci: _CompiledItem, ctx: _SegmentContext) -> list[Hit]:
        in_domain = ctx.in_domain or ci.item.domain == "any"
        out: list[Hit] = []
        for m in ci.contradictions + ci.aspects:
            candidates = self._find(m, ctx)
            if not candidates:
                continue
            # judge the occurrences in order; keep the first that counts, else the first one
            judged = (self._judge(m, ctx, term, span) for term, span in candidates)
            first = next(judged)
            j = first if first.counts else next((j for j in judged if j.counts), first)
            if m.role == "contradiction":
                if j.counts and in_domain:
                    out.append(self._hit(ci, m.id, "contradiction", ctx, j.term, j.span, j.commitment,
                                         j.polarity, j.polarity_cue or j.cue, in_domain, m.label))
                continue
            if not in_domain:
                continue
            role = "support" if j.counts else "mention"
            # a mention explains itself by what stopped it: the commitment cue, or the polarity cue
            decisive = j.cue if role == "support" or not j.polarity_cue or j.direction_ok else j.polarity_cue
            out.append(self._hit(ci, m.id, role, ctx, j.term, j.span, j.commitment, j.polarity, decisive,
                                 in_domain, m.label))
        if ci.topic is not None and in_domain and not out:
            found = self._find(ci.topic, ctx)
            if found:
                j = self._judge(ci.topic, ctx, *found[0])
                out.append(self._hit(ci, "topic", "mention", ctx, j.term, j.span, j.commitment, j.polarity,
                                     j.cue, in_domain, "onderwerp genoemd"))
        return out

    def _judge(self, m: _CompiledMatcher, ctx: _SegmentContext, term: str, span: Span) -> "_Judgement":
        commitment, cue = self.commitment(ctx, span)
        polarity, polarity_cue = self.polarity(ctx, span)
        return _Judgement(term, span, commitment, cue, polarity, polarity_cue,
                          committed=commitment in ("firm", "intent"),
                          direction_ok=_polarity_ok(m.polarity, polarity))

    def _find(self, m: _CompiledMatcher, ctx: _SegmentContext) -> list[tuple[str, Span]]:
        """Every occurrence of the matcher's terms, when its `with` groups and `unless` allow."""
        # cheap yes/no tests first (which sets match the passage is known: PhraseIndex); the full
        # scan for every occurrence only when they pass
        matched = ctx.matched
        if m.term_id not in matched:
            return []
        for gid in m.with_ids:
            if gid in matched:
                continue
            if m.with_in_context and any(gid in self.phrase_index.matched(v) for v in ctx.context_views):
                continue
            return []
        if m.unless_id is not None and m.unless_id in matched:
            return []
        return sorted(m.terms.find(ctx.view), key=lambda f: f[1].start)

    # -- cues --------------------------------------------------------------------------------
    def commitment(self, ctx: _SegmentContext, span: Span) -> tuple[str | None, Cue | None]:
        """How firmly the segment commits to the words in `span`, and the cue that says so."""
        cues, a, b = ctx.cues, span.start, span.end

        def cue(c: CueSpan, source: str = "segment") -> Cue:
            return Cue(c.category, c.span.text.strip(), source)

        if c := covering(cues, a, b, "study"):
            return "weak", cue(c)
        if c := covering(cues, a, b, "attribution"):
            return None, cue(c)
        found: tuple[str | None, Cue | None] = (None, None)
        if c := covering(cues, a, b, "firm"):
            found = ("firm", cue(c))
        elif c := covering(cues, a, b, "intent"):
            found = ("intent", cue(c))
        elif c := covering(cues, a, b, "weak"):
            found = ("weak", cue(c))
        elif ctx.lead_cues and (lead := self._lead_in_commitment(ctx)) != (None, None):
            found = lead
        elif subject := self._memo(ctx, "subject", lambda: self._subject_act(ctx.view)):
            found = ("firm", Cue("firm", subject))
        elif ctx.segment.kind == "bullet":
            found = ("intent", Cue("intent", "(programmapunt)", "bullet"))
        elif passive := self._memo(ctx, "passive", lambda: self._passive(ctx.view)):
            found = ("intent", Cue("intent", passive))
        if found[0] == "firm" and (c := covering(cues, a, b, "condition")):
            found = ("intent", cue(c))
        return found

    @staticmethod
    def _memo(ctx: _SegmentContext, key: str, compute):
        """What depends only on the passage is computed once per passage, not per occurrence."""
        if key not in ctx.memo:
            ctx.memo[key] = compute()
        return ctx.memo[key]

    def _lead_in_commitment(self, ctx: _SegmentContext) -> tuple[str | None, Cue | None]:
        cats = {c.category: c for c in ctx.lead_cues}
        for cat, level in (("study", "weak"), ("firm", "firm"), ("intent", "intent"), ("weak", "weak")):
            if cat in cats:
                return level, Cue(cats[cat].category, cats[cat].span.text.strip(), "lead_in")
        if ctx.lead_view is not None and (subject := self._subject_act(ctx.lead_view)):
            return "firm", Cue("firm", subject, "lead_in")
        return None, None

    def _subject_act(self, view: TokenView) -> str | None:
        """"we versterken", "daarom zetten wij": a committing subject beside its finite verb.

        Dutch main clauses put the finite verb second: right after a subject that opens the clause
        ("We versterken ..."), or right before an inverted subject ("Daarom zetten wij ...").
        A subject after a conjunction or relative word ("waar we dicht bij huis ...") opens a
        subordinate clause, which commits to nothing.
        """
        words = view.surface.split()
        for _, span in self.subjects.find(view):
            opens_clause = span.start == 0 or words[span.start - 1] in CLAUSE_OPENERS
            j = span.end if opens_clause else span.start - 1
            if 0 <= j < len(words):
                w = words[j]
                if w.isalpha() and w not in self.non_act and len(w) > 2:
                    return " ".join(words[min(j, span.start):max(j + 1, span.end)])
        return None

    def _passive(self, view: TokenView) -> str | None:
        """"wordt ingekocht", "worden verbeterd": a passive statement of what will be done."""
        words = view.surface.split()
        for i, w in enumerate(words):
            if w in PASSIVE_AUX:
                for j in range(i + 1, min(len(words), i + 8)):
                    if words[j].startswith(("ge", "ver", "be", "ont", "her")) and words[j].endswith(("d", "t", "en")):
                        return f"{w} … {words[j]}"
        return None

    def polarity(self, ctx: _SegmentContext, span: Span) -> tuple[str, Cue | None]:
        """up / down / neutral for the words in `span`, with the cue that decided it."""
        cues, a, b = ctx.cues, span.start, span.end
        dec = covering(cues, a, b, "decrease")
        # a decrease cue that is the matched word itself ("bezuinigingen") does not turn it down;
        # one that merely spans it ("bouwen de gesloten jeugdzorg af") does
        if dec is not None and not (a <= dec.span.start and dec.span.end <= b):
            for n in cues:
                if n.category == "negation" and (0 <= dec.span.start - n.span.end <= 3
                                                 or 0 <= n.span.start - dec.span.end <= 2):
                    # "geen bezuinigingen op", "we bouwen X niet af": the decrease is denied, which
                    # keeps the matched thing as it is, but does not expand it
                    return "neutral", Cue("negation", f"{n.span.text.strip()} … {dec.span.text.strip()}")
            return "down", Cue("decrease", dec.span.text.strip())
        if (neg := covering(cues, a, b, "negation")) is not None:
            return "down", Cue("negation", neg.span.text.strip())
        if (inc := covering(cues, a, b, "increase")) is not None:
            return "up", Cue("increase", inc.span.text.strip())
        return "neutral", None

    # -- hits --------------------------------------------------------------------------------
    def _hit(self, ci: _CompiledItem, aspect_id: str, role: str, ctx: _SegmentContext, term: str,
             span: Span, commitment, polarity, cue: Cue | None, in_domain: bool, label: str) -> Hit:
        seg = ctx.segment
        s0 = ctx.view.char_span(span.start)[0]
        s1 = ctx.view.char_span(min(span.end, len(ctx.view)) - 1)[1]
        matched = seg.text[s0:s1]
        parts = [f"‘{matched}’ → {label}", COMMITMENT_NL.get(commitment, "geen toezegging")]
        if cue is not None:
            parts[-1] += f" (‘{cue.words}’{', uit de inleidende zin' if cue.source == 'lead_in' else ''})"
        if polarity != "neutral":
            parts.append("richting: " + ("afbouw/ontkenning" if polarity == "down" else "opbouw/behoud"))
        parts.append("jeugd/sociaal domein" if ctx.in_domain else "geen jeugdcontext nodig")
        return Hit(item_id=ci.item.id, aspect_id=aspect_id, role=role, segment_index=seg.index,
                   page=seg.page, heading=" › ".join(seg.heading_path[-2:]), text=seg.text,
                   matched=matched, term=term, commitment=commitment, polarity=polarity, cue=cue,
                   in_domain=in_domain, explanation="; ".join(parts),
                   section=seg.heading_path[0] if seg.heading_path else "")


def _polarity_ok(required: str, polarity: str) -> bool:
    if required == "any":
        return True
    if required == "not_down":
        return polarity != "down"
    return polarity == required
