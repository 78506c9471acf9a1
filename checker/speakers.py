"""Who speaks: a clause whose statement is another party's, not the coalition's (CODEBOOK: statements
attributed to others are no commitment), and whether a committing noun phrase after the verb is the
clause's subject at all.

- a third party as the subject ("Het samenwerkingsverband heeft in zijn plan opgenomen ...", "De
  provincie stelt subsidie beschikbaar", "Daarnaast wil het Rijk ...");
- what others want or agreed ("De jeugdzorgaanbieders in de regio willen ...", "... hebben
  afgesproken"), but not the region's municipalities or the coalition's parties, which include us;
- what others ask of us ("Jeugdzorg Nederland vraagt gemeenten te stoppen met aanbesteden"), report
  ("Aanbieders geven aan dat ...") or observe ("De regio ziet dat ...");
- a clause that opens with its own subject ("De Jongerenraad vraagt de coalitie om ..."), so that "de
  coalitie" after the verb is its object (`fronted_subject`).
"""
from __future__ import annotations

from checker.clauses import Clause
from checker.lexicon import Lexicon
from checker.markers import ATTRIBUTION, NOMINAL_BEFORE, Marker

_CLAUSE_OPENERS = frozenset({"en", "maar", "ook", "daarnaast", "verder", "bovendien", ",", ":", ";", "(", "-", "–"})
# subordinators of a clause that states a fact (not a condition: "als de regio dat toelaat" waits for it)
FACT_SUBORDINATORS = frozenset({"waar", "terwijl", "hoewel", "omdat", "zoals", "nu", "doordat"})
_JOINT = frozenset({"we", "wij", "de", "het", "ons", "onze"})  # "het Rijk en de gemeente", "en wij"


_WANT = frozenset({"wil", "willen", "wilt", "wensen", "wenst"})
WANT_REACH = 12  # tokens from the clause's start to the verb of the wish
_NP_PREPOSITIONS = frozenset({"van", "in", "voor", "uit", "met", "op", "bij", "aan"})
_DECIDED = frozenset({"afgesproken", "besloten"})
# a proposal is a wish too: "De centrumgemeente stelt voor om ..." (with "voor" after the verb)
_PROPOSING = frozenset({"stelt", "stellen", "stelde", "stelden"})
# who agrees for us: the region's municipalities, the coalition's parties ("De drie partijen hebben
# afgesproken", "De Friese gemeenten hebben besloten")
_OUR_SIDE = frozenset({"gemeenten", "regiogemeenten", "samenwerkende", "deelnemende", "partijen", "coalitiepartijen",
                       "coalitiepartners", "partners", "coalitie", "fracties", "wethouders", "college"})
_ARTICLES = frozenset({"de", "het", "een", "alle", "veel", "sommige", "enkele", "andere"})
# the council, the college and the parties themselves: in a programme or an agreement they speak
# for themselves ("De partij wil", "de coalitie wil")
_OWN_VOICE = frozenset({"partij", "fractie", "fracties", "lokale", "coalitie", "oppositie", "gemeente", "college",
                        "raad", "gemeenteraad"})


def _proposal_voor(span: list[str], i: int) -> bool:
    """Whether "voor" after the verb at i is its particle ("stelt voor om ...", "stelt de regio voor"), not
    a preposition ("stelt voor iedere jongere een plan op")."""
    for v in (i + 1, i + 2):
        if span[v:v + 1] == ["voor"]:
            return span[v + 1:v + 2] in ([], ["om"], ["dat"], [","], ["."], [":"], [";"])
    return False


def others_want(words: list[str], c: Clause, subjects: list[tuple[int, int]], lexicon: Lexicon) -> Marker | None:
    """"De jeugdzorgaanbieders in de regio willen de gesloten jeugdzorg afbouwen": what others want.
    A clause that opens with a noun phrase ("de", "het" or a name) and whose finite verb is "wil(len)"
    or "stelt ... voor", without a committing subject of ours anywhere in it (not one inside a noun phrase
    of others: "Een deel van de raad wil ...")."""
    if any(c.start <= a < c.end and not (a > c.start and words[a - 1] == "van") for a, _ in subjects):
        return None
    span = words[c.start:c.end]
    # a noun phrase with an article ("de jeugdzorgaanbieders", "het samenwerkingsverband"); not a name,
    # nor a party, which in its own programme speaks for itself ("DLW wil", "De VVD wil")
    # (a noun that is also a verb's form is still the noun after an article: "Een deel van ...")
    if len(span) < 3 or span[0] not in _ARTICLES or (lexicon.is_verb(span[1]) and span[1] not in lexicon.nouns):
        return None
    # (what others agreed or decided, too: "De jeugdzorgaanbieders hebben afgesproken ..."; not the
    # region's municipalities, of which we are one)
    # (the subject may be long: "De instelling voor gesloten jeugdzorg in onze regio wil ...")
    k = next((i for i, w in enumerate(span[:WANT_REACH]) if w in _WANT or (w in _DECIDED and _OUR_SIDE.isdisjoint(span[1:i]))
              or (w in _PROPOSING and _proposal_voor(span, i))), None)
    if k is None or k == 0 or any(w in (",", ":") for w in span[:k]):
        return None
    # (the head of the noun phrase, before its first preposition: "De nieuwe coalitie wil" speaks for itself,
    # "Een deel van de raad wil" does not)
    head = next((i for i in range(1, k) if span[i] in _NP_PREPOSITIONS), k)
    if not _OWN_VOICE.isdisjoint(span[1:head]):
        return None
    return Marker(ATTRIBUTION, c.start, c.start + k + 1, " ".join(span[:k + 1]), "actor")


# verbs of asking, and whom they ask: what another party asks of the municipality is its demand
_ASKING = frozenset({"vraagt", "vragen", "vroeg", "vroegen", "verzoekt", "verzoeken", "verzocht", "roept", "roepen",
                     "riep", "adviseert", "adviseren", "adviseerde"})
_ADDRESSEES = frozenset({"gemeenten", "gemeente", "ons", "coalitie", "college", "raad", "gemeenteraad", "wethouder",
                         "gemeentebestuur", "bestuur", "wethouders"})
ASK_REACH = 5  # tokens from the verb to its addressee ("vraagt de nieuwe lokale coalitie")
ASK_START = 12  # tokens from the clause's start to the verb ("Jeugdzorg Nederland, de branchevereniging van
# aanbieders, vraagt ...")


_REPORTING = frozenset({"geven", "geeft", "gaven", "gaf"})
# what others see or note: "De regio ziet dat ...", "Scholen signaleren dat ..."
_OBSERVING = frozenset({"ziet", "zien", "zag", "zagen", "constateert", "constateren", "signaleert", "signaleren",
                        "merkt", "merken", "stelt", "stellen"})


def reports(words: list[str], c: Clause, subjects: list[tuple[int, int]]) -> Marker | None:
    """"Aanbieders geven aan dat de aanbesteding veel onrust bracht", "De regio ziet dat ...": what
    others report or observe is theirs (a statement attributed to others); not when we report it
    ("Het college geeft aan dat het stopt met aanbesteden")."""
    if any(c.start <= a < c.end for a, _ in subjects):
        return None
    for k in range(c.start, min(c.end - 1, c.start + 8)):
        reports = words[k] in _REPORTING and words[k + 1] == "aan" and words[k + 2:k + 3] == ["dat"]
        observes = words[k] in _OBSERVING and words[k + 1] == "dat" and k > c.start
        if reports or observes:
            end = k + (3 if reports else 2)
            return Marker(ATTRIBUTION, c.start, end, " ".join(words[c.start:end]), "actor")
    return None


# verbs of saying that follow what was said, inverted before their subject: "..., stelt de accountant",
# "..., aldus de Rekenkamer"
_SAYING_AFTER = frozenset({"stelt", "stellen", "stelde", "stelden", "zegt", "zeggen", "zei", "zeiden", "schrijft",
                           "schrijven", "schreef", "constateert", "constateren", "constateerde", "concludeert",
                           "concluderen", "concludeerde", "meldt", "melden", "meldde", "waarschuwt", "waarschuwen",
                           "waarschuwde", "benadrukt", "benadrukken", "signaleert", "signaleren", "oordeelt",
                           "oordelen", "oordeelde", "rapporteert", "aldus"})


# who says it for us: "..., benadrukken de coalitiepartijen", "..., zegt de wethouder"
_SAYING_OURS = frozenset({"coalitiepartijen", "coalitiepartners", "coalitie", "college", "wethouder", "wethouders",
                          "burgemeester", "gemeente"})


def said_after(words: list[str], c: Clause, subjects: list[tuple[int, int]]) -> Marker | None:
    """"Van concurrentie is nauwelijks nog sprake, stelt de accountant in zijn rapport": a statement
    whose verb of saying and its subject follow it after a comma is the speaker's, not ours (a
    statement attributed to others); not where we are the ones who say it ("..., stelt het college")."""
    for k in range(c.start + 2, c.end - 1):
        if words[k] != "," or words[k + 1] not in _SAYING_AFTER:
            continue
        subject = k + 2
        # (not ours, nor our statement quoted: "We stoppen met aanbesteden, zegt de wethouder")
        if subject >= c.end or not words[subject].isalpha() or words[subject] in ("we", "wij") or \
                not _SAYING_OURS.isdisjoint(words[subject:subject + 2]) or \
                any((c.start <= a < k and (a == c.start or words[a - 1] not in _NP_PREPOSITIONS)) or a == subject
                    for a, _ in subjects):  # (a name after a preposition is no subject: "in Grauwmeer")
            return None
        return Marker(ATTRIBUTION, c.start, subject + 1, " ".join(words[k + 1:subject + 2]), "actor")
    return None


# a party's programme, which is not the agreement ("collegeprogramma", "uitvoeringsprogramma" are ours)
_PROGRAMMES = ("verkiezingsprogramma", "partijprogramma")
# what a programme does to what it holds: "In het verkiezingsprogramma van X stond: ...", "Het
# partijprogramma van X wil ..."
_WRITING = frozenset({"staat", "stond", "stelt", "stelde", "zegt", "zei", "schrijft", "schreef", "wil", "wilde",
                      "vraagt", "vroeg", "pleit", "pleitte", "belooft", "beloofde", "noemt", "noemde", "bepleit"})
PROGRAMME_REACH = 10  # tokens from the clause's start to the programme noun


def written_in(words: list[str], c: Clause) -> Marker | None:
    """"In het verkiezingsprogramma van coalitiepartij X stond: ...", "Het partijprogramma van X wil ...":
    what a party's programme holds is that party's (a statement attributed to others), not what the
    agreement commits to; the clause after the colon or "dat" is its content."""
    for k in range(c.start, min(c.end, c.start + PROGRAMME_REACH)):
        w = words[k]
        if not (w.startswith(_PROGRAMMES) or (w == "programma" and words[k + 1:k + 2] == ["van"])):
            continue
        for j in range(k + 1, min(c.end, k + 8)):
            if words[j] in _WRITING:
                return Marker(ATTRIBUTION, c.start, j + 1, " ".join(words[c.start:j + 1]), "actor")
        return None
    return None


def asks_us(words: list[str], c: Clause, subjects: list[tuple[int, int]]) -> Marker | None:
    """"Jeugdzorg Nederland vraagt gemeenten te stoppen met aanbesteden", "De Jongerenraad vraagt de
    coalitie om ...": another party's request of us is its demand, not our commitment (a statement
    attributed to others). Not when the clause has a committing subject of ours ("We vragen het Rijk
    ...", "Daarom vraagt het college de raad ...")."""
    for k in range(c.start, min(c.end, c.start + ASK_START)):
        if words[k] in _ASKING:
            reach = min(c.end, k + 1 + ASK_REACH)
            # (a committing phrase after the verb is the one asked when the clause opens with its own
            # subject, "Jeugdzorg Nederland vroeg de coalitie"; otherwise it is ours: "We vragen het Rijk
            # ...", "Daarom vraagt het college de raad ...")
            ours = [a for a, _ in subjects if c.start <= a < c.end]
            if ours and not (fronted_subject(words, c, k) and all(k < a < reach for a in ours)):
                return None
            if any(w in _ADDRESSEES for w in words[k + 1:reach]):
                return Marker(ATTRIBUTION, c.start, k + 1, " ".join(words[c.start:k + 1]), "actor")
            return None
    return None


_COUNTING = frozenset({"twee", "drie", "vier", "vijf", "zes", "enkele", "sommige", "beide", "meerdere", "verschillende"})


def third_party_subject(words: list[str], c: Clause, subjects: list[tuple[int, int]],
                         others: list[tuple[int, int]], lexicon: Lexicon) -> Marker | None:
    """An attribution when the clause's subject is a third party: "Het samenwerkingsverband heeft
    in zijn plan opgenomen ...", "De provincie stelt subsidie beschikbaar", "Daarnaast wil het Rijk
    ..."; not when we act with it ("De provincie en de gemeente investeren samen") or the clause
    has a committing subject of its own ("Samen met de provincie zetten we in op ...")."""
    if any(c.start <= a < c.end for a, _ in subjects):
        return None
    for a, b in others:
        if not (c.start <= a < c.end):
            continue
        rel = a - c.start
        before = words[a - 1] if a > c.start else ""
        # (not a clause that the splitter opened at a comma inside a list: "..., het samenwerkingsverband
        # passend onderwijs en de jeugdgezondheidszorg")
        # (a number or quantifier opens the noun phrase: "Twee buurgemeenten treden uit de jeugdregio")
        fronted = c.opener != "," and (rel == 0 or (rel <= 2 and all(w in _CLAUSE_OPENERS or w in _COUNTING or w.isdigit()
                                                                     for w in words[c.start:a]))
                                       # right after a subordinator of fact: "Waar andere gemeenten bezuinigen
                                       # op speelplekken, ...", "terwijl de provincie ..."
                                       or (rel == 1 and words[c.start] in FACT_SUBORDINATORS))
        # inverted: "Daarnaast wil het Rijk", "Met haar programma stelt de provincie ..."
        # (not a number that is a verb's form too: "samen met de vier buurgemeenten", "vieren")
        inverted = rel > 0 and before.isalpha() and lexicon.is_verb(before) and before not in NOMINAL_BEFORE \
            and before not in _COUNTING
        if not (fronted or inverted):
            continue
        after = words[b:b + 2]
        if after[:1] == ["en"] and len(after) > 1 and after[1] in _JOINT and \
                not any(a2 == b + 1 for a2, _ in others):  # ("Het Rijk en de VNG": two others)
            return None
        if fronted and not any(w.isalpha() and lexicon.is_verb(w) and not w.endswith(("end", "ende"))
                               for w in words[b:min(c.end, b + 6)]):
            continue
        return Marker(ATTRIBUTION, a, b, " ".join(words[a:b]), "actor")
    return None


# nouns of time: a noun phrase of these before the verb is an adverbial, not the subject ("De komende
# jaren investeert het college ...")
TIME_NOUNS = frozenset({"jaar", "jaren", "periode", "maanden", "maand", "weken", "week", "tijd", "termijn",
                        "coalitieperiode", "raadsperiode", "collegeperiode", "decennia", "decennium", "zomer",
                        "winter", "voorjaar", "najaar", "kwartaal", "kwartalen", "schooljaar", "dag", "dagen",
                        "uur", "eeuw", "begrotingsjaar"})
# nouns of an act or a thing, which ask and advise nobody: "De aanbesteding van jeugdhulp beëindigt de
# gemeente" fronts its object
_ACT_NOUN_ENDINGS = ("ing", "ingen", "atie", "aties", "heid", "schap", "plan", "budget", "contract")
_ADVERB_OPENERS = frozenset({"daarom", "ook", "daarnaast", "verder", "nu", "dan", "daarbij", "tevens", "bovendien",
                             "eerst", "vervolgens", "hierbij", "graag", "tot", "slot", "tenslotte", "ten", "zo",
                             "allereerst", "daarmee", "hiermee", "voortaan", "straks", "jaarlijks", "opnieuw"})


def fronted_subject(words: list[str], c: Clause, verb: int) -> bool:
    """Whether the clause opens with its own subject before its finite verb at `verb`, so that a
    committing noun phrase after the verb is its object: "De Jongerenraad heeft de coalitie een advies
    gestuurd", "De Jongerenraad vraagt de coalitie om ...", "Jeugdzorg Nederland vraagt de gemeente
    ..."; not an adverbial ("Daarom", "In 2027", "De komende jaren") or a demonstrative object ("Dit
    advies neemt het college over")."""
    pre = words[c.start:verb]
    if not pre or len(pre) > 6 or not all(w.isalpha() for w in pre):
        return False
    if words[verb] in _ASKING and pre[0] not in ("de", "het") and pre[0] not in NOMINAL_BEFORE and \
            _ADVERB_OPENERS.isdisjoint(pre):
        return True  # a name that asks: "Jeugdzorg Nederland vroeg de coalitie ..." (not "Daarom vraagt het college")
    if pre[0] not in ("de", "het") or not TIME_NOUNS.isdisjoint(pre) or \
            not all(w == "van" or w not in NOMINAL_BEFORE for w in pre[1:]):
        return False
    head = pre[pre.index("van") - 1] if "van" in pre[1:] else pre[-1]
    if head.endswith(_ACT_NOUN_ENDINGS):
        return False
    # a plural noun is no subject of a singular verb: "De wijkteams versterkt de gemeente met ..."
    plural_head = head.endswith(("en", "s")) and not head.endswith(("raad", "heid"))
    singular_verb = not words[verb].endswith("en")
    return not (plural_head and singular_verb)


# what makes a statement national policy: "landelijk beleid", "het doel van het Rijk", "de Jeugdwet"
_NATIONAL = frozenset({"rijk", "rijksoverheid", "kabinet", "minister", "hervormingsagenda", "jeugdwet", "wet",
                       "wetgeving", "vng"})


_POLICY = frozenset({"beleid", "doel", "doelstelling", "afspraak", "afspraken", "afgesproken", "geregeld",
                     "vastgelegd", "bepaald", "voorgeschreven", "verplicht", "verplichting", "norm", "regel",
                     "regels", "wet", "wettelijk", "opdracht", "taak", "rijksbeleid", "rijksregel", "jeugdwet",
                     "hervormingsagenda"})


def national_account(piece: list[str]) -> str | None:
    """A statement that says the one before it is national policy: "...; dat is landelijk beleid",
    "Dat is het landelijke doel van het Rijk", "Dit is afgesproken in de Hervormingsagenda" (a
    description of national policy, CODEBOOK); not when we are in it ("Dat is ook ons doel"). The
    words that say so, or None."""
    if len(piece) < 3 or piece[0] not in ("dat", "dit") or \
            piece[1] not in ("is", "zijn", "staat", "volgt", "komt", "was", "werd", "wordt"):
        return None
    head = piece[:10]
    if any(w in ("we", "wij", "ons", "onze") for w in piece):
        return None  # (also "...; dat is het doel van het Rijk en dat nemen wij over")
    # (national and policy: "landelijk beleid", "het doel van het Rijk", "volgt uit de Jeugdwet"; not
    # praise or a trend, "Dat is landelijk uniek", "Dat is een landelijke trend", nor a wish)
    national = any(w.startswith(("landelijk", "rijksbeleid")) or w in _NATIONAL for w in head)
    policy = any(w in _POLICY or w.startswith(("beleid", "wet")) for w in head) or piece[1] in ("volgt", "staat")
    return " ".join(head[:6]) if national and policy else None
