"""Dates and numbers as a Dutch (or English) reader writes them, through Babel's locale data
(offline: the data ships with the package): "1 december 2026", "0,86", "60%"."""
from __future__ import annotations

from datetime import datetime, timezone

from babel.dates import format_datetime
from babel.numbers import format_decimal, format_percent

_LOCALE = {"nl": "nl_NL", "en": "en_GB"}


def _zone():
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/Amsterdam")  # the municipalities' time, whatever the machine's
    except Exception:  # no time-zone data on this machine: say UTC
        return timezone.utc


def local_date(iso: str, lang: str = "nl", with_time: bool = False) -> str:
    """An ISO timestamp of a report as a date in words ("1 december 2026", with "om 06:03")."""
    try:
        moment = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return str(iso)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    zone = _zone()
    pattern = "d MMMM y" + ((" 'om' HH:mm" if lang != "en" else " 'at' HH:mm") if with_time else "")
    return format_datetime(moment, pattern, tzinfo=zone, locale=_LOCALE.get(lang, "nl_NL"))


def decimal(value: float, lang: str = "nl", places: int = 2) -> str:
    """A number with the locale's decimal sign and a fixed number of places ("0,86")."""
    fmt = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(value, format=fmt, locale=_LOCALE.get(lang, "nl_NL"))


def percent(value: float, lang: str = "nl") -> str:
    """A share as a whole percentage ("60%")."""
    return format_percent(value, locale=_LOCALE.get(lang, "nl_NL"))


def add_filters(env) -> None:
    """Dutch dates and numbers in Jinja2 templates: `|num(lang)`, `|pct(lang)`, `|date(lang)`."""
    env.filters["num"] = lambda v, lang="nl", places=2: decimal(v, lang, places)
    env.filters["pct"] = lambda v, lang="nl": percent(v, lang)
    env.filters["date"] = lambda v, lang="nl", with_time=False: local_date(v, lang, with_time)
