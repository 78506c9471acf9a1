"""A later statement that leaves a commitment open or hands it to others: "We willen de buurtteams
versterken. Of en hoe dat gebeurt, besluiten we pas na de evaluatie", "We willen dat jeugdhulp en
scholen beter samenwerken, maar de verantwoordelijkheid daarvoor ligt bij de schoolbesturen".

Two forms, each pointing back at the statement before it (in a later clause of the same passage
after "maar", "echter" or ";", or as the next sentence of the paragraph):
- undecided: a short whether-clause about that statement itself ("of dat gebeurt", "of en hoe dit
  doorgaat", "of het lukt"): what is asked whether is not committed to (CODEBOOK: an intention to
  study is `mentioned`);
- handed off: a contrast that puts the responsibility for it with another party ("maar de
  verantwoordelijkheid daarvoor ligt bij de schoolbesturen", "maar dat is aan de scholen"): a
  statement attributed to others, or one others may opt out of, is no commitment.

- unfunded: a statement pointing back that there is no money for it ("Daar hebben we geen geld
  voor", "Hiervoor is geen budget"): a wish the coalition does not pay for is no commitment
  ("als er budget is" makes a commitment optional; no budget at all leaves it open). The caller
  reads it as a condition, and not after a cut or a closure, which the lack of money explains
  ("We sluiten de bibliotheek. Daar hebben we geen geld meer voor").

- waiting: a statement that first waits for an evaluation or a study ("maar wachten eerst de
  evaluatie van de teams af"): what waits for it is not yet decided.

- conditioned: a statement that takes it up and makes it wait for a condition or lets others opt
  out ("Die uitbreiding voeren we alleen uit als er financiële ruimte is", "Deelname is
  vrijblijvend"): read as a condition, as "unfunded" is.

- studied first: a statement that opens with a study to come first ("Eerst laten we onderzoeken
  welke vormen van die hulp effect hebben").

- decided later: a statement that puts off the decision about it ("Het zwembad is verouderd; de
  gemeenteraad besluit in 2028 over de toekomst ervan").

Not a deferral: a whether-clause that asks about something else ("; of de gemeente daar extra geld
voor vrijmaakt, onderzoeken we nog" leaves the money open, not what came before), a responsibility
we keep ("maar de regie daarop ligt bij de gemeente", "bij het wijkteam"), or a contrast without a
word pointing back ("maar de scholen zijn verantwoordelijk voor hun gebouwen").
"""
from __future__ import annotations

from checker.clauses import Clause
from checker.modality import BENEFICIARIES, WISHING, need_or_role, split_adverb

STUDY, ATTRIBUTION = "study", "attribution"

OPENERS = frozenset({"maar", "echter", "doch", ";", ",", "–", "—"})
# what the whether-clause is about: the statement before it ("of dat gebeurt")
POINTERS = frozenset({"dat", "dit", "het", "ze", "zij", "die", "deze"})
_BETWEEN = frozenset({"en", "hoe", "wanneer"})  # "of en hoe dat gebeurt", "of en wanneer dit ..."
WHETHER_MAX = 4  # tokens from the pointer to the comma: "dat gebeurt", "dat er echt komt"
# the responsibility for a statement, and words that point back at it
RESPONSIBILITY = frozenset({"verantwoordelijkheid", "verantwoordelijkheden", "eerste verantwoordelijkheid", "regie",
                            "taak", "zorgplicht", "opdracht", "aan zet"})
BACK = frozenset({"daarvoor", "hiervoor", "daarvan", "hiervan", "daarover", "hierover", "daarbij", "hierbij",
                  "dat", "dit", "die"})
LIES = frozenset({"ligt", "liggen", "berust", "berusten", "blijft", "blijven", "is", "zijn"})
# whom a responsibility may stay with without leaving the coalition's commitment
OWN_VOICE = frozenset({"ons", "onszelf", "wij", "we", "gemeente", "gemeenten", "college", "coalitie", "wethouder",
                       "raad", "gemeenteraad"})
_ARTICLES = frozenset({"de", "het", "een", "onze", "ons", "eerste", "plaats", "in"})
HANDOFF_REACH = 14  # tokens of the contrast clause read


# what may follow "het" when it is the pointer ("of het lukt", "of het er echt komt"), not an article
_AFTER_POINTER = frozenset({"er", "echt", "ook", "wel", "nog", "straks", "dan", "daadwerkelijk", "haalbaar",
                            "mogelijk", "nodig"})


def _undecided(words: list[str], is_verb=None) -> str | None:
    """Words that open with a whether-clause about what came before: "of (en hoe) dat gebeurt ,"; not
    one about a noun phrase of its own ("Of het aanbod dekkend is, laten we onderzoeken": "het" is its
    article, and what is studied is the supply, not the statement before)."""
    if not words or words[0] != "of":
        return None
    k = 1
    while k < len(words) and words[k] in _BETWEEN:
        k += 1
    if k >= len(words) or words[k] not in POINTERS:
        return None
    # ("het" may be an article: "Of het aanbod dekkend is"; "dat"/"dit" before an adjective still point
    # back, "Of dat financieel haalbaar is")
    if is_verb is not None and words[k] == "het" and k + 1 < len(words) and \
            not (is_verb(words[k + 1]) or words[k + 1] in _AFTER_POINTER):
        return None
    comma = next((j for j in range(k + 1, min(len(words), k + 2 + WHETHER_MAX)) if words[j] == ","), None)
    if comma is None or comma == k + 1 or not all(w.isalpha() for w in words[k + 1:comma]):
        return None
    return " ".join(words[:comma])


def _handed_off(words: list[str]) -> str | None:
    """A contrast clause that puts the responsibility for what came before with another party."""
    if not words or words[0] not in ("maar", "echter", "doch"):
        return None
    piece = words[:HANDOFF_REACH]
    if (national := _not_ours(piece)) is not None:
        return national
    if BACK.isdisjoint(piece[1:]):
        return None
    pairs = {" ".join(piece[j:j + 2]) for j in range(len(piece) - 1)}
    if RESPONSIBILITY.isdisjoint(piece) and RESPONSIBILITY.isdisjoint(pairs) and \
            not any(w in ("is", "ligt") and piece[j + 1:j + 2] == ["aan"] for j, w in enumerate(piece)):
        return None
    for j, w in enumerate(piece):
        if w not in LIES or j + 1 >= len(piece):
            continue
        rest = piece[j + 1:]
        k = next((i for i, x in enumerate(rest) if x in ("bij", "aan")), None)
        if k is None or any(x in (",", ";") for x in rest[:k]):
            continue
        who = [x for x in rest[k + 1:] if x not in _ARTICLES][:1]
        if not who or who[0] in OWN_VOICE or who[0].endswith(("team", "teams")) or who[0] == "zet":
            continue
        return " ".join(piece[:j + 2 + k + 1 + 1]).strip(" .")
    return None


# what is the Rijk's to do, said of the thing itself ("maar verlengde jeugdzorg is een landelijke
# verantwoordelijkheid"): no word needs to point back
_NATIONAL_TASK = ("landelijke verantwoordelijkheid", "nationale verantwoordelijkheid", "rijksverantwoordelijkheid",
                  "verantwoordelijkheid van het rijk", "taak van het rijk", "rijkstaak")


def _not_ours(piece: list[str]) -> str | None:
    """A contrast clause that says the matter is not ours to decide: a national responsibility, or "waar
    wij niet over gaan", "daar gaat de gemeente niet over"."""
    text = " ".join(piece)
    end = next((i for i, x in enumerate(piece) if x in (".", ";")), len(piece))
    if not _MONEY.isdisjoint(piece[:end]) or "deels" in piece[:end]:
        return None  # (only its money, or in part: "maar de financiering daarvan is deels een landelijke ...")
    if any(t in text for t in _NATIONAL_TASK):
        return " ".join(piece[:end])
    for j in range(len(piece) - 1):
        if piece[j] != "niet" or piece[j + 1] != "over":
            continue
        # "waar Heuvelrode niet over gaat", "daar gaan wij (eigenlijk) niet over"
        after, before = piece[j + 2:j + 3], piece[max(0, j - 4):j]
        if after in (["gaat"], ["gaan"]) or (not after or after[0] in (".", ",", ";")) and \
                not {"gaat", "gaan"}.isdisjoint(before):
            return " ".join(piece[:end])
    return None


_MONEY = frozenset({"geld", "budget", "middelen", "dekking", "financiering", "bekostiging"})
_LACKING = frozenset({"ontbreekt", "ontbreken"})
_HAVE = frozenset({"hebben", "heeft", "is", "zijn", "ontbreekt", "ontbreken"})
_NOT_LACKING = frozenset({"nodig", "vragen", "vraagt", "kost", "kosten", "betalen", "betaalt"})
CONDITION = "condition"
UNFUNDED_REACH = 8  # tokens of the statement read


def _unfunded(words: list[str]) -> str | None:
    """A statement that opens by pointing back and says there is no money for it: "Daar hebben we
    geen geld voor", "Hiervoor is geen budget", "Daarvoor ontbreken de middelen"."""
    if not words or not (words[0] in ("daarvoor", "hiervoor") or split_adverb(words[:UNFUNDED_REACH], 0)):
        return None
    piece = words[:UNFUNDED_REACH]
    # (not money that is not needed or not asked: "Daarvoor is geen geld nodig", "Hiervoor vragen we
    # geen geld van ouders")
    if _HAVE.isdisjoint(piece) or not _NOT_LACKING.isdisjoint(piece):
        return None
    for j, w in enumerate(piece):
        if w in _MONEY and (j > 0 and piece[j - 1] == "geen" or not _LACKING.isdisjoint(piece[:j])):
            end = next((i for i, x in enumerate(piece) if x in (".", ";", ",")), len(piece))
            return " ".join(piece[:end])
    return None


_WAIT = frozenset({"wachten", "wacht"})
_AWAITED = frozenset({"evaluatie", "evaluaties", "onderzoek", "uitkomst", "uitkomsten", "resultaten", "besluit",
                      "besluitvorming", "verkenning", "doorlichting"})
WAIT_REACH = 10  # tokens from "wachten" to its particle "af"


def _waiting(words: list[str]) -> str | None:
    """A statement that waits for an evaluation or a study first: "(maar) wachten eerst de evaluatie
    van de teams af", "we wachten de uitkomst van het onderzoek af"; not "we wachten niet af"."""
    if _WAIT.isdisjoint(words):
        # (most statements: one pass in C; the loop below read every word of what follows each
        # later clause of a passage, which for a table run together is thousands, hundreds of times)
        return None
    for j, w in enumerate(words):
        if w not in _WAIT or "niet" in words[max(0, j - 2):j]:
            continue
        piece = words[j + 1:j + 1 + WAIT_REACH]
        if "af" in piece and not _AWAITED.isdisjoint(piece[:piece.index("af")]) and "niet" not in piece[:piece.index("af")]:
            return " ".join(words[j:j + 2 + piece.index("af")])
    return None


_STUDYING = frozenset({"onderzoeken", "onderzoekt", "evalueren", "evalueert", "verkennen", "verkent", "bekijken",
                       "bekijkt", "inventariseren", "inventariseert"})
STUDY_FIRST_REACH = 5  # tokens from "Eerst" to the study verb ("Eerst laten we onderzoeken")


def _studied_first(words: list[str]) -> str | None:
    """A statement that opens with a study to come first: "Eerst laten we onderzoeken welke vormen van die
    hulp effect hebben", "Eerst evalueren we de teams": what came before waits for it."""
    if words[:1] != ["eerst"]:
        return None
    k = next((j for j in range(1, min(len(words), STUDY_FIRST_REACH + 1)) if words[j] in _STUDYING), None)
    return None if k is None else " ".join(words[:k + 1])


_DECIDE = frozenset({"besluit", "besluiten", "beslist", "beslissen"})
_ABOUT_IT = frozenset({"ervan", "daarvan", "hiervan", "daarover", "hierover", "erover"})
DECIDE_REACH = 10  # tokens of the statement read


def _decided_later(words: list[str]) -> str | None:
    """A statement that puts off the decision about what came before: "de gemeenteraad besluit in
    2028 over de toekomst ervan", "daarover besluiten we na de evaluatie"; not one that decides it now
    ("daarover hebben we besloten"), nor one about a detail ("over de renovatie ervan")."""
    piece = words[:DECIDE_REACH]
    if _DECIDE.isdisjoint(piece) or _ABOUT_IT.isdisjoint(piece) or "hebben" in piece or "heeft" in piece:
        return None
    # (about its future or about it, not about a detail of it: "besluit over de renovatie ervan")
    if "toekomst" not in piece and not any(w in ("daarover", "hierover", "erover") for w in piece):
        return None
    end = next((i for i, x in enumerate(piece) if x in (".", ";")), len(piece))
    return " ".join(piece[:end])


_TAKING_UP = frozenset({"die", "dat", "dit", "deze", "daar", "hier"})
_RESTRICTING = frozenset({"alleen", "enkel", "uitsluitend", "pas"})
_IF = frozenset({"als", "wanneer", "indien", "zodra", "nadat"})
_ENDING = frozenset({"stopt", "stoppen", "eindigt", "eindigen", "ophoudt", "afloopt"})
_TAKING_PART = frozenset({"deelname", "meedoen", "deelnemen", "aansluiten", "aansluiting", "meedoet"})
_NOT_SO = frozenset({"niet", "te", "allesbehalve", "geenszins", "nooit"})
CONDITION_REACH = 10  # tokens from the statement's start to its condition


def _condition_at(piece: list[str], j: int) -> int | None:
    """Where the condition opens when word j starts a restrictive one ("alleen als", "pas zodra", "voor
    zover", "mits", "op voorwaarde dat"), else None."""
    w = piece[j]
    if w in _RESTRICTING:
        return next((i for i in range(j + 1, min(j + 3, len(piece))) if piece[i] in _IF), None)
    if (w == "zover" and piece[j - 1:j] == ["voor"]) or w == "mits":
        return j
    if w == "voorwaarde" and piece[j + 1:j + 2] == ["dat"]:
        return j + 1
    return None


def _conditioned(words: list[str], is_verb) -> str | None:
    """A statement that opens by taking up what came before and makes it wait for a condition: "Die
    uitbreiding voeren we alleen uit als er financiële ruimte is", "Die ombouw begint pas als er geld
    vrijkomt", "Die verlenging bieden we aan voor zover de regio dat toelaat", "mits", "op voorwaarde
    dat"; or says that taking part is optional ("Deelname is voor die partners vrijblijvend"). A
    commitment others may opt out of, or one that waits for money, is none (CODEBOOK). Not a need or
    the wish of whom the help is for ("Die hulp krijgen jongeren alleen als ze dat nodig hebben").
    """
    piece = words[:CONDITION_REACH + 1]
    if "vrijblijvend" in piece and not _TAKING_PART.isdisjoint(piece) and \
            _NOT_SO.isdisjoint(piece[:piece.index("vrijblijvend")]):
        # (taking part, not how loose things were: "De samenwerking was te vrijblijvend")
        end = next((i for i, x in enumerate(piece) if x in (".", ";", ":")), len(piece))
        return " ".join(piece[:end])
    if not words or words[0] not in _TAKING_UP:
        return None
    for j, w in enumerate(piece):
        if w in (".", ";"):
            return None
        k = _condition_at(piece, j)
        if k is None:
            continue
        if not _ENDING.isdisjoint(piece[:j]) or ("loopt" in piece[:j] and "af" in piece[:k]):
            return None  # what ends only then goes on till then: "die hulp stopt pas als hun Big Five op orde zijn"
        condition = words[k:k + 12]
        end = next((i for i, x in enumerate(condition) if x in (".", ";", ",")), len(condition))
        said = condition[:end]
        # (a pronoun for the people named before: "Die hulp krijgen jongeren alleen als ze dat willen"; not
        # another's wish, "... alleen als de regio dat wil")
        users = said[1:2] in (["ze"], ["zij"], ["hij"]) and not BENEFICIARIES.isdisjoint(words[:k]) and \
            not WISHING.isdisjoint(said)
        if (is_verb is not None and need_or_role(said, is_verb)) or users:
            return None
        return " ".join(words[:k + end])
    return None


def lacks_money(found: str) -> bool:
    """Whether a deferral's words say there is no money ("unfunded"), which a cut or closure may
    explain, rather than a condition."""
    said = found.split()
    return not _LACKING.isdisjoint(said) or any(w in _MONEY and k > 0 and said[k - 1] == "geen"
                                                for k, w in enumerate(said))


def deferral(words: list[str], is_verb=None) -> tuple[str, str] | None:
    """(category, words) when `words` (a later statement: a clause and what follows it, or the next
    sentence) leaves the statement before it undecided ("study") or hands it to others
    ("attribution"); else None."""
    lead = 0
    while lead < len(words) and words[lead] in (";", ",", "–", "—"):
        lead += 1
    rest = words[lead:]
    if rest[:1] in (["maar"], ["echter"]) and rest[1:2] == ["of"]:
        rest = rest[1:]  # "..., maar of dat lukt, hangt af van ..."
    if (found := _undecided(rest, is_verb)) is not None:
        return STUDY, found
    if (found := _handed_off(rest)) is not None:
        return ATTRIBUTION, found
    if rest[:1] in (["daar"], ["dat"], ["dit"], ["hier"]) and (found := _not_ours(rest[:HANDOFF_REACH])) is not None:
        return ATTRIBUTION, found  # "Daar gaan wij niet over", "Dat is een landelijke verantwoordelijkheid"
    if (found := _unfunded(rest)) is not None:
        return CONDITION, found
    if (found := _waiting(rest)) is not None or (found := _studied_first(rest)) is not None:
        return STUDY, found
    if (found := _conditioned(rest, is_verb)) is not None:
        return CONDITION, found
    if (found := _decided_later(rest)) is not None:
        return STUDY, found
    return None


def deferred_after(words: list[str], clauses: list[Clause], index: int, is_verb=None,
                   memo: dict[int, tuple[str, str] | None] | None = None) -> tuple[str, str] | None:
    """The words of a later statement of the passage (after "maar", "echter" or ";") that leaves clause
    `index`'s commitment open or hands it to others, or None. `memo` (clause start -> what `deferral`
    found there), kept by the caller for one passage, reads each later statement once for all the
    clauses before it, not once per clause (a table run together has hundreds)."""
    for c in clauses[index + 1:]:
        if c.role not in ("contrast", "main", "coordinate") or c.opener not in OPENERS:
            continue
        if memo is None:
            found = deferral(words[c.start:], is_verb)
        elif c.start in memo:
            found = memo[c.start]
        else:
            found = memo[c.start] = deferral(words[c.start:], is_verb)
        if found is not None:
            return found
    return None
