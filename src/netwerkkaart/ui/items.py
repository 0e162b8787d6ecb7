"""Scene items: one per drawn model object, painting its Qt-free primitives.

A :class:`PersonItem` can be selected and dragged; it never changes the model itself, the
scene turns a finished drag into one move command. A :class:`LinkItem` draws a tie, couple
line, household or background and is selectable when it stands for a tie.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..layout.primitives import Ellipse, Group, Polygon, Polyline, Rect, Text
from .painting import paint, prims_bounds

SELECT_COLOUR = QColor("#2a7de1")


class GroupItem(QGraphicsItem):
    """Paints one :class:`Group`; subclasses decide how it behaves."""

    def __init__(self, group: Group) -> None:
        super().__init__()
        self.group = group
        self.setZValue(group.z)
        self.setPos(QPointF(*group.anchor))
        self._bounds = prims_bounds(group.prims).adjusted(-4, -4, 4, 4)

    @property
    def owner(self) -> tuple[str, str]:
        return self.group.owner

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.isSelected():
            self._paint_selection(painter)
        paint(painter, self.group.prims)

    def _paint_selection(self, painter: QPainter) -> None:
        painter.strokePath(self.shape(), QPen(QColor(42, 125, 225, 90), 10))


class PersonItem(GroupItem):
    def __init__(self, group: Group, movable: bool = True) -> None:
        super().__init__(group)
        flags = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        if movable:
            flags |= QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        self.setFlags(flags)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setAcceptHoverEvents(True)
        if group.bounds is not None:
            x, y, w, h = group.bounds
            self._hit = QRectF(x, y, w, h)
        else:
            self._hit = self._bounds

    @property
    def person_id(self) -> str:
        return self.group.owner[1]

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self._hit, 6, 6)
        return path

    def boundingRect(self) -> QRectF:  # noqa: N802
        return self._bounds.united(self._hit.adjusted(-6, -6, 6, 6))

    def _paint_selection(self, painter: QPainter) -> None:
        painter.setPen(QPen(SELECT_COLOUR, 3))
        painter.setBrush(QColor(42, 125, 225, 28))
        painter.drawRoundedRect(self._hit.adjusted(-3, -3, 3, 3), 8, 8)


class LinkItem(GroupItem):
    def __init__(self, group: Group) -> None:
        super().__init__(group)
        if group.owner[0] == "tie":
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._shape = self._stroke_shape()

    def _stroke_shape(self) -> QPainterPath:
        path = QPainterPath()
        for p in self.group.prims:
            if isinstance(p, Polyline | Polygon) and p.points:
                path.moveTo(*p.points[0])
                for pt in p.points[1:]:
                    path.lineTo(*pt)
            elif isinstance(p, Ellipse):
                path.addEllipse(QPointF(p.cx, p.cy), p.rx, p.ry)
            elif isinstance(p, Rect):
                path.addRect(p.x, p.y, p.w, p.h)
            elif isinstance(p, Text):
                path.addRect(prims_bounds([p]))
        stroker = QPainterPathStroker()
        stroker.setWidth(12)
        return stroker.createStroke(path)

    def shape(self) -> QPainterPath:
        if self.group.owner[0] in ("tie", "union"):
            return self._shape
        return super().shape()
