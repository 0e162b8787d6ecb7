"""Person symbols of the ecogram and the netwerkkaart: one group per person at a position."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ...model import Case
from ..notation.symbols import person_symbol, symbol_bounds
from ..primitives import Group, Point
from ..style import MapStyle

Z_PERSON = 10.0


def person_group(case: Case, pid: str, at: Point, style: MapStyle,
                 today: str | None = None) -> Group:
    person = case.network.people[pid]
    symbol = person_symbol(person, style, today=today, client=pid == case.network.client_id)
    return Group(("person", pid), tuple(symbol), z=Z_PERSON, anchor=at,
                 bounds=symbol_bounds(person, style))


def person_groups(case: Case, positions: Mapping[str, Point], style: MapStyle,
                  today: str | None = None, only: Iterable[str] | None = None) -> list[Group]:
    ids = positions if only is None else [pid for pid in only if pid in positions]
    return [person_group(case, pid, positions[pid], style, today) for pid in ids]
