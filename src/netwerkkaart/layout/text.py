"""Qt-free text measurement, close enough to the screen font for layout decisions.

Uses reportlab's Helvetica metrics (a sans face of the same widths as the UI font to within a
few percent); labels get a safety margin on top.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth


@lru_cache(maxsize=4096)
def text_width(text: str, size: float, bold: bool = False) -> float:
    return float(stringWidth(text, "Helvetica-Bold" if bold else "Helvetica", size)) * 1.06


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
