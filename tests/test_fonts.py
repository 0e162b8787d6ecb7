"""The shipped map font: the files, their glyphs, and reportlab embedding them in a PDF."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase.ttfonts import TTFontFile
from reportlab.pdfgen.canvas import Canvas

from netwerkkaart import fonts
from tests.names import NAMES

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("bold", [False, True])
def test_shipped_files_are_dejavu_sans_2_37(bold: bool) -> None:
    path = fonts.font_file(bold)
    assert path.parent == ROOT / "resources" / "fonts"
    face = TTFontFile(str(path))
    assert face.familyName.decode() == fonts.FAMILY
    assert face.styleName.decode() == ("Bold" if bold else "Book")
    major, fraction = face.fontRevision
    assert round(major + fraction / 65536, 2) == 2.37


def test_licence_ships_with_the_fonts() -> None:
    text = (fonts.FONTS_DIR / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera is a trademark of Bitstream, Inc." in text
    assert "DejaVu changes are in public domain." in text


def test_missing_font_files_are_named_in_the_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "FONTS_DIR", tmp_path)
    with pytest.raises(fonts.FontFilesMissing, match=re.escape(str(tmp_path))):
        fonts.font_files()


@pytest.mark.parametrize("bold", [False, True])
def test_every_letter_of_the_names_is_in_the_font(bold: bool) -> None:
    char_to_glyph = TTFontFile(str(fonts.font_file(bold))).charToGlyph
    missing = {c for name in NAMES for c in name if char_to_glyph.get(ord(c), 0) == 0}
    assert not missing  # glyph 0 is .notdef: a box (tofu) on screen and on paper


def test_reportlab_knows_the_family_with_its_bold_face() -> None:
    assert fonts.register_pdf_fonts() == fonts.register_pdf_fonts() == fonts.PDF_REGULAR
    assert tt2ps(fonts.PDF_REGULAR, 1, 0) == fonts.pdf_font_name(bold=True) == fonts.PDF_BOLD
    assert tt2ps(fonts.PDF_REGULAR, 0, 0) == fonts.pdf_font_name() == fonts.PDF_REGULAR


def test_names_draw_into_a_pdf_with_the_font_subsets_embedded() -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pageCompression=0, invariant=1)
    y = 800.0
    for bold in (False, True):
        canvas.setFont(fonts.pdf_font_name(bold), 14)
        for name in NAMES:
            canvas.drawString(40, y, name)
            y -= 20
    canvas.save()
    pdf = buffer.getvalue()
    embedded = set(re.findall(rb"/BaseFont /[A-Z]{6}\+(\S+)", pdf))
    assert embedded == {b"DejaVuSans", b"DejaVuSans-Bold"}
    assert pdf.count(b"/FontFile2") == 2
    # Each subset's ToUnicode map lists the letters drawn with it.
    for char in {c for name in NAMES for c in name if ord(c) > 127}:
        assert pdf.count(f"<{ord(char):04X}>".encode()) >= 2, char
