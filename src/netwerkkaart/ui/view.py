"""The canvas: a QGraphicsView with zoom (Ctrl+wheel, Ctrl++/-), pan and fit-to-window."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from ..layout.style import DEFAULT_STYLE
from .scene import MapScene

MIN_ZOOM, MAX_ZOOM = 0.1, 4.0
READABLE = 9.0
"""Smallest name height (pixels on screen) a map opens with."""
NAME_SIZE = DEFAULT_STYLE.label_size
PRESENT_READABLE = 16.0
"""Smallest name height in presentation mode: read across the kitchen table."""


class MapView(QGraphicsView):
    sig_zoom_changed = Signal(float)
    """The zoom factor changed (1.0 = 100%)."""

    def __init__(self, scene: MapScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self._panning = False
        self._pan_from = None

    @property
    def map_scene(self) -> MapScene:
        scene = self.scene()
        assert isinstance(scene, MapScene)
        return scene

    def zoom(self) -> float:
        return float(self.transform().m11())

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        self.resetTransform()
        self.scale(factor, factor)
        self.sig_zoom_changed.emit(factor)

    def zoom_by(self, step: float) -> None:
        self.set_zoom(self.zoom() * step)

    def fit(self) -> None:
        rect: QRectF = self.map_scene.itemsBoundingRect().adjusted(-16, -16, 16, 16)
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:  # never blow a small map up beyond 100%
            self.set_zoom(1.0)
            self.centerOn(rect.center())
        self.sig_zoom_changed.emit(self.zoom())

    def open_view(self, readable: float = READABLE) -> None:
        """How a map first shows: fitted, or, when names would be smaller than ``readable``
        pixels, at the zoom where they are readable, centred on the client."""
        self.fit()
        name_size = self.map_scene.style.label_size
        if self.zoom() * name_size >= readable:
            return
        scene = self.map_scene
        client = scene.session.case.network.client_id
        item = scene.items_by_owner.get(("person", client or ""))
        self.set_zoom(readable / name_size)
        if item is not None:
            self.centerOn(item)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
        else:
            super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.MiddleButton:
            self._panning = True
            self._pan_from = event.position()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._panning and self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            h, v = self.horizontalScrollBar(), self.verticalScrollBar()
            h.setValue(h.value() - int(delta.x()))
            v.setValue(v.value() - int(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._panning and event.button() == Qt.MouseButton.MiddleButton:
            self._panning = False
            self.unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Arrow keys nudge the selected people (one undo step per run of nudges)."""
        steps = {Qt.Key.Key_Left: (-10, 0), Qt.Key.Key_Right: (10, 0),
                 Qt.Key.Key_Up: (0, -10), Qt.Key.Key_Down: (0, 10)}
        delta = steps.get(Qt.Key(event.key()))
        scene = self.map_scene
        people = scene.selected_people()
        if delta and people:
            factor = 5 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
            targets = {}
            for pid in people:
                pos = scene.items_by_owner[("person", pid)].pos()
                targets[pid] = (pos.x() + delta[0] * factor, pos.y() + delta[1] * factor)
            scene.move_people(targets, merge_key="nudge:" + ",".join(sorted(people)))
            event.accept()
            return
        super().keyPressEvent(event)
