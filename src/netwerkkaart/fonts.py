"""The one typeface of every map: DejaVu Sans 2.37, shipped in ``resources/fonts/``.

The layout measures text with these TTFs' metrics (``layout/text.py``, through reportlab),
the screen paints with the same files (``ui/painting.py`` registers them with Qt) and the PDF
report embeds them, so a label that fits in the layout fits on screen and on paper alike.
This module knows where the files are and registers them with reportlab, once. No Qt here.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "DejaVu Sans"
"""The family name inside the TTFs (their ``name`` table): what Qt knows them by."""
REGULAR_FILE = "DejaVuSans.ttf"
BOLD_FILE = "DejaVuSans-Bold.ttf"
PDF_REGULAR = "DejaVuSans"
"""reportlab's name for the regular face; also the name of the reportlab font family."""
PDF_BOLD = "DejaVuSans-Bold"

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
"""``resources/`` sits at the repository root, next to ``src/``."""


class FontFilesMissing(FileNotFoundError):
    """The shipped TTFs are not where this checkout or installation should have them."""


def font_file(bold: bool = False) -> Path:
    """The shipped TTF of the regular or the bold face."""
    path = FONTS_DIR / (BOLD_FILE if bold else REGULAR_FILE)
    if not path.is_file():
        raise FontFilesMissing(
            f"Lettertype {path.name} ontbreekt: verwacht in {FONTS_DIR} "
            "(resources/fonts/ naast src/ in de projectmap)."
        )
    return path


def font_files() -> tuple[Path, Path]:
    """Regular and bold, in that order."""
    return font_file(False), font_file(True)


@cache
def register_pdf_fonts() -> str:
    """Register both faces and their family with reportlab (once); returns the family name.

    The family mapping lets reportlab's ``<b>`` markup (and ``tt2ps``) find the bold face;
    italics map to the upright faces because the maps never use them.
    """
    regular, bold = font_files()
    pdfmetrics.registerFont(TTFont(PDF_REGULAR, str(regular)))
    pdfmetrics.registerFont(TTFont(PDF_BOLD, str(bold)))
    pdfmetrics.registerFontFamily(
        PDF_REGULAR, normal=PDF_REGULAR, bold=PDF_BOLD, italic=PDF_REGULAR, boldItalic=PDF_BOLD
    )
    return PDF_REGULAR


def pdf_font_name(bold: bool = False) -> str:
    """The registered reportlab font name of a face, for ``stringWidth`` and ``setFont``."""
    register_pdf_fonts()
    return PDF_BOLD if bold else PDF_REGULAR
