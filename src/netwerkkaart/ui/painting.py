"""Paint the Qt-free display list (layout.primitives) with a QPainter.

The same primitives go to the PDF through reportlab, so this module is the only place that
knows how a Pen or a Text becomes Qt drawing calls. Text is painted with the shipped map font
(``fonts.py``), shaped so that its width is exactly ``layout.text.text_width``: the layout's
idea of what fits is what the screen shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from ..layout.primitives import Ellipse, Pen, Polygon, Polyline, Primitive, Rect, Text
from .qt_setup import install_map_font

_DASH = {"solid": Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine,
         "dot": Qt.PenStyle.DotLine}
REFERENCE_PX = 100
"""Text is shaped at this pixel size and scaled to its own size when painted and measured:
Qt then uses the TTF's unrounded advances, as reportlab does in ``layout/text.py``, instead
of hinted advances at a whole-pixel size."""


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


def map_font(bold: bool = False) -> QFont:
    """The shipped map font at :data:`REFERENCE_PX`, shaped the way reportlab measures it."""
    return QFont(_reference_font(bold))


@cache
def _reference_font(bold: bool) -> QFont:
    font = QFont()
    font.setFamilies([install_map_font()])
    font.setPixelSize(REFERENCE_PX)
    font.setBold(bold)
    font.setStretch(QFont.Stretch.Unstretched)  # never DejaVu Sans Condensed
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # reportlab adds up the advance widths: no kerning pairs, no fi/fl ligatures.
    font.setKerning(False)
    for feature in ("liga", "clig"):
        font.setFeature(QFont.Tag(feature), 0)
    return font


@cache
def _reference_metrics(bold: bool) -> QFontMetricsF:
    return QFontMetricsF(_reference_font(bold))


def text_advance(text: str, size: float, bold: bool = False) -> float:
    """Width of a line of text at ``size`` pixels as painted: equals ``layout.text.text_width``."""
    return _reference_metrics(bold).horizontalAdvance(text) * size / REFERENCE_PX


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
    metrics = _reference_metrics(t.bold)
    scale = t.size / REFERENCE_PX
    width = text_advance(t.text, t.size, t.bold)
    ascent, descent = metrics.ascent() * scale, metrics.descent() * scale
    x = t.x - (width / 2 if t.align == "center" else width if t.align == "right" else 0)
    if t.valign == "top":
        y = t.y + ascent
    elif t.valign == "middle":
        y = t.y + (ascent - descent) / 2
    else:
        y = t.y - descent
    if t.background:
        painter.fillRect(QRectF(x - 2, y - ascent - 1, width + 4, metrics.height() * scale + 2),
                         QColor(t.background))
    painter.save()
    painter.translate(x, y)
    painter.scale(scale, scale)
    painter.setFont(_reference_font(t.bold))
    painter.setPen(QColor(t.color))
    painter.drawText(QPointF(0.0, 0.0), t.text)
    painter.restore()


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
            w = text_advance(p.text, p.size, p.bold)
            h = _reference_metrics(p.bold).height() * p.size / REFERENCE_PX
            x = p.x - (w / 2 if p.align == "center" else w if p.align == "right" else 0)
            y = p.y if p.valign == "top" else p.y - h / 2 if p.valign == "middle" else p.y - h
            r = QRectF(x, y, w, h)
        pad = getattr(getattr(p, "pen", None), "width", 0) or 0
        rect = rect.united(r.adjusted(-pad, -pad, pad, pad))
    return rect
