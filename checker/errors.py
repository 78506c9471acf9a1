"""Typed errors: the library raises these, the CLI turns them into a message with a next step."""
from __future__ import annotations


class AkkoordError(Exception):
    """Base class: `message` says what is wrong, `hint` what to do about it."""

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class InputError(AkkoordError):
    """The input file cannot be read as an agreement."""


class NoTextError(InputError):
    """A PDF whose text cannot be extracted (a scan, a font without a Unicode map): OCR can help."""


class RulesError(AkkoordError):
    """A rule file is invalid; `problems` holds one `file:line [path] message` per error."""

    def __init__(self, message: str, problems: list[str] | None = None, hint: str = "") -> None:
        super().__init__(message, hint)
        self.problems = problems or []

    def __str__(self) -> str:
        return "\n".join([self.message, *self.problems, self.hint]).strip()


class ModelError(RulesError):
    """The NLP pipeline asked for is not installed. Like a rules error it holds for every file, so a
    command stops at it (and is caught wherever a RulesError is)."""


class OutputError(AkkoordError):
    """The output place cannot be written."""
