"""Render a map to PNG or SVG with the very scene code the window uses (no window needed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from ..layout.style import DEFAULT_STYLE, MapStyle
from ..model import Case, MapKind
from .scene import MapScene
from .session import CaseSession


def render_map(case: Case, kind: MapKind, out: Path, scale: float = 2.0,
               style: MapStyle = DEFAULT_STYLE) -> Path:
    session = CaseSession(case)
    scene = MapScene(session, kind)
    scene.set_style(style)
    return _render(scene, kind, out, scale)


def _render(scene: MapScene, kind: MapKind, out: Path, scale: float) -> Path:
    scene.clearSelection()
    rect: QRectF = scene.itemsBoundingRect().adjusted(-40, -40, 40, 40)
    scene.setSceneRect(rect)
    if out.suffix.lower() == ".svg":
        gen = QSvgGenerator()
        gen.setFileName(str(out))
        gen.setSize(QSize(int(rect.width()), int(rect.height())))
        gen.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
        gen.setTitle(kind.value)
        painter = QPainter(gen)
        scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
        painter.end()
        return out
    image = QImage(int(rect.width() * scale), int(rect.height() * scale),
                   QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), rect,
                 Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    if not image.save(str(out)):
        raise OSError(f"kan {out.name} niet schrijven")
    return out
