"""Genre: what kind of text a passage is, and so what it can say.

Some text states nothing: a table of contents, a portfolio list ("Wethouder Jansen: Jeugd,
Onderwijs"), a running header. Such passages never make an item more than absent. Other text
commits without a commitment verb: a bullet under "Wat gaan we doen?" or "Wij spreken af:", a row
of a budget table, a dated goal of an agreement written as goals ("In 2028 is er ..."). And some
sections describe ("Waar staan we nu?"), where a present-tense sentence is no promise.

`section_kind` reads the heading path; `passage_genre` one passage with its section.
"""
from __future__ import annotations

import re
from functools import lru_cache

from checker.nlp import fold

# section headings, matched on the folded heading text (without its number)
_SECTION_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((kind, re.compile(rx)) for kind, rx in (
    ("toc", r"^(inhoud|inhoudsopgave|inhoudstafel)\b"),
    ("portfolio", r"portefeuille|taakverdeling|verdeling van (de )?taken|samenstelling (van het )?college|"
                  r"^(het )?college van b(urgemeester)? ?(en|&) ?w|^wethouders?\b|^bestuurders\b"),
    ("not_doing", r"wat (gaan )?(we|wij)\b[\w ]{0,25}?\bniet\b( gaan)?( doen)?|wat doen (we|wij) niet|dit doen (we|wij) niet"),
    ("commitment", r"wat gaan (we|wij) doen|wat (we|wij) gaan doen|wat doen (we|wij)\b|dit gaan (we|wij) doen|"
                   r"^(onze )?afspraken|afspraken\b|maatregelen|actiepunten|^acties\b|uitvoeringsagenda|"
                   r"^(onze )?inzet\b|wat spreken (we|wij) af|^concreet\b|^besluiten\b|^(onze )?keuzes\b|"
                   r"^ambities en afspraken|^dit doen (we|wij)"),
    ("goals", r"wat willen (we|wij) bereiken|^(onze )?doelen\b|^doelstelling|^(onze )?ambitie|wat is ons doel|"
              r"^stip op de horizon"),
    ("description", r"waar staan (we|wij)|^context\b|^aanleiding\b|^(de )?huidige situatie|^stand van zaken|"
                    r"^feiten( en cijfers)?\b|^achtergrond\b|wat zien (we|wij)|^analyse\b|^terugblik|"
                    r"^uitgangssituatie|^situatieschets|kerncijfers|^cijfers\b|financiele analyse|"
                    r"^landelijke? (ontwikkelingen|context|kader|beleid)\s*$|^ontwikkelingen\s*$|"
                    r"brief van|^bijlage\b.*\b(brief|cijfers|analyse|overzicht|programma)"),
    ("finance", r"financi|meerjarenraming|begroting|^intensiveringen|^ombuigingen|^bezuinigingen|^dekking"),
))
_NUMBER_PREFIX = re.compile(r"^\s*(?:hoofdstuk\s+)?\d+(?:\.\d+)*\.?\s*")

# "Wethouder De Vries (CDA): Jeugd; Onderwijs", "Burgemeester: openbare orde", "Portefeuillehouder X"
_PORTFOLIO_LINE = re.compile(
    r"^\s*(?:(?:loco-?)?burgemeester|wethouder|portefeuillehouder|gedeputeerde|raadslid)\b[^.;:]{0,80}?[:\-–]\s*\S",
    re.I)
# a contents line: "3. Jeugd en gezin ........ 12", "Jeugd en gezin    12"
_TOC_LINE = re.compile(r"(?:\.{3,}|…+|\s{3,}|\t)\s*\d{1,3}\s*$")
# a dated goal: "In 2028 is ...", "Eind 2027 zit ...", "Uiterlijk 2029 heeft ...", "Vanaf 2027 ..."
_GOAL = re.compile(r"^\s*(?:in|eind|uiterlijk(?: in)?|vanaf|per|voor|vóór|begin|medio|halverwege|aan het eind van)"
                   r"\s+(?:\d{1,2}\s+\w+\s+)?20[2-4]\d\b", re.I)


@lru_cache(maxsize=4096)
def section_kind(heading_path: tuple[str, ...]) -> str | None:
    """The kind of the innermost heading that says one: toc, portfolio, not_doing, commitment,
    goals, description, finance; None when no heading does."""
    for heading in reversed(heading_path):
        text = _NUMBER_PREFIX.sub("", fold(heading)).strip(" ?:!.")
        for kind, rx in _SECTION_PATTERNS:
            if rx.search(text):
                return kind
    return None


# a running header or footer that survived ingest: "Coalitieakkoord Lindewaarde 2026-2030 | 4. Jeugd | pagina 22"
# (also "p. 14", and " / " between the parts: "Coalitieakkoord Stroomdijk 2026-2030 / Jeugd / p. 14")
_RUNNING = re.compile(r"\b(?:pagina|blz\.?|page)\s*\d{1,4}(?:\s*(?:van|/)\s*\d{1,4})?\s*$|"
                      r"\s[|·•/–—-]\s*p\.\s*\d{1,4}\s*$|"  # ("p." only after a separator: not "zie p. 14")
                      r"^\s*(?:coalitie|bestuurs|raads|college)(?:akkoord|programma)\b[^.!?]{0,80}(?:[|·•]|\s/\s)", re.I)
# "... | 4. Jeugd | 12": a page number after separators, which a table row's last cell also looks like
_RUNNING_NUMBER = re.compile(r"[|·•][^.!?]{0,80}[|·•]\s*\d{1,3}\s*$")


def is_running_header(text: str, in_table: bool = False) -> bool:
    """A running header or footer. In a table (a row under its header row) a last cell that is a number
    is the table's ("Jeugdhulpverlener op elke basisschool | 320 | 320"), not a page number."""
    if len(text) >= 160:
        return False
    return (_may_run(text) and bool(_RUNNING.search(text))) or (not in_table and bool(_RUNNING_NUMBER.search(text)))


def _may_run(text: str) -> bool:
    """Whether `text` holds, in some case, a word that every match of `_RUNNING` holds: a quick test
    before that regex, which (case-blind, with a word boundary first) is tried at every position."""
    low = text.lower()
    return "pag" in low or "blz" in low or "akkoord" in low or "programma" in low or "p." in low


def is_portfolio_line(text: str) -> bool:
    return bool(_PORTFOLIO_LINE.match(text))


def is_toc_line(text: str) -> bool:
    return bool(_TOC_LINE.search(text)) and len(text) < 120


def is_dated_goal(text: str) -> bool:
    return bool(_GOAL.match(text))


def bracket_depths(text: str, start_depth: int = 0) -> tuple[int, int]:
    """(depth at the start, depth at the end) of square brackets, for draft notes that run over
    several sentences: "[CDA: toevoegen dat ... Tekst volgt.]"."""
    depth = start_depth
    if "[" not in text and "]" not in text:
        return start_depth, depth
    for ch in text:
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
    return start_depth, depth


# a bracket that is agreed text with a sum still to fill in: "[PM]", "[PM bedrag]", "[p.m.]", "[X fte]"
_PM = re.compile(r"^\[\s*(?:pm|p\.m\.?|pm bedrag|bedrag pm|x+|\d+|n\.?t\.?b\.?|volgt)\b[^\]]{0,20}\]$", re.I)
_BRACKET = re.compile(r"[\[\]]")


def draft_spans(text: str, open_at_start: bool = False) -> list[tuple[int, int]]:
    """Character spans of a passage that are draft notes or undecided options in square brackets
    ("[VVD: ...]", "[optie A: ... / optie B: ...]"), not "[PM]" amounts in agreed text.
    `open_at_start`: the passage begins inside a bracket opened by an earlier sentence."""
    spans: list[tuple[int, int]] = []
    start = 0 if open_at_start else None
    # (only the brackets are read: a table run together into one passage has 30,000 characters, and
    # every passage with a matched term is asked)
    for m in _BRACKET.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "[" and start is None:
            start = i
        elif ch == "]" and start is not None:
            if not _PM.match(text[start:i + 1]):
                spans.append((start, i + 1))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans
