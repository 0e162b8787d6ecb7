"""The current map as PNG or SVG, at a privacy level, bounded in size and memory.

The picture comes from :func:`netwerkkaart.report.drawing.map_drawing`: the layout of the full
case in its stored placement, the words of the privacy level, so that image, PDF and screen
share one geometry. A PNG is capped at :data:`MAX_PIXELS` (and :data:`MAX_SIDE` a side): a
2,000-person family tree at scale 2 would be 200,000 pixels wide and need gigabytes; capped,
the image stays under about 200 MB while drawn, and the caller says that the cap applied.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from ..layout.style import DEFAULT_STYLE, MapStyle
from ..model import Case, MapKind
from ..report.drawing import MapDrawing, map_drawing
from ..report.privacy import Privacy, redaction
from .painting import paint

MAX_PIXELS = 40_000_000
"""About 160 MB of image memory at 4 bytes a pixel."""
MAX_SIDE = 16_384
MARGIN = 40.0


class ExportError(Exception):
    """The map cannot be exported; ``str(err)`` is a Dutch message."""


@dataclass(frozen=True)
class ImageExport:
    data: bytes
    width: int
    height: int
    scale: float
    """The scale used (pixels per scene unit)."""
    capped: bool
    """The asked scale was lowered to stay within :data:`MAX_PIXELS` / :data:`MAX_SIDE`."""


def _drawing(case: Case, kind: MapKind, privacy: Privacy, style: MapStyle) -> MapDrawing:
    drawing = map_drawing(case, kind, redaction(case, privacy), style)
    if drawing is None:
        raise ExportError("Deze kaart is leeg of kan niet worden getekend; er is niets "
                          "geëxporteerd.")
    return drawing


def capped_scale(width: float, height: float, scale: float) -> tuple[float, bool]:
    """The scale to use for a picture of ``width`` x ``height`` scene units."""
    if not math.isfinite(scale) or scale <= 0:
        raise ExportError("De vergroting moet een getal groter dan 0 zijn.")
    best = min(scale, MAX_SIDE / max(width, 1.0), MAX_SIDE / max(height, 1.0),
               math.sqrt(MAX_PIXELS / max(width * height, 1.0)))
    return best, best < scale - 1e-9


def _paint(painter: QPainter, drawing: MapDrawing) -> None:
    x0, y0, _x1, _y1 = drawing.bounds
    painter.translate(MARGIN - x0, MARGIN - y0)
    for g in drawing.groups:
        painter.save()
        painter.translate(*g.anchor)
        paint(painter, g.prims)
        painter.restore()


def map_png(case: Case, kind: MapKind, privacy: Privacy = Privacy.FULL, scale: float = 2.0,
            style: MapStyle = DEFAULT_STYLE) -> ImageExport:
    drawing = _drawing(case, kind, privacy, style)
    x0, y0, x1, y1 = drawing.bounds
    w, h = x1 - x0 + 2 * MARGIN, y1 - y0 + 2 * MARGIN
    used, capped = capped_scale(w, h, scale)
    image = QImage(max(1, int(w * used)), max(1, int(h * used)), QImage.Format.Format_RGB32)
    image.fill(QColor(style.background))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    painter.scale(used, used)
    _paint(painter, drawing)
    painter.end()
    buf = QByteArray()
    device = QBuffer(buf)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(device, "PNG")
    device.close()
    return ImageExport(bytes(buf.data()), image.width(), image.height(), used, capped)


def map_svg(case: Case, kind: MapKind, privacy: Privacy = Privacy.FULL,
            style: MapStyle = DEFAULT_STYLE) -> ImageExport:
    drawing = _drawing(case, kind, privacy, style)
    x0, y0, x1, y1 = drawing.bounds
    w, h = x1 - x0 + 2 * MARGIN, y1 - y0 + 2 * MARGIN
    buf = QByteArray()
    device = QBuffer(buf)
    device.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(device)
    gen.setSize(QSize(int(w), int(h)))
    gen.setViewBox(QRectF(0, 0, w, h))
    gen.setTitle(kind.value)  # never a name: the title travels with the file
    painter = QPainter(gen)
    painter.fillRect(QRectF(0, 0, w, h), QColor(style.background))
    _paint(painter, drawing)
    painter.end()
    device.close()
    return ImageExport(bytes(buf.data()), int(w), int(h), 1.0, False)


def export_map(case: Case, kind: MapKind, out: Path, privacy: Privacy = Privacy.FULL,
               scale: float = 2.0, style: MapStyle = DEFAULT_STYLE) -> ImageExport:
    """Write the map to ``out`` (.png or .svg, atomically)."""
    from ..io.atomic import write_atomic

    suffix = out.suffix.lower()
    if suffix == ".png":
        result = map_png(case, kind, privacy, scale, style)
    elif suffix == ".svg":
        result = map_svg(case, kind, privacy, style)
    else:
        raise ExportError("Kies een bestandsnaam die eindigt op .png of .svg.")
    write_atomic(out, result.data)
    return result
