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


def _pieces(text: str) -> list[tuple[str, str]]:
    """Words, and double names split after their hyphens ("Yilmaz-" "de"), each with the
    separator that joins it to the piece before ("" after a hyphen, " " between words)."""
    out: list[tuple[str, str]] = []
    for word in text.split():
        parts = word.split("-")
        for i, part in enumerate(parts):
            piece = part + ("-" if i < len(parts) - 1 else "")
            if piece:
                out.append((piece, " " if i == 0 else ""))
    return out


def wrap(text: str, size: float, max_width: float, max_lines: int = 2) -> list[str]:
    """Greedy word wrap into at most ``max_lines`` lines; the last line gets an ellipsis.

    Lines break between words; only when that does not fit does a double name break after
    its hyphen ("Petra Yilmaz-" / "de Vries")."""
    words = [(w, " ") for w in text.split()]
    if not words:
        return []
    lines = _greedy(words, size, max_width)
    if len(lines) > max_lines or any(text_width(line, size) > max_width for line in lines):
        lines = _greedy(_pieces(text), size, max_width)
    if len(lines) > max_lines:
        head = lines[: max_lines - 1]
        tail = " ".join(lines[max_lines - 1 :])
        while tail and text_width(tail + "…", size) > max_width:
            tail = tail[:-1]
        lines = head + [tail.rstrip() + "…"]
    return lines


def _greedy(pieces: list[tuple[str, str]], size: float, max_width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for piece, joint in pieces:
        trial = f"{current}{joint if current else ''}{piece}"
        if not current or text_width(trial, size) <= max_width:
            current = trial
        else:
            lines.append(current)
            current = piece
    lines.append(current)
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
