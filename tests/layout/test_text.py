"""Qt-free text measurement: the shipped DejaVu Sans metrics, no fudge factor, greedy wrap."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

from netwerkkaart import fonts
from netwerkkaart.layout.text import text_width, wrap
from tests.names import MAP_TEXT_SIZES, NAMES


def advance_sum(text: str, size: float, bold: bool) -> float:
    """The width straight from the TTF: advance widths from hmtx, in font units."""
    face = TTFontFile(str(fonts.font_file(bold)))
    units = sum(face.hmetrics[face.charToGlyph[ord(c)]][0] for c in text)
    return units / face.unitsPerEm * size


@pytest.mark.parametrize("bold", [False, True])
def test_width_is_the_sum_of_the_shipped_fonts_advances(bold: bool) -> None:
    for name in NAMES:
        for size in MAP_TEXT_SIZES:
            assert text_width(name, size, bold) == pytest.approx(advance_sum(name, size, bold))


def test_a_year_label_is_28_px_wide_at_the_small_size() -> None:
    # DejaVu Sans digits advance 1303/2048 em; Helvetica * 1.06 (the old metric) gave 25.9.
    assert text_width("0000", 11.0) == pytest.approx(4 * 1303 / 2048 * 11.0)
    assert text_width("2000", 11.0, bold=True) > text_width("2000", 11.0)


def test_wrap_keeps_lines_within_the_width_unless_one_word_is_longer() -> None:
    for name in NAMES:
        lines = wrap(name, 14.0, 130.0)
        assert 1 <= len(lines) <= 2
        for line in lines:
            assert text_width(line, 14.0) <= 130.0 or " " not in line.rstrip("…")


def test_wrap_breaks_a_name_that_would_overflow_the_label() -> None:
    # 132.5 px in DejaVu Sans at 14 px: one line under the old metric, two now.
    assert wrap("Aaltje de Vries-Kok", 14.0, 130.0) == ["Aaltje de", "Vries-Kok"]
