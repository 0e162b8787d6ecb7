"""Couple and child line notation of the genogram (domain reference section 2.1).

Married = solid couple line, living together = dashed, separated = one slash across the couple
line, divorced = two slashes. Children hang from the couple line: biological = solid, adopted =
dashed, foster = dotted. Used by the genogram's family lines and by its legend samples.
"""

from __future__ import annotations

from ...model.enums import ParentChildKind, PartnershipStatus
from ..primitives import Dash, Pen, Polyline

HOUSEHOLD_COLOR = "#4f7f5a"
"""Colour of the dotted household outline (and its legend sample)."""

SLASH_HALF = 7.0
"""Half height of a separation / divorce slash."""
SLASH_SPACING = 6.0
"""Horizontal distance between the two divorce slashes."""
CHILD_DASH: dict[ParentChildKind, Dash] = {
    ParentChildKind.BIOLOGICAL: "solid",
    ParentChildKind.ADOPTED: "dash",
    ParentChildKind.FOSTER: "dot",
}


def partnership_dash(status: PartnershipStatus) -> Dash:
    """Living together is dashed; marriages (also ended ones) are solid."""
    return "dash" if status == PartnershipStatus.LIVING_TOGETHER else "solid"


def slash_count(status: PartnershipStatus) -> int:
    """One slash for a separation, two for a divorce."""
    return {PartnershipStatus.SEPARATED: 1, PartnershipStatus.DIVORCED: 2}.get(status, 0)


def slashes(cx: float, y: float, count: int, pen: Pen) -> list[Polyline]:
    """``count`` slashes (lower left to upper right) across a horizontal line at ``cx``."""
    out: list[Polyline] = []
    for i in range(count):
        x = cx + (i - (count - 1) / 2) * SLASH_SPACING
        out.append(Polyline(((x - SLASH_HALF / 2, y + SLASH_HALF),
                             (x + SLASH_HALF / 2, y - SLASH_HALF)), pen))
    return out


