"""Scoring the load instruments: pure functions over the definitions in :mod:`.definitions`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .definitions import INSTRUMENTS, Band, Instrument


@dataclass(frozen=True)
class Score:
    instrument: str
    total: int
    band: str | None
    """A stable band code (EDIZ-plus: geen, licht, matig, zwaar); None without bands."""
    overloaded: bool | None
    """At or over the cut-off; None where the instrument has no cut-off (EDIZ)."""
    max_total: int
    rule: str
    """How it was scored, in Dutch: printed beside every result."""

    @property
    def words(self) -> str:
        """The result in the instrument's own words ("zwaar belast", "hoge belasting")."""
        inst = INSTRUMENTS[self.instrument]
        if self.band is not None:
            return next(b.label for b in inst.bands if b.code == self.band)
        if self.overloaded is not None:
            return inst.cutoff_label if self.overloaded else f"geen {inst.cutoff_label}"
        return f"{self.total} van {self.max_total}"


def instrument(instrument_id: str) -> Instrument:
    try:
        return INSTRUMENTS[instrument_id]
    except KeyError:
        known = ", ".join(INSTRUMENTS)
        raise ValueError(f"Onbekend instrument; bekend zijn: {known}.") from None


def check_answers(inst: Instrument, answers: Sequence[int | None]) -> None:
    """Raise ValueError (one Dutch sentence) unless every item has a valid answer."""
    if len(answers) != len(inst.items):
        raise ValueError(f"De {inst.name} heeft {len(inst.items)} vragen; er zijn "
                         f"{len(answers)} antwoorden.")
    top = len(inst.answers) - 1
    for number, value in enumerate(answers, start=1):
        if value is None:
            raise ValueError(f"Vraag {number} van de {inst.name} is niet beantwoord.")
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"Vraag {number} van de {inst.name}: een antwoord is een "
                             f"getal van 0 tot en met {top}.")
        if not 0 <= value <= top:
            raise ValueError(f"Vraag {number} van de {inst.name}: dit antwoord bestaat "
                             f"niet; kies 0 tot en met {top}.")


def band_of(inst: Instrument, total: int) -> Band | None:
    return next((b for b in inst.bands if b.low <= total <= b.high), None)


def score(instrument_id: str, answers: Sequence[int | None]) -> Score:
    """Score a completed form. ``answers`` holds one value per item (see each instrument's
    ``answers``); a missing, skipped or out-of-range answer raises ValueError."""
    inst = instrument(instrument_id)
    check_answers(inst, answers)
    total = sum(inst.points[v] for v in answers if v is not None)
    band = band_of(inst, total)
    return Score(
        instrument=inst.id, total=total, band=band.code if band else None,
        overloaded=None if inst.cutoff is None else total >= inst.cutoff,
        max_total=inst.max_total, rule=inst.rule)


def partial_total(instrument_id: str, answers: Sequence[int | None]) -> tuple[int, int]:
    """While a form is being filled in: the points so far and how many items are answered."""
    inst = instrument(instrument_id)
    done = [v for v in answers if isinstance(v, int) and 0 <= v < len(inst.points)]
    return sum(inst.points[v] for v in done), len(done)
