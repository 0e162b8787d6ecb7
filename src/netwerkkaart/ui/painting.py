"""Paint the Qt-free display list (layout.primitives) with a QPainter.

The same primitives go to the PDF through reportlab, so this module is the only place that
knows how a Pen or a Text becomes Qt drawing calls.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from ..layout.primitives import Ellipse, Pen, Polygon, Polyline, Primitive, Rect, Text

_DASH = {"solid": Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine,
         "dot": Qt.PenStyle.DotLine}
UI_FONT_FAMILY = "DejaVu Sans"


def qpen(pen: Pen) -> QPen:
    if pen.width <= 0:
        return QPen(Qt.PenStyle.NoPen)
    q = QPen(QColor(pen.color), pen.width)
    q.setStyle(_DASH[pen.dash])
    q.setCapStyle(Qt.PenCapStyle.RoundCap if pen.dash != "dash" else Qt.PenCapStyle.FlatCap)
    q.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return q


def qbrush(fill: str | None) -> QBrush:
    return QBrush(QColor(fill)) if fill else QBrush(Qt.BrushStyle.NoBrush)


def font_for(size: float, bold: bool = False) -> QFont:
    font = QFont(UI_FONT_FAMILY)
    font.setPointSizeF(size * 0.75)  # scene units are pixels at 96 dpi
    font.setBold(bold)
    return font


def paint(painter: QPainter, prims: Iterable[Primitive]) -> None:
    for p in prims:
        if isinstance(p, Text):
            _paint_text(painter, p)
            continue
        painter.setPen(qpen(p.pen))
        if isinstance(p, Rect):
            painter.setBrush(qbrush(p.fill))
            if p.radius:
                painter.drawRoundedRect(QRectF(p.x, p.y, p.w, p.h), p.radius, p.radius)
            else:
                painter.drawRect(QRectF(p.x, p.y, p.w, p.h))
        elif isinstance(p, Ellipse):
            painter.setBrush(qbrush(p.fill))
            painter.drawEllipse(QPointF(p.cx, p.cy), p.rx, p.ry)
        elif isinstance(p, Polygon):
            painter.setBrush(qbrush(p.fill))
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in p.points]))
        elif isinstance(p, Polyline):
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in p.points]))


def _paint_text(painter: QPainter, t: Text) -> None:
    font = font_for(t.size, t.bold)
    painter.setFont(font)
    painter.setPen(QColor(t.color))
    metrics = QFontMetricsF(font)
    width = metrics.horizontalAdvance(t.text)
    x = t.x - (width / 2 if t.align == "center" else width if t.align == "right" else 0)
    if t.valign == "top":
        y = t.y + metrics.ascent()
    elif t.valign == "middle":
        y = t.y + (metrics.ascent() - metrics.descent()) / 2
    else:
        y = t.y - metrics.descent()
    if t.background:
        painter.fillRect(QRectF(x - 2, y - metrics.ascent() - 1, width + 4, metrics.height() + 2),
                         QColor(t.background))
    painter.drawText(QPointF(x, y), t.text)


def prims_bounds(prims: Iterable[Primitive]) -> QRectF:
    """A generous bounding rectangle of primitives (text measured with the real font)."""
    rect = QRectF()
    for p in prims:
        if isinstance(p, Rect):
            r = QRectF(p.x, p.y, p.w, p.h)
        elif isinstance(p, Ellipse):
            r = QRectF(p.cx - p.rx, p.cy - p.ry, 2 * p.rx, 2 * p.ry)
        elif isinstance(p, Polygon | Polyline):
            xs = [x for x, _ in p.points]
            ys = [y for _, y in p.points]
            r = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        else:
            metrics = QFontMetricsF(font_for(p.size, p.bold))
            w, h = metrics.horizontalAdvance(p.text), metrics.height()
            x = p.x - (w / 2 if p.align == "center" else w if p.align == "right" else 0)
            y = p.y if p.valign == "top" else p.y - h / 2 if p.valign == "middle" else p.y - h
            r = QRectF(x, y, w, h)
        pad = getattr(getattr(p, "pen", None), "width", 0) or 0
        rect = rect.united(r.adjusted(-pad, -pad, pad, pad))
    return rect
