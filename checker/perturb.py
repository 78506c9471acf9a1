"""Invariance by perturbation (CheckList's INV tests, Ribeiro et al. 2020): the same probe text with a
change that keeps what it says, which must keep the item's status.

The probe files hold invariance groups written by hand (two wordings of one statement). This module
makes such pairs mechanically from every probe: a form of the subject pronoun, typography, the
line layout of a PDF, an unrelated paragraph of another policy field. Under the codebook none of
them changes what a passage commits to, so a status that moves shows a mechanism that reads the
surface instead of the statement. `akkoordcheck evaluate --probes DIR --perturb` reports, per
perturbation, how many probes it applied to and how many kept their status.

Each perturbation is a function from text to text that returns None where it does not apply (no
"we" to turn into "wij", no line long enough to wrap), so that its figure counts only real changes.
"""
from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field
from typing import Callable

Perturbation = Callable[[str], "str | None"]

_WE = re.compile(r"(?<![\w-])([Ww])e(?![\w-])")


def we_to_wij(text: str) -> str | None:
    """"we" as "wij": the stressed form of the same subject ("We bouwen af" → "Wij bouwen af")."""
    out = _WE.sub(lambda m: m.group(1) + "ij", text)
    return out if out != text else None


# an unrelated paragraph of another policy field, with a heading of its own (waste collection: no
# item's words, not even a facility or a budget of the youth and social domain)
OTHER_FIELD = "Afval en grondstoffen\nVanaf 2027 halen we het restafval eens per drie weken op; het oud papier blijft maandelijks."


def other_field_after(text: str) -> str | None:
    """The text followed by a paragraph about another field (waste): it says nothing of the item."""
    return text.rstrip() + "\n\n" + OTHER_FIELD


def other_field_before(text: str) -> str | None:
    """The text after a paragraph about another field, as in a longer agreement."""
    return OTHER_FIELD + "\n\n" + text.lstrip()


_WRAP = 58  # characters per line of a narrow PDF column


def pdf_wrap(text: str) -> str | None:
    """Every line longer than a PDF column broken over several lines at spaces, as text copied or
    extracted from a PDF is: the reader joins the lines of a paragraph again."""
    lines = text.split("\n")
    out = []
    for line in lines:
        # (not a table row rendered as text, whose cells a PDF wraps within their column, a line of a table
        # of contents, nor a heading)
        if len(line) > _WRAP and "|" not in line and "...." not in line and not line.lstrip().startswith("#"):
            out.extend(textwrap.wrap(line, _WRAP, break_long_words=False, break_on_hyphens=False))
        else:
            out.append(line)
    joined = "\n".join(out)
    return joined if joined != text else None


# a compound of the field, the place where a PDF hyphenates it ("jeugd-" / "hulp")
_COMPOUND = re.compile(r"(?<![\w-])(jeugd|gezins|wijk|buurt|school)(hulp|zorg|team|teams|huizen|huis|maatschappelijk\w*)"
                       r"(?![\w-])")


def hyphen_break(text: str) -> str | None:
    """The first compound of the field hyphenated over a line break ("jeugd-\\nhulp"), as a PDF
    that justifies its lines does: the reader joins the word again."""
    m = _COMPOUND.search(text)
    if m is None:
        return None
    return text[:m.start()] + m.group(1) + "-\n" + m.group(2) + text[m.end():]


def curly_quotes(text: str) -> str | None:
    """Straight quotes and apostrophes as a word processor writes them (“ ”, ‘ ’)."""
    if "'" not in text and '"' not in text:
        return None
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append(ch)
    # (an apostrophe inside a word, "zo'n", "cjg's", is a closing quote in typography)
    s = "".join(out)
    s = re.sub(r"(?<=\w)'(?=\w)", "’", s)
    s = re.sub(r"(?<![\w])'", "‘", s)
    return s.replace("'", "’")


_BULLET = re.compile(r"^(\s*)[-*] ", re.MULTILINE)


def bullet_glyph(text: str) -> str | None:
    """Hyphen or asterisk bullets as the bullet glyph "•" of a word processor's list."""
    out = _BULLET.sub(lambda m: m.group(1) + "• ", text)
    return out if out != text else None


def _is_heading(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s.split()) <= 6 and s[-1] not in ".;:!?," and not s.startswith(("-", "*", "•", "|"))


def heading_caps(text: str) -> str | None:
    """A short first line without a final stop (a heading) in capitals, as many agreements set their
    chapter titles ("JEUGD EN GEZIN")."""
    lines = text.split("\n")
    if len(lines) < 2 or not _is_heading(lines[0]) or lines[0].isupper():
        return None
    return "\n".join([lines[0].upper()] + lines[1:])


_SEMICOLON = re.compile(r"; ([a-z])")


def semicolon_to_stop(text: str) -> str | None:
    """"X; y" as two sentences, "X. Y": the issue's example of a status that must not flip on the
    punctuation between the same two statements."""
    out = _SEMICOLON.sub(lambda m: ". " + m.group(1).upper(), text)
    return out if out != text else None


_NUMBER_UNIT = re.compile(r"(?<=\d) (?=(?:jaar|procent|miljoen|fte|plekken|plaatsen|euro)\b)|(?<=€) (?=\d)")


def hard_spaces(text: str) -> str | None:
    """A no-break space between a number and its unit ("18\u00a0jaar", "€\u00a01,2 miljoen"), as
    word processors put it."""
    out = _NUMBER_UNIT.sub("\u00a0", text)
    return out if out != text else None


_COLLEGE = re.compile(r"(?<![\w-])([Hh])et college(?![\w-])")


def college_to_coalitie(text: str) -> str | None:
    """"het college" as "de coalitie": both commit for the municipality, and both take a singular verb."""
    out = _COLLEGE.sub(lambda m: ("D" if m.group(1) == "H" else "d") + "e coalitie", text)
    return out if out != text else None


_SMALL_NUMBERS = {"2": "twee", "3": "drie", "4": "vier", "5": "vijf", "6": "zes", "7": "zeven", "8": "acht",
                  "9": "negen", "10": "tien", "11": "elf", "12": "twaalf"}
_MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
# a small number on its own before a word (not an amount, a date, a decimal, a range or a list number)
_SMALL_NUMBER = re.compile(r"(?<!€ )(?<![\w€.,/+-])(1[0-2]|[2-9])(?= (?!(?:" + _MONTHS + r")\b)[a-zß-ÿ])")


def digits_to_words(text: str) -> str | None:
    """A small number in digits written as a word ("4 fte" → "vier fte", "8 plaatsen" → "acht plaatsen")."""
    out = _SMALL_NUMBER.sub(lambda m: _SMALL_NUMBERS[m.group(1)], text)
    return out if out != text else None


PERTURBATIONS: dict[str, Perturbation] = {
    "we_to_wij": we_to_wij,
    "other_field_after": other_field_after,
    "other_field_before": other_field_before,
    "pdf_wrap": pdf_wrap,
    "hyphen_break": hyphen_break,
    "curly_quotes": curly_quotes,
    "bullet_glyph": bullet_glyph,
    "heading_caps": heading_caps,
    "semicolon_to_stop": semicolon_to_stop,
    "hard_spaces": hard_spaces,
    "college_to_coalitie": college_to_coalitie,
    "digits_to_words": digits_to_words,
}


@dataclass
class PerturbationResult:
    name: str
    applied: int = 0
    kept: int = 0
    changed: list[tuple[str, str, str]] = field(default_factory=list)  # (probe id, status before, after)

    @property
    def rate(self) -> float:
        return self.kept / self.applied if self.applied else 1.0


def run_perturbations(checker, probes, run, names: list[str] | None = None) -> list[PerturbationResult]:
    """For each perturbation, the probes it changes and whether each kept the status it had in `run`
    (the unperturbed ProbeRun of the same probes): invariance against the tool's own reading, whatever
    the label says."""
    from checker.probes import probe_document

    before = {r.probe.id: r.predicted for r in run.results}
    out = []
    for name in names or list(PERTURBATIONS):
        fn = PERTURBATIONS[name]
        res = PerturbationResult(name)
        for p in probes:
            text = fn(p.text)
            if text is None or p.id not in before:
                continue
            report = checker.check_document(probe_document(text, f"{p.id}.{name}.txt"))
            status = next(it.status for it in report.items if it.id == p.item)
            res.applied += 1
            if status == before[p.id]:
                res.kept += 1
            else:
                res.changed.append((p.id, before[p.id], status))
        out.append(res)
    return out
