"""Support-tie notation of the ecogram (Hartman 1978, Dutch mantelzorg practice).

Solid (thick) = strong / supportive, dashed = weak, zigzag = stressful; arrows give the
direction in which energy or support flows (both ends: reciprocal); the letters P/G/A/E say
the type of support. :func:`ecogram_legend` explains what a case uses.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from ...i18n import tr
from ...labels import label
from ...model import EnergyDirection, SupportStrength, SupportTie, SupportType
from ..primitives import Group, Pen, Polygon, Polyline, Primitive, Rect, Text
from ..style import DEFAULT_STYLE, MapStyle
from ..text import text_width

SUPPORT_COLOUR = {
    SupportStrength.STRONG: "#2f6f4f",
    SupportStrength.WEAK: "#5f7f9f",
    SupportStrength.STRESSFUL: "#b0413e",
}


def ecogram_legend(ties: list[SupportTie], style: MapStyle = DEFAULT_STYLE) -> Group:
    """What the lines and letters of the ecogram mean: only what this case uses."""
    prims: list[Primitive] = []
    y = 14.0
    prims.append(Text(14, y, tr("Legenda (ecogram)"), size=style.small_size + 1, bold=True,
                      align="left"))
    y += 30
    for strength in SupportStrength:
        if any(t.strength is strength for t in ties):
            sample = SupportTie(a="x", b="y", strength=strength)
            gap = style.symbol / 2 + 8  # support_line stops this far from both ends
            for p in support_line(sample, (14 - gap, y), (64 + gap, y), style):
                prims.append(p)
            prims.append(Text(80, y, label(strength), size=style.small_size, align="left",
                              valign="middle"))
            y += 26
    if any(t.direction is not EnergyDirection.NONE for t in ties):
        prims.append(arrow_head((64, y), (14, y), style.muted))
        prims.append(Polyline(((14, y), (60, y)), Pen(style.muted, 2.0)))
        prims.append(Text(80, y, tr("Richting van de steun / energie"), size=style.small_size,
                          align="left", valign="middle"))
        y += 26
    prims.append(Text(14, y, tr("Dichter bij het midden: hechter contact"),
                      size=style.small_size, align="left", valign="middle"))
    y += 24
    types = sorted({st for t in ties for st in t.support_types}, key=list(SupportType).index)
    for st in types:
        prims.append(Text(14, y, label(st), size=style.small_size, align="left",
                          valign="middle"))
        y += 22
    width = max(text_width(t.text, t.size, t.bold) + t.x for t in prims
                if isinstance(t, Text)) + 14
    prims.insert(0, Rect(0, 0, width, y + 4, Pen("#9a9a9a", 1.0), "#ffffff", radius=6))
    return Group(("legend", "ecogram"), tuple(prims), z=40, bounds=(0, 0, width, y + 4))


def edge_point(p: tuple[float, float], q: tuple[float, float], gap: float) -> tuple[float, float]:
    dx, dy = q[0] - p[0], q[1] - p[1]
    d = math.hypot(dx, dy) or 1.0
    return (p[0] + dx / d * gap, p[1] + dy / d * gap)


def zigzag(p: tuple[float, float], q: tuple[float, float], amplitude: float = 6.0,
           wavelength: float = 14.0) -> tuple[tuple[float, float], ...]:
    dx, dy = q[0] - p[0], q[1] - p[1]
    d = math.hypot(dx, dy) or 1.0
    ux, uy, nx, ny = dx / d, dy / d, -dy / d, dx / d
    steps = max(2, int(d / (wavelength / 2)))
    pts = [p]
    for i in range(1, steps):
        t = d * i / steps
        side = amplitude if i % 2 else -amplitude
        pts.append((p[0] + ux * t + nx * side, p[1] + uy * t + ny * side))
    pts.append(q)
    return tuple(pts)


def arrow_head(tip: tuple[float, float], tail: tuple[float, float], colour: str,
               size: float = 13.0) -> Polygon:
    dx, dy = tip[0] - tail[0], tip[1] - tail[1]
    d = math.hypot(dx, dy) or 1.0
    ux, uy = dx / d, dy / d
    left = (tip[0] - ux * size - uy * size * 0.5, tip[1] - uy * size + ux * size * 0.5)
    right = (tip[0] - ux * size + uy * size * 0.5, tip[1] - uy * size - ux * size * 0.5)
    return Polygon((tip, left, right), Pen(colour, 1.0), colour)


Box = tuple[float, float, float, float]


def support_line(tie: SupportTie, pa: tuple[float, float], pb: tuple[float, float],
                 style: MapStyle = DEFAULT_STYLE, via: tuple[float, float] | None = None,
                 label_at: float = 0.5, avoid: Sequence[Box] = ()) -> list[Primitive]:
    """A Hartman line from A to B (through ``via`` when it bends around someone), arrows for
    the direction of support, and its P/G/A/E letters where they cover no one in ``avoid``
    (at ``label_at`` of the way when that is free)."""
    gap = style.symbol / 2 + 8
    points = [pa, via, pb] if via is not None else [pa, pb]
    a = edge_point(points[0], points[1], gap)
    b = edge_point(points[-1], points[-2], gap)
    path = [a, *points[1:-1], b]
    colour = SUPPORT_COLOUR[tie.strength]
    prims: list[Primitive] = []
    for p, q in zip(path, path[1:], strict=False):
        if tie.strength is SupportStrength.STRESSFUL:
            prims.append(Polyline(zigzag(p, q), Pen(colour, 2.5)))
        elif tie.strength is SupportStrength.WEAK:
            prims.append(Polyline((p, q), Pen(colour, 2.0, "dash")))
        else:
            prims.append(Polyline((p, q), Pen(colour, 4.0)))
    if tie.direction in (EnergyDirection.A_TO_B, EnergyDirection.BOTH):
        prims.append(arrow_head(b, path[-2], colour))
    if tie.direction in (EnergyDirection.B_TO_A, EnergyDirection.BOTH):
        prims.append(arrow_head(a, path[1], colour))
    if tie.support_types:
        letters = " ".join(t.value for t in tie.support_types)
        size = style.small_size + 1
        width = text_width(letters, size, True)
        for frac in (label_at, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75):
            mx, my = _along(path, frac)
            box = (mx - width / 2 - 2, my - 4 - size * 1.25, mx + width / 2 + 2, my - 2)
            if not any(_overlap(box, other) for other in avoid):
                break
        prims.append(Text(mx, my - 4, letters, size=size, bold=True, color=colour,
                          valign="bottom", background=style.background))
    return prims


def label_box(tie: SupportTie, prims: Sequence[Primitive]) -> Box | None:
    """Where the P/G/A/E letters of a drawn support line stand (for keeping others off)."""
    for p in prims:
        if isinstance(p, Text):
            w = text_width(p.text, p.size, p.bold)
            return (p.x - w / 2, p.y - p.size * 1.25, p.x + w / 2, p.y)
    return None


def _along(path: Sequence[tuple[float, float]], frac: float) -> tuple[float, float]:
    lengths = [math.dist(p, q) for p, q in zip(path, path[1:], strict=False)]
    goal = sum(lengths) * frac
    for (p, q), length in zip(zip(path, path[1:], strict=False), lengths, strict=True):
        if goal <= length and length > 0:
            t = goal / length
            return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)
        goal -= length
    return path[-1]


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
