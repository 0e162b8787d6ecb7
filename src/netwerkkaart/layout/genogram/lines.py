"""Family lines of the genogram: couple lines, child lines and secondary parent links.

Notation (domain reference section 2.1): married = solid couple line, living together =
dashed, separated = one slash across the couple line, divorced = two slashes, with the dates
on the line ("h. 1970", "s. 2010", "g. 1995"). Children hang from the couple line: biological
= solid, adopted = dashed, foster = dotted child line. Twins hang from one apex point;
identical twins have a bar between their two lines.
"""

from __future__ import annotations

from ...i18n import tr
from ...model.dates import year_of
from ...model.enums import PartnershipStatus, Zygosity
from ...model.network import Network
from ...model.ties import PartnershipTie
from ..notation.couple import (
    CHILD_DASH,
    SLASH_HALF,
    partnership_dash,
    slash_count,
    slashes,
)
from ..notation.symbols import symbol_half_height
from ..primitives import Group, Pen, Point, Polyline, Primitive, Text
from ..style import MapStyle
from ..text import text_width
from .types import GenogramLayout, SecondaryLink, SibshipPlacement, UnionPlacement

LINE_WIDTH = 2.0
DATE_DROP = SLASH_HALF + 3.0
"""Dates sit this far below the couple line (above it are the names), clear of the slashes."""
TWIN_BAR_AT = 0.45
"""Where the identical-twin bar crosses the twin lines (0 = apex, 1 = symbols)."""
SECONDARY_STUB = 14.0
"""Vertical end pieces of a secondary link, so its ends are unmistakable."""
Z_LINES = 10.0


def date_labels(tie: PartnershipTie) -> tuple[str | None, str | None]:
    """Start and end texts for a couple line: ("h. 1970" or "s. 2010", "g. 1995")."""
    start_year, end_year = year_of(tie.start), year_of(tie.end)
    start = None
    if start_year is not None:
        if tie.status == PartnershipStatus.LIVING_TOGETHER:
            start = tr("s. {year}", year=start_year)
        else:
            start = tr("h. {year}", year=start_year)
    end = tr("g. {year}", year=end_year) if end_year is not None else None
    return start, end


def _half(net: Network, person_id: str, style: MapStyle) -> float:
    person = net.people.get(person_id)
    return symbol_half_height(person, style) if person else style.symbol / 2


def union_group(net: Network, layout: GenogramLayout, u: UnionPlacement,
                style: MapStyle) -> Group:
    """Drops from each partner to the couple line, the line itself, slashes and dates."""
    tie = net.ties.get(u.tie_id) if u.tie_id else None
    partnership = tie if isinstance(tie, PartnershipTie) else None
    status = partnership.status if partnership else PartnershipStatus.MARRIED
    pen = Pen(style.line, LINE_WIDTH, partnership_dash(status))
    if partnership is None and len(u.partners) > 1:
        pen = Pen(style.muted, LINE_WIDTH)  # parents without a known partnership
    solid = Pen(pen.color, LINE_WIDTH)
    prims: list[Primitive] = []
    xs = [u.x1, u.x2, u.hub_x]
    for pid in u.partners:
        place = layout.people.get(pid)
        if place is None:
            continue
        xs.append(place.x)
        top = place.y + _half(net, pid, style)
        if u.y > top:
            prims.append(Polyline(((place.x, top), (place.x, u.y)), solid))
    left, right = min(xs), max(xs)
    if right > left:
        prims.append(Polyline(((left, u.y), (right, u.y)), pen))
    if partnership is not None:
        # Slashes and the end date on the wider side of the hub, the start date on the other.
        left_mid, right_mid = (left + u.hub_x) / 2, (u.hub_x + right) / 2
        if right - u.hub_x >= u.hub_x - left:
            end_x, start_x = right_mid, left_mid
        else:
            end_x, start_x = left_mid, right_mid
        count = slash_count(status)
        prims.extend(slashes(end_x, u.y, count, solid))
        start_text, end_text = date_labels(partnership)
        if abs(start_x - u.hub_x) < 1 and not end_text:
            start_x = end_x
        for x, text in ((start_x, start_text), (end_x, end_text)):
            if text:
                prims.append(Text(_clear_of_hub(x, u.hub_x, text, style), u.y + DATE_DROP,
                                  text, size=style.small_size, color=style.text,
                                  valign="top"))
    owner = ("tie", u.tie_id) if u.tie_id else ("union", u.key)
    return Group(owner=owner, prims=tuple(prims), z=Z_LINES)


def _clear_of_hub(x: float, hub_x: float, text: str, style: MapStyle) -> float:
    """Shift a date's centre so the text stays clear of the child drop line at the hub."""
    half = text_width(text, style.small_size) / 2 + 3
    if x < hub_x:
        return min(x, hub_x - half)
    if x > hub_x:
        return max(x, hub_x + half)
    return x


def twin_bar_points(apex: Point, tops: list[Point]) -> tuple[Point, Point] | None:
    """The identical-twin bar between the outermost twin lines, or None for fewer than two."""
    if len(tops) < 2:
        return None
    ax, ay = apex
    pts = [(ax + (tx - ax) * TWIN_BAR_AT, ay + (ty - ay) * TWIN_BAR_AT) for tx, ty in tops]
    pts.sort()
    return pts[0], pts[-1]


def sibship_group(net: Network, layout: GenogramLayout, key: str, sib: SibshipPlacement,
                  style: MapStyle) -> Group:
    """Drop from the hub, the sibship bar and each child's line (twins from their apex)."""
    prims: list[Primitive] = []
    u = layout.unions.get(sib.union)
    solid = Pen(style.line, LINE_WIDTH)
    xs = [sib.x1, sib.x2] + [d.x for d in sib.children]
    if u is not None:
        xs.append(u.hub_x)
        prims.append(Polyline(((u.hub_x, u.y), (u.hub_x, sib.bar_y)), solid))
    if max(xs) > min(xs):
        prims.append(Polyline(((min(xs), sib.bar_y), (max(xs), sib.bar_y)), solid))
    apexes = {set_id: (x, y) for set_id, x, y in sib.twin_apexes}
    twin_tops: dict[str, list[Point]] = {}
    stems: set[str] = set()
    for drop in sib.children:
        place = layout.people.get(drop.child)
        if place is None:
            continue
        top = (place.x, place.y - _half(net, drop.child, style))
        pen = Pen(style.line, LINE_WIDTH, CHILD_DASH[drop.relation])
        apex = apexes.get(drop.twin_set) if drop.twin_set else None
        if apex is not None and drop.twin_set is not None:
            if drop.twin_set not in stems and apex[1] > sib.bar_y + 0.5:
                prims.append(Polyline(((apex[0], sib.bar_y), apex), solid))
            stems.add(drop.twin_set)
            prims.append(Polyline((apex, top), pen))
            twin_tops.setdefault(drop.twin_set, []).append(top)
        elif abs(drop.x - top[0]) < 0.5:
            prims.append(Polyline(((top[0], sib.bar_y), top), pen))
        else:
            prims.append(Polyline(((drop.x, sib.bar_y), top), pen))
    for set_id, tops in twin_tops.items():
        twins = net.twin_sets.get(set_id)
        if twins is None or twins.zygosity != Zygosity.MONOZYGOTIC:
            continue
        bar = twin_bar_points(apexes[set_id], tops)
        if bar is not None:
            prims.append(Polyline(bar, solid))
    return Group(owner=("sibship", key), prims=tuple(prims), z=Z_LINES)


def secondary_group(net: Network, layout: GenogramLayout, link: SecondaryLink,
                    style: MapStyle) -> Group | None:
    """A parent link outside the child's own family: dashed (adopted) or dotted (foster).

    Drawn as a short drop from the union's hub, a straight run, and a short vertical piece
    into the top of the child, so both ends read clearly even when the run crosses others.
    """
    u = layout.unions.get(link.union)
    place = layout.people.get(link.child)
    if u is None or place is None:
        return None
    dash = CHILD_DASH[link.relation]
    if dash == "solid":
        dash = "dash"
    pen = Pen(style.muted, LINE_WIDTH, dash)
    top = (place.x, place.y - _half(net, link.child, style))
    start = (u.hub_x, u.y)
    knee1 = (u.hub_x, u.y + SECONDARY_STUB)
    knee2 = (top[0], top[1] - SECONDARY_STUB)
    points: tuple[Point, ...] = (start, knee1, knee2, top)
    if knee2[1] <= knee1[1]:  # the child is not below the union: go straight
        points = (start, top)
    return Group(owner=("secondary", f"{link.union}|{link.child}"), prims=(Polyline(points, pen),),
                 z=Z_LINES)
