"""The whole genogram map: automatic layout from the model and pins, notation, legend."""

from __future__ import annotations

from ..model import Case, MapKind
from .genogram import genogram_layout
from .genogram_draw import draw_genogram, genogram_legend
from .primitives import Group
from .style import DEFAULT_STYLE, MapStyle


def draw_genogram_map(case: Case, style: MapStyle = DEFAULT_STYLE,
                      today: str | None = None) -> list[Group]:
    pins = {pid: pos for pid, pos in case.view(MapKind.GENOGRAM).positions.items()
            if pos.pinned}
    layout = genogram_layout(case.network, pins, style)
    groups = draw_genogram(case.network, layout, style, today=today)
    legend = genogram_legend(case.network, style)
    xs = [p.x for p in layout.people.values()] or [0.0]
    ys = [p.y for p in layout.people.values()] or [0.0]
    right = max(xs) + style.label_width
    top = min(ys) - style.symbol
    groups.append(Group(legend.owner, legend.prims, legend.z, (right + 40, top), legend.bounds))
    return groups
