"""Qt-free text measurement with the metrics of the shipped map font (see ``fonts.py``).

Widths come from the DejaVu Sans TTFs through reportlab: the same files the screen paints with
(``ui/painting.py`` shapes without kerning, ligatures or hinting to match) and the PDF embeds,
so layout decisions hold everywhere without a safety factor. Sizes are scene units (pixels).
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

from ..fonts import pdf_font_name


@lru_cache(maxsize=4096)
def text_width(text: str, size: float, bold: bool = False) -> float:
    """Advance width of one line of ``text`` at ``size`` pixels: the sum of its glyphs' advances."""
    return float(stringWidth(text, pdf_font_name(bold), size))


def wrap(text: str, size: float, max_width: float, max_lines: int = 2) -> list[str]:
    """Greedy word wrap into at most ``max_lines`` lines; the last line gets an ellipsis."""
    words = text.split()
    if not words:
        return []
    lines: list[str] = []
    current = ""
    for word in words:
        trial = f"{current} {word}".strip()
        if not current or text_width(trial, size) <= max_width:
            current = trial
        else:
            lines.append(current)
            current = word
    lines.append(current)
    if len(lines) > max_lines:
        head = lines[: max_lines - 1]
        tail = " ".join(lines[max_lines - 1 :])
        while tail and text_width(tail + "…", size) > max_width:
            tail = tail[:-1]
        lines = head + [tail.rstrip() + "…"]
    return lines


def clip(text: str, size: float, max_width: float, bold: bool = False) -> str:
    """``text`` shortened with an ellipsis until it fits ``max_width``."""
    if text_width(text, size, bold) <= max_width:
        return text
    while text and text_width(text + "…", size, bold) > max_width:
        text = text[:-1]
    return text.rstrip() + "…"


def wrap_within(text: str, size: float, max_width: float, max_lines: int = 2) -> list[str]:
    """Like :func:`wrap`, but no line is ever wider than ``max_width`` (a long word is
    shortened): for maps that promise labels never overlap."""
    return [clip(line, size, max_width) for line in wrap(text, size, max_width, max_lines)]
