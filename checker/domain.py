"""Domain sense: whether a passage is about children, young people, families, youth care or the
social domain (CODEBOOK, domain rule).

A passage is in the domain when it holds a domain word (`cues.yaml: domain`), unless every domain
word it holds is qualified by a word of another domain right after it (`cues.yaml: foreign`): "het
wijkteam van de politie", "het Wijkteam Handhaving", "de lokale teams van de brandweer", "het
lokale team van de omgevingsdienst ... de GGD en de brandweer" are not the social domain's teams.
One unqualified domain word is enough: "Het wijkteam en de politie letten samen op jongeren".
A passage whose domain words are all qualified so says what its heading's words mean there: the
heading "Lokale teams" does not put "De lokale teams van de sportverenigingen ..." in the domain.
"""
from __future__ import annotations

from collections.abc import Callable

from checker.cues import PhraseSet
from checker.nlp import TokenView

# how far after a domain word a foreign word still qualifies it ("team van de (vrijwillige) brandweer": 4)
QUALIFIER_REACH = 4
# how far before a possessive's domain word its owner may stand ("Sportclubs in Lemmerhof krijgen een
# stimuleringsbijdrage voor hun jeugdteams": 8 tokens)
OWNER_REACH = 10
# how far into a relative clause after a domain word another domain's word still says what it is ("de
# buurtteams die in elke wijk het zwerfafval opruimen": 5)
RELATIVE_REACH = 8
_RELATIVES = frozenset({"die", "dat"})
# between another domain's word and the team, these join them as partners ("politie en wijkteam")
_JOINING = frozenset({"en", "met", "samen", ",", "zodat", "of", "naast"})
# services of the social domain that also serve another ("de GGD" also advises on air and noise): one of
# these joined to another domain's word just before it is that domain's
SHARED_SERVICES = frozenset({"ggd"})
POSSESSIVES = frozenset({"hun", "haar"})  # (not "zijn", which is also the verb)


def word_test(patterns) -> Callable[[str], bool]:
    """A test for one lower-case word against the one-word patterns of a term list ("politie",
    "handhav*", "=boa"): what a bridged noun phrase needs to keep another domain's qualifier
    (bridging.bridge), where no token view exists yet."""
    single = [p.lstrip("=") for p in patterns if " " not in p]
    words = frozenset(p for p in single if "*" not in p)
    stems = tuple(p[:-1] for p in single if p.endswith("*"))
    return lambda w: w in words or w.startswith(stems)


class DomainSense:
    def __init__(self, domain: PhraseSet, foreign: PhraseSet | None) -> None:
        self.terms = domain
        self.foreign = foreign

    def any(self, view: TokenView) -> bool:
        if not self.terms.any(view):
            return False
        if self.foreign is None or not self.foreign.any(view):
            return True
        qualifiers = [sp for _, sp in self.foreign.find(view)]
        words = view.surface.split()
        return any(not qualified(sp.start, sp.end, qualifiers, words) and not _other_team(sp, qualifiers, words)
                   for _, sp in self.terms.find(view))


    def elsewhere(self, view: TokenView) -> bool:
        """Whether the passage holds domain words and every one of them is qualified by another
        domain: then its heading or lead-in cannot put it in the domain either ("### Lokale teams"
        over "De lokale teams van de sportverenigingen krijgen meer trainingsuren")."""
        return self.terms.any(view) and not self.any(view)


def _other_team(sp, qualifiers, words: list[str]) -> bool:
    """A bare team word ("wijkteam", "buurtteam", "lokaal team"; not a "jeugdteam" or "gezinsteam",
    whose name says whom it serves) whose owner, earlier in its sentence, is another domain: the
    subject of its sentence ("De politie heeft het wijkteam Zuiderlaar-Oost ingekrompen") or the one
    asked ("We dringen bij de politie aan op versterking van het wijkteam"). Not a partner joined to
    it ("Samen met de politie versterken we het wijkteam", "politie en wijkteam trekken samen op"),
    nor another domain named after the team ("We versterken het wijkteam, dat ook advies geeft over
    energiebesparing"). (A domain word of the social domain elsewhere in the passage keeps it in the
    domain.)"""
    text = sp.text.lower()
    if "team" not in text or "jeugd" in text or "gezin" in text:
        return False
    for q in qualifiers:
        between = words[q.end:sp.start]
        if q.start >= sp.start or len(between) > OWNER_REACH or not _JOINING.isdisjoint(between):
            continue
        p = q.start - 1 if q.start > 0 and words[q.start - 1] in ("de", "het") else q.start
        subject = p == 0 or words[p - 1] in (".", ";", ":", "!", "?")
        asked = p > 0 and words[p - 1] == "bij"
        if subject or asked:
            return True
    return False


def _defines(words: list[str], rel: int, q: int) -> bool:
    """Whether another domain's word at `q` stands in the relative clause opened at `rel`, as what the
    teams do ("de buurtteams die in elke wijk het zwerfafval opruimen"), not as a partner ("die nauw
    samenwerken met de politie")."""
    between = words[rel + 1:q]
    return rel < q <= rel + RELATIVE_REACH and _JOINING.isdisjoint(between) and \
        not any(w in (",", ".", ";", ":") for w in between)


def qualified(start: int, end: int, qualifiers, words: list[str]) -> bool:
    """Whether a foreign word stands in the domain word's span, right after it ("Wijkteam
    Handhaving"), or in a phrase joined to it by "van", "voor" or "en" ("het team van de brandweer",
    "het lokale team voor de Omgevingswet", "de GGD en de brandweer") or in a relative clause that says
    what it does ("de buurtteams die het zwerfafval opruimen"); not one further on ("jeugdhulp op de
    sportclub" stays youth care). A possessive points back at its owner: "Sportclubs krijgen
    een bijdrage voor hun jeugdteams" are the clubs' teams."""
    after = words[end] if end < len(words) else ""
    owner = start > 0 and words[start - 1] in POSSESSIVES
    # the GGD, which also works on air and noise, joined to another domain's word just before it: "expertise
    # van de omgevingsdienst en de GGD" (not a team named for youth: "De politie en het jeugdteam")
    if " ".join(words[start:end]) in SHARED_SERVICES and any(q.end < start and words[q.end:start] in (["en"], ["en", "de"])
                                           for q in qualifiers):
        return True
    # (a name of two words after it: "Wijkteam Toezicht en Handhaving")
    named = end + 2 < len(words) and words[end + 1] == "en" and after.isalpha()
    return any(start <= q.start <= end or (after in ("van", "voor", "en") and end <= q.start <= end + QUALIFIER_REACH - 1)
               or (named and q.start == end + 2)
               or (after in _RELATIVES and _defines(words, end, q.start))
               or (owner and start - OWNER_REACH <= q.start < start and
                   not any(w in (".", ";", ":") for w in words[q.end:start]))
               for q in qualifiers)
