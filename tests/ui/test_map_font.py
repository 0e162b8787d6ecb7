"""Screen text uses the shipped TTFs and measures exactly what the Qt-free layout measures."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

import numpy as np
import pytest
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QFontInfo,
    QFontMetricsF,
    QImage,
    QPainter,
    QRawFont,
)
from reportlab.pdfbase.ttfonts import TTFontFile

from netwerkkaart import fonts
from netwerkkaart.layout.primitives import Text
from netwerkkaart.layout.text import text_width
from netwerkkaart.ui import painting, qt_setup
from netwerkkaart.ui.qt_setup import install_map_font
from tests.names import MAP_TEXT_SIZES, NAMES

pytestmark = pytest.mark.usefixtures("qapp")


def qt_width(text: str, size: float, bold: bool) -> float:
    """The width Qt shapes for the painted font, scaled as painting.py scales it."""
    font = painting.map_font(bold)
    return QFontMetricsF(font).horizontalAdvance(text) * size / font.pixelSize()


@pytest.fixture
def unregistered(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Forget that the map font was registered; record what gets registered from now on."""
    added: list[str] = []
    add = QFontDatabase.addApplicationFont

    def spy(path: str) -> int:
        added.append(path)
        return add(path)

    monkeypatch.setattr(QFontDatabase, "addApplicationFont", staticmethod(spy))
    monkeypatch.setattr(qt_setup, "_map_font_family", None)
    painting._reference_font.cache_clear()
    painting._reference_metrics.cache_clear()
    yield added
    painting._reference_font.cache_clear()
    painting._reference_metrics.cache_clear()


def test_painting_registers_the_shipped_files_once_on_first_use(unregistered: list[str]) -> None:
    painting.prims_bounds([Text(0.0, 0.0, "Zoë", bold=True), Text(0.0, 0.0, "Zoë")])
    painting.map_font()
    assert unregistered == [str(path) for path in fonts.font_files()]


def test_application_registers_the_shipped_files_once(unregistered: list[str]) -> None:
    qt_setup.application()
    qt_setup.application()
    assert unregistered == [str(path) for path in fonts.font_files()]


@pytest.mark.parametrize("bold", [False, True])
def test_qt_uses_the_shipped_files(bold: bool) -> None:
    family = install_map_font()
    assert family == fonts.FAMILY
    assert family in QFontDatabase.families()
    font = painting.map_font(bold)
    info = QFontInfo(font)
    assert (info.family(), info.bold()) == (fonts.FAMILY, bold)
    # The tables of the font Qt actually resolved are those of the shipped file (same version,
    # same advances), not some other DejaVu Sans or a condensed face the system may have.
    raw, face = QRawFont.fromFont(font), TTFontFile(str(fonts.font_file(bold)))
    for table in ("head", "hhea", "hmtx", "cmap"):
        assert bytes(raw.fontTable(table)) == face.get_table(table), table


@pytest.mark.parametrize("bold", [False, True])
def test_every_letter_of_the_names_has_a_glyph_in_qt(bold: bool) -> None:
    raw = QRawFont.fromFont(painting.map_font(bold))
    assert not {c for name in NAMES for c in name if not raw.supportsCharacter(ord(c))}


@pytest.mark.parametrize("size", MAP_TEXT_SIZES)
@pytest.mark.parametrize("bold", [False, True])
def test_layout_widths_agree_with_qt_within_2_percent(size: float, bold: bool) -> None:
    for name in NAMES:
        assert qt_width(name, size, bold) == pytest.approx(text_width(name, size, bold), rel=0.02)


@pytest.mark.parametrize("bold", [False, True])
def test_qt_adds_no_kerning_ligatures_or_hinting(bold: bool) -> None:
    # Measured difference is about 0.01% (Qt's 1/64 px advances at 100 px); a kerned "AV",
    # an "ffi" ligature or hinted advances each move these strings by 0.3% or more.
    for text in ("AVATAR Tavenier", "Griffioen Offringa", "fi fl ffi ff", "Wouter van 't Veld"):
        for size in MAP_TEXT_SIZES:
            assert qt_width(text, size, bold) == pytest.approx(
                text_width(text, size, bold), rel=0.001
            )


@pytest.mark.parametrize("align", ["left", "center", "right"])
def test_measured_bounds_of_a_text_are_its_layout_width(
    align: Literal["left", "center", "right"],
) -> None:
    for name in NAMES:
        for bold in (False, True):
            t = Text(100.0, 50.0, name, size=14.0, bold=bold, align=align)
            width = text_width(name, 14.0, bold)
            bounds = painting.prims_bounds([t])
            assert bounds.width() == pytest.approx(width, rel=1e-3)
            left = {"left": 100.0, "center": 100.0 - width / 2, "right": 100.0 - width}[align]
            assert bounds.left() == pytest.approx(left, abs=0.05)
            assert bounds.top() == 50.0 and 14.0 < bounds.height() < 14.0 * 1.3


def ink_columns(t: Text, canvas_width: float, scale: int = 4) -> tuple[float, float]:
    """Leftmost and rightmost inked x (scene units) of one painted Text, black on white."""
    image = QImage(int(canvas_width * scale), int(t.size * 3 * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    painting.paint(painter, [t])
    painter.end()
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
    pixels = pixels[:, : image.width() * 4].reshape(image.height(), image.width(), 4)
    inked = np.flatnonzero((pixels[..., :3].min(axis=2) < 128).any(axis=0))
    return inked[0] / scale, (inked[-1] + 1) / scale


@pytest.mark.parametrize("bold", [False, True])
def test_painted_text_spans_the_layout_width(bold: bool) -> None:
    # Ink differs from the advance box by the side bearings only: well under 0.15 em.
    for name in NAMES[:4]:
        for size in MAP_TEXT_SIZES:
            width = text_width(name, size, bold)
            t = Text(10.0 + width / 2, size, name, size=size, bold=bold, color="#000000")
            left, right = ink_columns(t, width + 20.0)
            assert left == pytest.approx(10.0, abs=0.15 * size)
            assert right == pytest.approx(10.0 + width, abs=0.15 * size)
