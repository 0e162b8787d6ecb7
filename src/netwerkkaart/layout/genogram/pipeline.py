"""Automatic genogram layout: where every family member, couple line and sibship bar goes.

Pure Python (numpy/scipy, no Qt). The screen and the PDF draw from the returned
:class:`~.genogram_types.GenogramLayout`. The pipeline follows ``shared/genogram-layout.md`` §3:

* S0 ``genogram_model``: who is drawn, unions (partnership ties, implicit couples, single
  parents), one layout family per child (birth > adoptive > foster), twins, ancestry check;
* S1 ``genogram_rows``: generations as one small LP (HiGHS);
* S2 ``genogram_blocks``: partners on one row form a rigid block, hubs in the gaps;
* S3/S4 ``genogram_order``: depth-first initial order, sibship-preserving sweeps;
* S5 ``genogram_x``: x by row-wise weighted isotonic regression, pins as hard constraints;
* S6 ``genogram_levels``: couple-line levels, bar levels, row heights.

Who is in the genogram: everyone in ``net.people`` except professionals, organisations and
organised volunteers, who appear only in the ecogram and netwerkkaart, unless they have a
partnership or parent-child tie. People without any family tie (neighbours, friends, a relative
not yet linked) are drawn as isolated people on the client's row, to the right of the family, so
they stay visible but out of the way.

Pins: ``pins[pid].pinned`` keeps that person's x exactly and, when consistent, their row
(relative to the other pinned rows). A pin that cannot hold is reported in ``unheld_pins``
(ids: the layout reads no names, so a rename never needs a new layout).
Same input in any dict order gives the same output; coordinates are rounded to 0.01.
A person who is their own ancestor raises :class:`~netwerkkaart.model.CaseError`.
"""

from __future__ import annotations

from collections.abc import Mapping

from ...model import Network, Position
from ..style import DEFAULT_STYLE, MapStyle
from .blocks import build_blocks
from .family import build_family
from .levels import LABEL_BLOCK, box_width, lines, row_pitch
from .order import Orderer
from .rows import assign_rows
from .types import GenogramLayout, PersonPlacement, SecondaryLink
from .xplace import order_pins, place_x

__all__ = ["LABEL_BLOCK", "genogram_layout", "row_pitch"]

PIN_TOLERANCE = 0.006


def genogram_layout(net: Network, pins: Mapping[str, Position] | None = None,
                    style: MapStyle = DEFAULT_STYLE,
                    sides: Mapping[frozenset[str], str] | None = None) -> GenogramLayout:
    fam = build_family(net)
    box = box_width(style)
    pitch = row_pitch(style)
    active = {pid: pins[pid] for pid in sorted(pins or {})
              if pins is not None and pins[pid].pinned and pid in net.people}
    family_set = set(fam.people)
    row_pins = {pid: max(0, round(pos.y / pitch)) for pid, pos in active.items()
                if pid in family_set}
    rows, rows_ok = assign_rows(fam, row_pins)
    warnings: list[str] = []
    if not rows_ok:
        warnings.append("Niet alle vastgezette personen konden in hun generatie blijven; "
                        "de generaties zijn opnieuw bepaald.")
    bl = build_blocks(fam, rows, box, style.h_gap)
    sex = {pid: net.people[pid].sex.value for pid in fam.people}
    o = Orderer(fam, bl, style, sex, sides)
    order = o.run()
    pin_left: dict[int, float] = {}
    for b, block in enumerate(bl.blocks):
        for m in block.items:
            if m is not None and m in active:
                pin_left[b] = active[m].x - o.poff(m)
                break
    order_pins(o, order.rows, pin_left)
    place_x(o, order.rows, pin_left)

    x: dict[str, float] = {}
    for pid in fam.people:
        held = pid in active and abs(o.px(pid) - active[pid].x) < PIN_TOLERANCE
        x[pid] = active[pid].x if held else round(o.px(pid), 2) + 0.0
    extra_row = rows[fam.client] if fam.client in rows else 0
    _place_extras(fam.extras, x, rows, extra_row, active, box, style.h_gap)
    for pid in fam.extras:
        rows[pid] = extra_row
    unheld = tuple(pid for pid in active
                   if pid in x and abs(x[pid] - active[pid].x) >= PIN_TOLERANCE)

    unions, sibships, row_y = lines(fam, bl, rows, x, o.hx, style)
    if not row_y and fam.extras:
        row_y = (0.0,)
    people = {pid: PersonPlacement(x[pid], row_y[rows[pid]], rows[pid]) for pid in sorted(x)}
    secondary = tuple(SecondaryLink(key, child, rel) for key, child, rel in fam.secondary)
    return GenogramLayout(people, unions, sibships, secondary, row_y, tuple(warnings), unheld)


def _place_extras(extras: list[str], x: dict[str, float], rows: dict[str, int], row: int,
                  active: Mapping[str, Position], box: float, gap: float) -> None:
    """Isolated people go right of everything on the given row; pins hold where there is room."""
    if not extras:
        return
    cursor = max((v + box / 2 for v in x.values()), default=-2 * gap) + 2 * gap
    taken = sorted((x[p] - box / 2, x[p] + box / 2) for p in x if rows[p] == row)

    def free(lo: float, hi: float) -> bool:
        return all(hi + gap <= a or lo >= b + gap for a, b in taken)

    for pid in extras:
        pos = active.get(pid)
        if pos is not None and free(pos.x - box / 2, pos.x + box / 2):
            x[pid] = pos.x
            taken.append((pos.x - box / 2, pos.x + box / 2))
    for pid in extras:
        if pid in x:
            continue
        while not free(cursor, cursor + box):
            cursor += box + gap
        x[pid] = round(cursor + box / 2, 2)
        taken.append((cursor, cursor + box))
        cursor += box + gap
