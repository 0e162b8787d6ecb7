"""GEDCOM date values to :data:`~netwerkkaart.model.dates.PartialDate` text.

A genogram needs a best guess, not the full GEDCOM date grammar, so:

* exact dates keep their precision: "12 MAR 1944" -> "1944-03-12", "MAR 1944" -> "1944-03",
  "1944" -> "1944";
* qualifiers are dropped: ABT, CAL, EST, BEF, AFT, INT ("INT 1944 (rond de oorlog)");
* ranges and periods keep their first date: "BET 1940 AND 1945" and "FROM 1940 TO 1945"
  -> "1940"; an open end ("TO 1945", "AFT 1940") keeps the one date given;
* calendars: "@#DGREGORIAN@" and "@#DJULIAN@" (5.5.1) and "GREGORIAN"/"JULIAN" (7) are read
  as if Gregorian (the year is what matters here); Hebrew and French republican dates are not
  converted and count as unreadable;
* dual years "1700/01" give the new-style year 1701;
* besides the English GEDCOM month codes, full English and Dutch month names ("maart",
  "okt") and the numeric forms 12-03-1944 and 1944-03-12 found in files in the wild are read;
* B.C. dates, years outside 1..9999, date phrases alone "(onbekend)" and anything else give
  ``None``; the caller counts those as skipped. An impossible day (31 FEB) keeps year and month.
"""

from __future__ import annotations

import datetime as _dt
import re

_MONTHS: dict[str, int] = {
    "JAN": 1, "FEB": 2, "MAR": 3, "APR": 4, "MAY": 5, "JUN": 6,
    "JUL": 7, "AUG": 8, "SEP": 9, "OCT": 10, "NOV": 11, "DEC": 12,
    # full English names
    "JANUARY": 1, "FEBRUARY": 2, "MARCH": 3, "APRIL": 4, "JUNE": 6, "JULY": 7,
    "AUGUST": 8, "SEPT": 9, "SEPTEMBER": 9, "OCTOBER": 10, "NOVEMBER": 11, "DECEMBER": 12,
    # Dutch names and abbreviations
    "JANUARI": 1, "FEBRUARI": 2, "MAART": 3, "MRT": 3, "MEI": 5, "JUNI": 6, "JULI": 7,
    "AUGUSTUS": 8, "OKT": 10, "OKTOBER": 10,
}
_CALENDAR = re.compile(r"^(?:@#D(GREGORIAN|JULIAN|HEBREW|FRENCH R|ROMAN|UNKNOWN)@|"
                       r"(GREGORIAN|JULIAN|HEBREW|FRENCH_R))\s+")
_QUALIFIER = re.compile(r"^(?:ABT|ABOUT|CAL|EST|BEF|AFT|INT|CA|CIRCA|RONDOM|OMSTREEKS)\.?\s+")
_RANGE = re.compile(r"^(?:BET|FROM)\s+(.+?)(?:\s+(?:AND|TO)\s+.+)?$")
_OPEN_END = re.compile(r"^TO\s+(.+)$")
_PHRASE = re.compile(r"\s*\(.*$")
_TEXT = re.compile(r"^(?:(\d{1,2})\s+)?(?:([A-Z]+)\.?\s+)?(\d{1,4})(?:/(\d{1,2}))?$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$")


def parse_gedcom_date(value: str) -> str | None:
    """The best :data:`PartialDate` for a GEDCOM ``DATE`` value, or ``None`` if unreadable."""
    text: str | None = " ".join(value.upper().split())
    if not text or len(text) > 200:
        return None
    text = _strip_calendar(text)
    if text is None:
        return None
    text = _QUALIFIER.sub("", text)
    m = _RANGE.match(text) or _OPEN_END.match(text)
    if m:
        text = m.group(1)
    text = _strip_calendar(_QUALIFIER.sub("", text))
    if text is None:
        return None
    text = _PHRASE.sub("", text).strip()
    if not text or "B.C" in text or "BCE" in text:
        return None
    return _exact(text)


def _strip_calendar(text: str) -> str | None:
    m = _CALENDAR.match(text)
    if not m:
        return text
    calendar = m.group(1) or m.group(2)
    if calendar in ("HEBREW", "FRENCH R", "FRENCH_R"):
        return None
    return text[m.end():]


def _exact(text: str) -> str | None:
    m = _TEXT.match(text)
    if m:
        day_s, month_s, year_s, dual = m.groups()
        year = int(year_s)
        if dual is not None:
            year = _dual_year(year, dual)
        month = None
        if month_s is not None:
            month = _MONTHS.get(month_s)
            if month is None:
                return None
        elif day_s is not None:
            return None  # "12 1944": a day without a month
        return _format(year, month, int(day_s) if day_s else None)
    m = _DMY.match(text)
    if m:
        return _format(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = _YMD.match(text)
    if m:
        return _format(int(m.group(1)), int(m.group(2)),
                       int(m.group(3)) if m.group(3) else None)
    return None


def _dual_year(year: int, dual: str) -> int:
    """'1700/01' -> 1701: the second year replaces the last digits of the first."""
    step: int = 10 ** len(dual)
    candidate = year - year % step + int(dual)
    return candidate if candidate > year else candidate + step


def _format(year: int, month: int | None, day: int | None) -> str | None:
    if not 1 <= year <= 9999:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        _dt.date(year, month, day)
    except ValueError:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"
