"""A map as a vector drawing for the PDF: the very groups the screen shows, drawn with
reportlab.

:func:`map_drawing` lays the map out from the full case in the placement stored in the case
(the picture the user saw), and draws it from the redacted case (only the words change), so
the PDF, the screen and the image exports share one geometry. :func:`draw_groups` paints the
display list on a reportlab canvas with the shipped, embedded font.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import getAscentDescent
from reportlab.pdfgen.canvas import Canvas

from ..fonts import pdf_font_name, register_pdf_fonts
from ..layout.primitives import Ellipse, Group, Polygon, Polyline, Primitive, Rect, Text
from ..layout.registry import map_layout, map_spec
from ..layout.style import DEFAULT_STYLE, MapStyle
from ..layout.text import text_width
from ..model import Case, CaseError, MapKind
from .privacy import Redaction, drawing_case

if TYPE_CHECKING:
    from ..analysis.compare import Comparison

Box = tuple[float, float, float, float]
"""(x0, y0, x1, y1) in scene units, y down."""


@dataclass(frozen=True)
class MapDrawing:
    kind: MapKind
    groups: tuple[Group, ...]
    """In drawing order (by z)."""
    bounds: Box
    people: dict[str, tuple[float, float]]
    """Where each person's symbol stands (for the tiles' index)."""
    name_size: float
    """The size of the names, in scene units (how small they get on paper decides tiles)."""
    boxes: tuple[Box | None, ...] = ()
    """Each group's bounds, so that a tile draws only what lies in it."""


def map_drawing(case: Case, kind: MapKind, red: Redaction,
                style: MapStyle = DEFAULT_STYLE,
                compare: Comparison | None = None) -> MapDrawing | None:
    """The map as the user saw it, with the words of the privacy level; None when it shows
    nobody or cannot be drawn (an ancestry loop from a file from elsewhere).

    With ``compare``: the later moment's map with the changes since the earlier one marked
    (:mod:`~netwerkkaart.layout.compare_view`); ``red`` then gives the level, and the names
    of the people who left come from the earlier moment."""
    spec = map_spec(kind)
    style = replace(style, years=red.years)
    try:
        if compare is not None:
            groups = _comparison_groups(compare, kind, red, style)
            if groups is None:
                return None
        else:
            if not spec.shows(case):
                return None
            layout = map_layout(case, kind, style)
            groups = spec.draw(drawing_case(case, red), style, layout)
    except CaseError:
        return None
    ordered = tuple(sorted(groups, key=lambda g: g.z))
    bounds = groups_bounds(ordered)
    if bounds is None:
        return None
    people = {g.owner[1]: g.anchor for g in ordered if g.owner[0] == "person"}
    boxes = tuple(groups_bounds([g]) for g in ordered)
    return MapDrawing(kind, ordered, bounds, people, style.label_size, boxes)


def _comparison_groups(cmp: Comparison, kind: MapKind, red: Redaction,
                       style: MapStyle) -> list[Group] | None:
    from ..layout.compare_view import comparison_case, comparison_drawing
    from .privacy import comparison_title, redaction

    made = comparison_case(cmp, kind)
    if not map_spec(kind).shows(made.case):
        return None
    level_red = redaction(made.case, red.level, red.notes)
    groups, _layout, _case = comparison_drawing(
        cmp, kind, style, words=lambda c: drawing_case(c, level_red),
        title=comparison_title(cmp, red))
    return groups


def text_box(t: Text) -> Box:
    register_pdf_fonts()
    width = text_width(t.text, t.size, t.bold)
    ascent, descent = getAscentDescent(pdf_font_name(t.bold), t.size)
    height = ascent - descent
    x = t.x - (width / 2 if t.align == "center" else width if t.align == "right" else 0)
    y = t.y if t.valign == "top" else t.y - height / 2 if t.valign == "middle" else t.y - height
    return x, y, x + width, y + height


def prim_box(p: Primitive) -> Box:
    if isinstance(p, Rect):
        return p.x, p.y, p.x + p.w, p.y + p.h
    if isinstance(p, Ellipse):
        return p.cx - p.rx, p.cy - p.ry, p.cx + p.rx, p.cy + p.ry
    if isinstance(p, Polygon | Polyline):
        xs = [x for x, _ in p.points]
        ys = [y for _, y in p.points]
        return min(xs), min(ys), max(xs), max(ys)
    return text_box(p)


def groups_bounds(groups: Iterable[Group]) -> Box | None:
    x0 = y0 = float("inf")
    x1 = y1 = float("-inf")
    for g in groups:
        ax, ay = g.anchor
        for p in g.prims:
            if isinstance(p, Polygon | Polyline) and not p.points:
                continue
            a, b, c, d = prim_box(p)
            pad = p.pen.width / 2 if not isinstance(p, Text) else 0.0
            x0, y0 = min(x0, ax + a - pad), min(y0, ay + b - pad)
            x1, y1 = max(x1, ax + c + pad), max(y1, ay + d + pad)
    if x0 == float("inf"):
        return None
    return x0, y0, x1, y1


# -- painting on a reportlab canvas ---------------------------------------------------------


def draw_groups(canvas: Canvas, groups: Sequence[Group], area: Box,
                at: tuple[float, float], scale: float,
                boxes: Sequence[Box | None] = ()) -> None:
    """Paint the part ``area`` (scene units) of ``groups`` with its top left corner at ``at``
    (PDF points, y up) and ``scale`` points per scene unit, clipped to the area."""
    register_pdf_fonts()
    ax0, ay0, ax1, ay1 = area
    canvas.saveState()
    x, y = at
    clip = canvas.beginPath()
    clip.rect(x, y - (ay1 - ay0) * scale, (ax1 - ax0) * scale, (ay1 - ay0) * scale)
    canvas.clipPath(clip, stroke=0, fill=0)
    # scene units, y down, with the area's corner at `at`
    canvas.transform(scale, 0, 0, -scale, x - ax0 * scale, y + ay0 * scale)
    for i, g in enumerate(groups):
        box = boxes[i] if i < len(boxes) else None
        if box is not None and (box[2] < ax0 or box[0] > ax1 or box[3] < ay0 or box[1] > ay1):
            continue  # outside this tile
        gx, gy = g.anchor
        canvas.saveState()
        canvas.translate(gx, gy)
        local = (ax0 - gx, ay0 - gy, ax1 - gx, ay1 - gy)
        for p in g.prims:
            if isinstance(p, Polyline) and len(p.points) > 64:
                for run in _runs_in(p.points, local):  # a long zigzag: only this tile's part
                    _paint(canvas, Polyline(run, p.pen))
            else:
                _paint(canvas, p)
        canvas.restoreState()
    canvas.restoreState()


def _runs_in(points: Sequence[tuple[float, float]], area: Box, pad: float = 20.0
             ) -> list[tuple[tuple[float, float], ...]]:
    """The stretches of a polyline whose segments come near ``area`` (a tile), so that a line
    across a large map is not drawn in full on every tile."""
    x0, y0, x1, y1 = area[0] - pad, area[1] - pad, area[2] + pad, area[3] + pad
    runs: list[tuple[tuple[float, float], ...]] = []
    current: list[tuple[float, float]] = []
    for a, b in zip(points, points[1:], strict=False):
        near = not (max(a[0], b[0]) < x0 or min(a[0], b[0]) > x1
                    or max(a[1], b[1]) < y0 or min(a[1], b[1]) > y1)
        if near:
            if not current:
                current.append(a)
            current.append(b)
        elif current:
            runs.append(tuple(current))
            current = []
    if current:
        runs.append(tuple(current))
    return runs


def _pen(canvas: Canvas, p: Rect | Ellipse | Polygon | Polyline) -> bool:
    pen = p.pen
    if pen.width <= 0:
        return False
    canvas.setStrokeColor(HexColor(pen.color))
    canvas.setLineWidth(pen.width)
    canvas.setLineJoin(1)
    if pen.dash == "dash":
        canvas.setLineCap(0)
        canvas.setDash([4 * pen.width, 2 * pen.width], 0)
    elif pen.dash == "dot":
        canvas.setLineCap(1)
        canvas.setDash([0.01, 2 * pen.width], 0)
    else:
        canvas.setLineCap(1)
        canvas.setDash([], 0)
    return True


def _paint(canvas: Canvas, p: Primitive) -> None:
    if isinstance(p, Text):
        _paint_text(canvas, p)
        return
    stroke = _pen(canvas, p)
    fill = getattr(p, "fill", None)
    if fill:
        canvas.setFillColor(HexColor(fill))
    if isinstance(p, Rect):
        if p.radius:
            canvas.roundRect(p.x, p.y, p.w, p.h, p.radius, stroke=int(stroke), fill=int(bool(fill)))
        else:
            canvas.rect(p.x, p.y, p.w, p.h, stroke=int(stroke), fill=int(bool(fill)))
    elif isinstance(p, Ellipse):
        canvas.ellipse(p.cx - p.rx, p.cy - p.ry, p.cx + p.rx, p.cy + p.ry,
                       stroke=int(stroke), fill=int(bool(fill)))
    elif p.points:
        path = canvas.beginPath()
        path.moveTo(*p.points[0])
        for pt in p.points[1:]:
            path.lineTo(*pt)
        if isinstance(p, Polygon):
            path.close()
            canvas.drawPath(path, stroke=int(stroke), fill=int(bool(fill)))
        else:
            canvas.drawPath(path, stroke=int(stroke), fill=0)


def _paint_text(canvas: Canvas, t: Text) -> None:
    if not t.text:
        return
    x0, y0, x1, y1 = text_box(t)
    ascent, _descent = getAscentDescent(pdf_font_name(t.bold), t.size)
    if t.background:
        canvas.setFillColor(HexColor(t.background))
        canvas.rect(x0 - 2, y0 - 1, x1 - x0 + 4, y1 - y0 + 2, stroke=0, fill=1)
    canvas.saveState()
    canvas.translate(x0, y0 + ascent)  # the baseline
    canvas.scale(1, -1)  # text upright again
    canvas.setFillColor(HexColor(t.color))
    canvas.setFont(pdf_font_name(t.bold), t.size)
    canvas.drawString(0, 0, t.text)
    canvas.restoreState()
