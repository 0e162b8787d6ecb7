"""Partial dates: a year, a year and month, or a full date, as genograms need them.

Stored as ISO text ("1948", "1948-05", "1948-05-17") so that a file stays readable and a
year-only birth is not turned into a made-up 1 January.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Annotated

from pydantic import AfterValidator

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


DATE_FORMAT = "Dit is geen datum. Typ bijvoorbeeld 12-03-1944, 03-1944 of 1944."
"""The one wording for a date the user typed that cannot be read."""


class DateError(ValueError):
    """A typed date that cannot be read; ``str(err)`` is the Dutch message (no value echoed)."""


def _check(value: str) -> str:
    m = _PATTERN.match(value)
    if not m:
        raise ValueError("ongeldige datum: gebruik JJJJ, JJJJ-MM of JJJJ-MM-DD")
    year, month, day = m.groups()
    if month is not None:
        if not 1 <= int(month) <= 12:
            raise ValueError("ongeldige maand in een datum")
        if day is not None:
            try:
                _dt.date(int(year), int(month), int(day))
            except ValueError:
                raise ValueError("ongeldige dag in een datum") from None
    return value


PartialDate = Annotated[str, AfterValidator(_check)]


def year_of(value: str | None) -> int | None:
    """The year of a partial date, or None."""
    return int(value[:4]) if value else None


def sort_key(value: str | None) -> tuple[int, str]:
    """Order partial dates; unknown dates sort last."""
    return (0, value) if value else (1, "")


def age_at(birth: str | None, when: str | None) -> int | None:
    """Whole years between two partial dates, when both are known well enough."""
    if not birth or not when:
        return None
    by, wy = int(birth[:4]), int(when[:4])
    age = wy - by
    if len(birth) >= 7 and len(when) >= 7:
        bm, wm = int(birth[5:7]), int(when[5:7])
        if wm < bm or (wm == bm and len(birth) == 10 and len(when) == 10 and when[8:] < birth[8:]):
            age -= 1
    return age if age >= 0 else None


def in_future(value: str, today: _dt.date | None = None) -> bool:
    """True when a partial date lies after today, at its own precision ("2026" is not)."""
    now = (today or _dt.date.today()).isoformat()
    return value > now[: len(value)]


def display(value: str | None) -> str:
    """Dutch display form: 17-05-1948, 05-1948 or 1948."""
    if not value:
        return ""
    parts = value.split("-")
    return "-".join(reversed(parts))


MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")


def display_long(value: str | None) -> str:
    """Dutch words for a partial date: "3 maart 2026", "maart 2026", "2026"."""
    if not value:
        return ""
    parts = value.split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTHS[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"


def parse_display(text: str) -> str | None:
    """Accept what a Dutch user types (17-5-1948, 1948, 5-1948, 1948-05-17).

    Raises :class:`DateError` with the one Dutch wording :data:`DATE_FORMAT`.
    """
    text = text.strip()
    if not text:
        return None
    try:
        if _PATTERN.match(text):
            return _check(text)
        m = re.match(r"^(?:(\d{1,2})[-/.])?(?:(\d{1,2})[-/.])?(\d{4})$", text)
        if not m:
            raise ValueError(text)
        a, b, year = m.groups()
        if a and b:
            return _check(f"{year}-{int(b):02d}-{int(a):02d}")
        if a:
            return _check(f"{year}-{int(a):02d}")
        return _check(year)
    except ValueError:
        from ..i18n import tr

        raise DateError(tr(DATE_FORMAT)) from None
