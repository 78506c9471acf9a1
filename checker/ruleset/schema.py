"""Schema of the rule files in rules/: pydantic models that reject unknown keys."""
from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ITEM_ID = re.compile(r"^(P(0[1-9]|10)|T[1-5])$")


def _flat(v):
    """A list of terms in which YAML aliases may stand for lists of their own (`[*closed, gesloten zorg]`),
    made one flat list; anything else is left for the field's own check."""
    if not isinstance(v, list):
        return v
    out = []
    for t in v:
        out.extend(_flat(t) if isinstance(t, list) else [t])
    return out


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Matcher(Strict):
    """Terms that must occur in one segment: any of `terms`, plus one of each `with` group.

    A term is a phrase. `...` inside it allows a gap of up to six words ("bouwen ... af").
    A word prefixed with `=` only matches a whole word; other words of five letters or more
    also match inside a Dutch compound ("wijkteam" in "wijkteams", "regio" in "jeugdhulpregio").
    """

    terms: list[str] = Field(min_length=1)
    with_: list[list[str]] = Field(default_factory=list, alias="with")
    # `with` groups may also be met by the lead-in, the innermost heading and a sentence pointed back to
    # (true), and besides by the sentences before in the paragraph ("paragraph": for specific terms)
    # true: the lead-in, the innermost heading and a sentence pointed back at; "paragraph": also the
    # sentences before it in its paragraph; "lead": the lead-in and a sentence pointed back at, no heading
    with_in_context: bool | Literal["paragraph", "lead"] = False
    # the `with` groups are a predicate: where a negation ("niet", "geen"; not "zonder") stands with it in a
    # clause other than the term's, it does not act on the term ("Jongeren krijgen ruim voor hun 18e een plan,
    # zodat de begeleiding niet stopt"; it does in "Zodra een jongere meerderjarig wordt, stopt de hulp"); a
    # negation in the term's own clause is read as always
    with_predicate: bool = False
    polarity: Literal["any", "up", "down", "not_down", "keep", "spared", "cut"] = "not_down"
    unless: list[str] = Field(default_factory=list)  # the segment must contain none of these

    @field_validator("terms", "unless", mode="before")
    @classmethod
    def _flat_terms(cls, v):
        return _flat(v)

    @field_validator("with_", mode="before")
    @classmethod
    def _flat_groups(cls, v):
        # (a group may join named lists: `[[*closed, *closed_generic], [...]]`)
        return [_flat(g) for g in v] if isinstance(v, list) else v

    @field_validator("terms", "unless")
    @classmethod
    def _no_empty_terms(cls, v: list[str]) -> list[str]:
        for t in v:
            if not t.strip():
                raise ValueError("a term must not be empty")
        return v


class Aspect(Matcher):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    label: str = Field(min_length=1)
    missing: str = Field(min_length=1, description="Dutch: what the document lacks for this aspect")
    also: list[Matcher] = Field(default_factory=list, description="other ways of meeting the same aspect, each with "
                                                                  "its own terms and `with` groups")
    claims: bool = Field(default=False, description="its phrases claim the words inside them from the item's other "
                                                    "aspects: in 'de terugkeer naar school' the school is where one "
                                                    "returns (T3 re-entry), no partner of youth care (cooperation)")
    further: bool = Field(default=True, description="counts as a further aspect towards `covered`; false for a "
                                                    "general form of the core (P01: reducing youth-care use in "
                                                    "general), which alone gives `partial` and adds nothing to it")
    discussion_counts: bool = Field(default=False, description="talks ('we gaan in gesprek met ...') are the act this "
                                                               "aspect asks for (T4: talks with the institutions)")
    attention_counts: bool = Field(default=False, description="attention ('het team heeft oog voor geldzorgen') is what "
                                                              "this aspect asks for (T2: attention to stress and "
                                                              "poverty), not a vague ambition, where the passage "
                                                              "commits (an agreement's bullet, a sentence that "
                                                              "continues a commitment)")


class Contradiction(Matcher):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    label: str = Field(min_length=1)
    act: bool = Field(default=False, description="its terms name the opposite act itself ('zelf inkopen', "
                                                 "'uittreden'): ceasing it ('niet langer zelf in te kopen') is the "
                                                 "item's direction, not a contradiction")
    negated_affirms: str | None = Field(default=None, description="the aspect that a committed, negated occurrence "
                                                                  "affirms ('We trekken de jeugdhulpverleners niet "
                                                                  "terug van de scholen' keeps help at school): a "
                                                                  "negated opposite is a commitment in the item's "
                                                                  "direction (CODEBOOK, hard cases)")


class Threshold(Strict):
    min: int = Field(ge=1)
    core: bool = True


class Item(Strict):
    id: str
    kind: Literal["point", "theme"]
    title: str = Field(min_length=1)
    suggestion: str = Field(min_length=1)
    source: str = Field(min_length=1)
    agreement_form: str | None = Field(default=None, min_length=1, description=(
        "the suggestion as a sentence of an agreement ('We stoppen met ...') where the source words it "
        "as a demand ('Stop met ...'): what a report offers to paste"))
    merge_with: str | None = Field(default=None, description=(
        "a point's theme on the same subject (P02: T1): the gaps view shows the two once, merged"))
    domain: Literal["required", "any"] = "required"
    keywords: list[str] = Field(default_factory=list,
                                description="the letter's bold phrases a Ctrl-F reader would search (baseline)")
    topic: list[str] = Field(default_factory=list)
    topic_with: list[list[str]] = Field(default_factory=list,
                                        description="groups a topic mention also needs, in the passage or its context")
    aspects: list[Aspect] = Field(min_length=1)
    contradictions: list[Contradiction] = Field(default_factory=list)
    covered: Threshold | None = None
    partial: Threshold = Threshold(min=1, core=False)

    @field_validator("id")
    @classmethod
    def _item_id(cls, v: str) -> str:
        if not ITEM_ID.match(v):
            raise ValueError(f"item id {v!r} is not one of P01..P10, T1..T5")
        return v

    @model_validator(mode="after")
    def _unique_aspects(self) -> "Item":
        seen: set[str] = set()
        for a in self.aspects:
            if a.id in seen:
                raise ValueError(f"aspect id {a.id!r} appears twice")
            seen.add(a.id)
        for c in self.contradictions:
            if c.negated_affirms is not None and c.negated_affirms not in seen:
                raise ValueError(f"contradiction {c.id!r}: negated_affirms names no aspect of {self.id} "
                                 f"({c.negated_affirms!r})")
        return self

    def covered_threshold(self) -> Threshold:
        """Default: the core plus one further aspect (or just the core if it is alone)."""
        if self.covered is not None:
            return self.covered
        return Threshold(min=min(2, len(self.aspects)), core=True)


class ItemsFile(Strict):
    ruleset: dict[str, str]
    shared: dict[str, list] = Field(default_factory=dict, alias="_shared",
                                         description="term lists reused through YAML anchors")
    items: list[Item] = Field(min_length=1)

    @field_validator("ruleset")
    @classmethod
    def _ruleset_keys(cls, v: dict[str, str]) -> dict[str, str]:
        missing = {"id", "version"} - set(v)
        if missing:
            raise ValueError(f"ruleset needs {sorted(missing)}")
        unknown = set(v) - {"id", "version", "description"}
        if unknown:
            raise ValueError(f"unknown keys {sorted(unknown)}")
        return v

    @model_validator(mode="after")
    def _unique_items(self) -> "ItemsFile":
        seen: set[str] = set()
        for it in self.items:
            if it.id in seen:
                raise ValueError(f"item id {it.id!r} appears twice")
            seen.add(it.id)
        for it in self.items:
            if it.merge_with is not None:
                other = next((o for o in self.items if o.id == it.merge_with), None)
                if other is None or other.kind == it.kind:
                    raise ValueError(f"item {it.id}: merge_with {it.merge_with!r} must name an item of the "
                                     "other kind (a point merges with a theme)")
        return self


CueCategory = Literal[
    "firm", "intent", "weak", "study", "condition", "negation", "attribution", "description", "decrease", "cut",
    "increase", "keep", "contrast", "replace", "replaces",
]


class CueRule(Strict):
    category: CueCategory
    direction: Literal["forward", "backward", "both"] = "forward"
    scope: int = Field(default=40, ge=1, description="maximum tokens the cue reaches")
    patterns: list[str] = Field(min_length=1)


class CuesFile(Strict):
    cues: list[CueRule] = Field(min_length=1)
    pseudo: list[str] = Field(default_factory=list, description="phrases that look like cues but are not")
    terminators: list[str] = Field(min_length=1)
    targets: list[str] = Field(default_factory=list, description="end a decrease/increase scope: 'afbouwen naar X'")
    domain: list[str] = Field(min_length=1, description="words that put a passage in the youth/social domain")
    foreign: list[str] = Field(default_factory=list, description="words of another domain that, right after a "
                               "domain word, take it out of the social domain ('wijkteam van de politie')")
    subjects: list[str] = Field(min_length=1, description="who commits: we, wij, de gemeente, het college")
    non_act_verbs: list[str] = Field(default_factory=list, description="after a subject: no commitment")
    others: list[str] = Field(default_factory=list, description="third parties: as the subject of a main "
                              "clause they say what others do or want ('het Rijk wil', 'de provincie stelt')")
    conditional_on: list[str] = Field(default_factory=list, description="in a condition clause, what makes a "
                                      "commitment optional: another party's act or money ('als het Rijk betaalt')")
    harms: list[str] = Field(default_factory=list, description="what an item's aspect prevents ('tussen wal en "
                             "schip', 'thuiszitten', 'stopt bij 18'): negated, the item's direction (checker/harm.py)")
