"""People on the ecogram and the netwerkkaart: smaller symbols than the genogram, no years,
names kept within their label width, and a professional's profession and organisation."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ...labels import label
from ...model import Case, Person
from ..notation.carer_marks import carer_marks
from ..notation.symbols import person_symbol
from ..primitives import Group, Point
from ..radial.engine import Footprint
from ..style import MapStyle

Z_PERSON = 10.0


def lines_below(person: Person) -> tuple[str, ...]:
    """A professional's profession and organisation, under the name."""
    out = []
    if person.profession is not None:
        out.append(label(person.profession))
    if person.organisation.strip():
        out.append(person.organisation.strip())
    return tuple(out)


def person_group(case: Case, pid: str, at: Point, style: MapStyle, foot: Footprint,
                 today: str | None = None) -> Group:
    from ..radial.placement import extra_lines

    person = case.network.people[pid]
    below = lines_below(person)[: extra_lines(person)]
    symbol = person_symbol(person, style, today=today, client=pid == case.network.client_id,
                           years=False, below=below, fit_labels=True,
                           marks=carer_marks(case.network, pid))
    x0, y0, x1, y1 = (min(b[0] for b in foot.boxes(0, 0)), min(b[1] for b in foot.boxes(0, 0)),
                      max(b[2] for b in foot.boxes(0, 0)), max(b[3] for b in foot.boxes(0, 0)))
    return Group(("person", pid), tuple(symbol), z=Z_PERSON, anchor=at,
                 bounds=(x0, y0, x1 - x0, y1 - y0))


def person_groups(case: Case, positions: Mapping[str, Point], feet: Mapping[str, Footprint],
                  style: MapStyle, today: str | None = None,
                  only: Iterable[str] | None = None) -> list[Group]:
    ids = positions if only is None else [pid for pid in only if pid in positions]
    return [person_group(case, pid, positions[pid], style, feet[pid], today)
            for pid in ids if pid in feet]
