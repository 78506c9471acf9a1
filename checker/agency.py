"""A negated activity of an acting subject does not end the subject: "Het wijkteam gaat niet langer
wachten tot gezinnen zich melden, maar zoekt ze zelf op", "De jeugdteams verwijzen niet meer door
naar de specialistische hulp".

A sentential negation ("niet", "niet langer", "niet meer", "nooit") negates the predicate of its
clause. When the words an item matched are the head of that clause's subject, and the subject is an
agent (a team, a provider, a school: someone who acts) doing something in that predicate, what is
negated is what the agent does, not the agent: the team is not ended. Only a predicate of being,
staying, coming or receiving ends its subject ("Het wijkteam bestaat niet langer", "Het jeugdteam
komt niet terug", "De buurtteams krijgen geen subsidie meer"), and only those keep the ending.

The subject is the clause's first noun phrase when the finite verb follows it directly (not a
fronted object: "Het wijkteam bouwen we niet af" has "we" after the verb); a passive ("wordt niet
langer gefinancierd") makes the subject what the act is done to, so it keeps the negation too.
"""
from __future__ import annotations

from typing import Callable

from checker.clauses import Clause

# the heads of an acting subject: teams, providers, professionals, institutions that do things
_AGENT_ENDINGS = ("team", "teams", "aanbieder", "aanbieders", "werker", "werkers", "medewerker", "medewerkers",
                  "professional", "professionals", "coach", "coaches", "consulent", "consulenten")
_AGENTS = frozenset({"school", "scholen", "huisarts", "huisartsen", "gemeente", "college", "wethouder", "loket",
                     "organisatie", "organisaties", "instelling", "instellingen", "praktijkondersteuner",
                     "praktijkondersteuners", "poh", "jgz", "ggd", "samenwerkingsverband"})
# predicates that end their subject when negated: being, staying, coming (back), taking place, receiving
ENDING_VERBS = frozenset({
    "is", "zijn", "ben", "was", "waren", "blijft", "blijven", "bleef", "bleven", "bestaat", "bestaan", "bestond",
    "wordt", "worden", "werd", "werden", "komt", "komen", "kwam", "keert", "keren", "krijgt", "krijgen", "kreeg",
    "ontvangt", "ontvangen", "heeft", "hebben", "vindt", "vinden", "verdwijnt", "verdwijnen", "draait", "draaien",
    "functioneert", "functioneren", "doorgaan", "voortbestaan", "terug", "plaats", "open", "dicht", "voort", "er",
})
_FINITE_MODALS = frozenset({"gaat", "gaan", "zal", "zullen", "moet", "moeten", "hoeft", "hoeven", "kan", "kunnen",
                            "mag", "mogen", "wil", "willen"})
_SENTENTIAL = frozenset({"niet", "nooit"})
_PREPOSITIONS = frozenset({"aan", "van", "in", "op", "voor", "met", "bij", "uit", "door", "over", "naar", "tot", "onder",
                           "binnen", "zonder", "tegen", "na", "vanuit", "vanaf", "tussen", "om"})
_DETERMINERS = frozenset({"de", "het", "een", "ons", "onze", "elk", "elke", "ieder", "iedere", "alle"})


def is_agent(word: str) -> bool:
    """Whether a noun names someone who acts (a team, a provider, a school)."""
    return word in _AGENTS or word.endswith(_AGENT_ENDINGS)


def acting_subject(words: list[str], clause: Clause, a: int, b: int, negation: int,
                   is_verb: Callable[[str], bool]) -> bool:
    """Whether the matched words [a, b) head the acting subject of a clause whose sentential negation
    at `negation` negates only what the subject does (see the module's docstring)."""
    if words[negation] not in _SENTENTIAL or not clause.start <= a < negation:
        return False
    # the subject: an optional determiner and modifiers, its head, then the finite verb
    k = clause.start
    if clause.opener and k < len(words) and words[k] == clause.opener:
        k += 1  # ("en het wijkteam ...", "maar het wijkteam ...")
    while k < a and words[k] not in _PREPOSITIONS and (words[k] in _DETERMINERS or not is_verb(words[k])):
        k += 1  # (not a noun in a prepositional phrase: "Aan de expertise van jeugdhulpaanbieders ontbreekt het ...")
    if k != a:
        return False
    head = b - 1
    if not is_agent(words[head]) or b >= negation or not is_verb(words[b]):
        return False
    finite = words[b]
    if b + 1 < len(words) and words[b + 1] in ("we", "wij", "ze", "zij"):
        return False  # a fronted object before the inverted subject: "De wijkteams houden we niet in stand"
    # what the predicate says between the finite verb and the clause's end, without the negation
    predicate = [w for w in words[b + 1:clause.end] if w not in (".", ",", ";", ":", "!")]
    if finite in ("bestaat", "bestaan") and "uit" in predicate:
        return True  # what it consists of: "Het wijkteam bestaat niet langer uit vijf losse loketten"
    if finite in ENDING_VERBS:
        return False
    if finite in _FINITE_MODALS:
        # "gaat niet langer wachten", "hoeft niet meer door te verwijzen": the infinitive says the act
        verbs = [w for w in predicate if is_verb(w) and w not in ("langer", "meer")]
        return bool(verbs) and not any(w in ENDING_VERBS for w in verbs)
    return not any(w in ENDING_VERBS for w in predicate)
