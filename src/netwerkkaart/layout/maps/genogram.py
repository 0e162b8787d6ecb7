"""The genogram as a map: family structure laid out automatically, pins, notation, legend.

Shows every family member and anyone tied to the family by partnership or parent-child ties
(professionals, organisations and organised volunteers only when they have such ties). The
layout (:mod:`..genogram`) reads people's sex, birth, kind and pregnancy, the order people
were added, partnership and parent-child ties, twin sets, pins and the client: nothing else,
so a rename, a note or an emotional tie redraws without a new layout. Dropping a person pins
them where they were dropped.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping

from ...i18n import tr
from ...model import (
    Case,
    ChangeSet,
    EmotionalTie,
    MapKind,
    Op,
    ParentChildTie,
    PartnershipTie,
    Place,
    Position,
)
from ...model.views import Seen
from ..genogram.draw import draw_genogram, emotional_groups, household_outlines, person_group
from ..genogram.family import build_family
from ..genogram.pipeline import genogram_layout
from ..genogram.types import GenogramLayout
from ..notation.genogram_legend import genogram_legend
from ..primitives import Group, Point
from ..registry import FRESH, MapLayout, MapSpec, Redraw, register
from ..style import MapStyle


class GenogramMap(MapSpec):
    kind = MapKind.GENOGRAM

    def shows(self, case: Case) -> list[str]:
        fam = build_family(case.network)
        return [*fam.people, *fam.extras]

    def layout_inputs(self, case: Case, style: MapStyle) -> Hashable:
        net = case.network
        people = tuple((p.id, p.sex, p.birth, p.kind, p.pregnancy)
                       for p in net.people.values())
        ties = tuple(sorted(
            (t.id, t.a, t.b, t.status, t.start, t.end) if isinstance(t, PartnershipTie)
            else (t.id, t.a, t.b, t.relation.value, None, None)
            for t in net.ties.values() if isinstance(t, PartnershipTie | ParentChildTie)))
        twins = tuple(sorted((ts.id, ts.members, ts.zygosity)
                             for ts in net.twin_sets.values()))
        pins = tuple(sorted((pid, pos.x, pos.y) for pid, pos
                            in case.view(MapKind.GENOGRAM).positions.items() if pos.pinned))
        seen = case.view(MapKind.GENOGRAM).seen
        seen_key = tuple(sorted(seen.positions.items())) if seen is not None else None
        return (net.client_id, people, ties, twins, pins, seen_key)

    def compute_layout(self, case: Case, style: MapStyle,
                       previous: MapLayout | None = None) -> MapLayout:
        pins = {pid: pos for pid, pos in case.view(MapKind.GENOGRAM).positions.items()
                if pos.pinned}
        seen = case.view(MapKind.GENOGRAM).seen
        before: Mapping[str, Point] = {}
        if previous is not None and previous is not FRESH:
            before = previous.positions
        elif previous is None and seen is not None:
            before = seen.positions
        layout = genogram_layout(case.network, pins, style, _sides(case, before))
        people = case.network.people
        warnings = list(layout.warnings)
        for pid in layout.unheld_pins:
            name = people[pid].name.strip() or tr("Een persoon zonder naam")
            warnings.append(tr("{name} kon niet op de vastgezette plek blijven (er is daar "
                               "geen ruimte in de stamboom).", name=name))
        positions = {pid: (p.x, p.y) for pid, p in layout.people.items()}
        return MapLayout(positions, layout, tuple(warnings))

    def draw(self, case: Case, style: MapStyle, layout: MapLayout,
             today: str | None = None) -> list[Group]:
        detail: GenogramLayout = layout.detail
        groups = draw_genogram(case.network, detail, style, today=today)
        if style.legends:
            groups.append(self._legend(case, style, detail))
        return groups

    def _legend(self, case: Case, style: MapStyle, layout: GenogramLayout) -> Group:
        legend = genogram_legend(case.network, style)
        xs = [p.x for p in layout.people.values()] or [0.0]
        ys = [p.y for p in layout.people.values()] or [0.0]
        at = (max(xs) + style.label_width + 40, min(ys) - style.symbol)
        return Group(legend.owner, legend.prims, legend.z, at, legend.bounds)

    def redraw(self, case: Case, style: MapStyle, layout: MapLayout, change: ChangeSet,
               today: str | None = None) -> Redraw:
        """Same layout: the changed people, every emotional line (their bends depend on one
        another), the household outlines and the legend."""
        detail: GenogramLayout = layout.detail
        net = case.network
        groups: list[Group] = []
        owners: set[tuple[str, str]] = set()
        for pid in change.people:
            owners.add(("person", pid))
            group = person_group(net, detail, pid, style, today)
            if group is not None:
                groups.append(group)
        emotional = [tid for tid in change.ties if tid not in net.ties
                     or isinstance(net.ties[tid], EmotionalTie)]
        if emotional or change.people:
            owners.update(("tie", t.id) for t in net.ties.values()
                          if isinstance(t, EmotionalTie))
            owners.update(("tie", tid) for tid in emotional)
            groups += emotional_groups(net, detail, style)
        groups += household_outlines(net, detail, style)
        if style.legends:
            groups.append(self._legend(case, style, detail))
        return Redraw(groups, owners, {"household", "legend"})

    def seen(self, layout: MapLayout) -> Seen | None:
        return Seen(positions=dict(layout.positions))

    def drop(self, case: Case, layout: MapLayout, moves: Mapping[str, Point]) -> list[Op]:
        """A person dropped in the genogram is pinned there."""
        return [Place(self.kind, pid, Position(x=round(x, 2), y=round(y, 2), pinned=True))
                for pid, (x, y) in sorted(moves.items())]


def _sides(case: Case, before: Mapping[str, Point]) -> dict[frozenset[str], str]:
    """Who of each couple stood left in the previous picture (partners keep their sides)."""
    out: dict[frozenset[str], str] = {}
    for union in case.network.partnerships():
        a, b = before.get(union.a), before.get(union.b)
        if a is not None and b is not None and a[1] == b[1] and a[0] != b[0]:
            out[frozenset((union.a, union.b))] = union.a if a[0] < b[0] else union.b
    return out


GENOGRAM = register(GenogramMap())
