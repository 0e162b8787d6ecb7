"""Which display list each map shows: the bridge from the Qt-free layout to the scene."""

from __future__ import annotations

from ..layout.network_draw import draw_ecogram, draw_netwerkkaart
from ..layout.primitives import Group
from ..layout.style import DEFAULT_STYLE, MapStyle
from ..model import Case, MapKind


def map_groups(case: Case, kind: MapKind, style: MapStyle = DEFAULT_STYLE,
               today: str | None = None) -> list[Group]:
    if kind is MapKind.GENOGRAM:
        from ..layout.genogram_view import draw_genogram_map

        return draw_genogram_map(case, style, today=today)
    if kind is MapKind.ECOGRAM:
        return draw_ecogram(case, style, today=today)
    return draw_netwerkkaart(case, style, today=today)
