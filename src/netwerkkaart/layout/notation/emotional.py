"""Emotional relationship lines of the genogram (domain reference section 2.1), Qt-free.

Every line follows a gentle arc (a quadratic curve bulging sideways) from the edge of one
symbol to the edge of the other, so it stays apart from the straight couple and child lines:

* close = 2 parallel lines, fused = 3 parallel lines, distant = one dotted line;
* conflict / hostile = zigzag, close-hostile = zigzag over 2 parallel lines;
* cutoff = a line broken by two short bars;
* focused-on = line with an arrow towards ``b``;
* abuse (physical / emotional / sexual) = zigzag with an arrow from the abuser ``a`` to ``b``,
  told apart by colour and a letter (F, E, S) at the middle of the line.

Emotional lines use their own colours (:data:`EMOTIONAL_COLORS`) so that they never look like
family lines.
"""

from __future__ import annotations

import math

from ...model.enums import EmotionalKind
from ..primitives import Pen, Point, Polygon, Polyline, Primitive, Text

EMOTIONAL_COLORS: dict[EmotionalKind, str] = {
    EmotionalKind.CLOSE: "#2a6fb0",
    EmotionalKind.FUSED: "#1f4e8c",
    EmotionalKind.DISTANT: "#5b7fa6",
    EmotionalKind.CONFLICT: "#c0392b",
    EmotionalKind.CLOSE_HOSTILE: "#a8326e",
    EmotionalKind.CUTOFF: "#7a4b2a",
    EmotionalKind.FOCUSED_ON: "#2a6fb0",
    EmotionalKind.ABUSE_PHYSICAL: "#b3001b",
    EmotionalKind.ABUSE_EMOTIONAL: "#7d3c98",
    EmotionalKind.ABUSE_SEXUAL: "#d35400",
}

ABUSE_LETTERS: dict[EmotionalKind, str] = {
    EmotionalKind.ABUSE_PHYSICAL: "F",
    EmotionalKind.ABUSE_EMOTIONAL: "E",
    EmotionalKind.ABUSE_SEXUAL: "S",
}
"""Letter at the middle of an abuse line: Fysiek, Emotioneel, Seksueel."""

LINE_WIDTH = 1.6
PARALLEL_GAP = 4.0
"""Distance between neighbouring parallel lines (close, fused, close-hostile)."""
ZIGZAG_STEP = 7.0
ZIGZAG_AMPLITUDE = 5.0
ZIGZAG_LEAD = 8.0
"""Straight stretch at both ends of a zigzag, so it meets the symbols cleanly."""
ARROW_LENGTH = 11.0
ARROW_HALF_WIDTH = 5.0
BAR_HALF = 7.0
CUTOFF_GAP = 8.0
"""Length of the break between the two cutoff bars."""
SAMPLES = 32


def emotional_label(kind: EmotionalKind) -> str:
    """Dutch legend text for an emotional relationship (the one label table)."""
    from ...labels import label

    return label(kind)


class _Path:
    """A quadratic curve from ``start`` to ``end`` sampled by arc length."""

    def __init__(self, start: Point, end: Point, bulge: float) -> None:
        (x0, y0), (x2, y2) = start, end
        dx, dy = x2 - x0, y2 - y0
        length = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / length, dx / length  # left of the direction start -> end
        cx, cy = (x0 + x2) / 2 + nx * 2 * bulge, (y0 + y2) / 2 + ny * 2 * bulge
        self.points: list[Point] = []
        for i in range(SAMPLES + 1):
            t = i / SAMPLES
            u = 1 - t
            self.points.append(
                (u * u * x0 + 2 * u * t * cx + t * t * x2, u * u * y0 + 2 * u * t * cy + t * t * y2)
            )
        self.cum = [0.0]
        for (ax, ay), (bx, by) in zip(self.points, self.points[1:], strict=False):
            self.cum.append(self.cum[-1] + math.hypot(bx - ax, by - ay))
        self.length = self.cum[-1]

    def at(self, s: float) -> tuple[Point, Point]:
        """Point and unit left normal at arc length ``s``."""
        s = min(max(s, 0.0), self.length)
        i = 1
        while i < len(self.cum) - 1 and self.cum[i] < s:
            i += 1
        (ax, ay), (bx, by) = self.points[i - 1], self.points[i]
        seg = self.cum[i] - self.cum[i - 1] or 1.0
        f = (s - self.cum[i - 1]) / seg
        tx, ty = (bx - ax) / seg, (by - ay) / seg
        return (ax + f * (bx - ax), ay + f * (by - ay)), (-ty, tx)

    def offset(self, d: float, s0: float = 0.0, s1: float | None = None) -> tuple[Point, ...]:
        """The stretch from ``s0`` to ``s1`` shifted ``d`` to the left."""
        s1 = self.length if s1 is None else s1
        steps = max(2, int((s1 - s0) / 6))
        out: list[Point] = []
        for i in range(steps + 1):
            (x, y), (nx, ny) = self.at(s0 + (s1 - s0) * i / steps)
            out.append((round(x + nx * d, 2), round(y + ny * d, 2)))
        return tuple(out)

    def zigzag(self, amplitude: float, s1: float | None = None) -> tuple[Point, ...]:
        s1 = self.length if s1 is None else s1
        lead = min(ZIGZAG_LEAD, s1 / 4)
        n = max(2, int((s1 - 2 * lead) / ZIGZAG_STEP))
        step = (s1 - 2 * lead) / n
        pts: list[Point] = [self.at(0.0)[0], self.at(lead)[0]]
        for i in range(1, n):
            (x, y), (nx, ny) = self.at(lead + i * step)
            sign = 1 if i % 2 else -1
            pts.append((x + nx * amplitude * sign, y + ny * amplitude * sign))
        pts += [self.at(s1 - lead)[0], self.at(s1)[0]]
        return tuple((round(x, 2), round(y, 2)) for x, y in pts)


def _arrow(path: _Path, color: str) -> Polygon:
    (tx, ty), _ = path.at(path.length)
    (bx, by), (nx, ny) = path.at(path.length - ARROW_LENGTH)
    return Polygon(
        ((tx, ty), (bx + nx * ARROW_HALF_WIDTH, by + ny * ARROW_HALF_WIDTH),
         (bx - nx * ARROW_HALF_WIDTH, by - ny * ARROW_HALF_WIDTH)),
        pen=Pen(color, 1.0),
        fill=color,
    )


def emotional_prims(
    kind: EmotionalKind, start: Point, end: Point, bulge: float = 0.0
) -> tuple[Primitive, ...]:
    """The notation of ``kind`` from ``start`` (person a) to ``end`` (person b).

    ``bulge`` is how far the middle of the line lies to the left of the straight line from
    start to end (0 draws it straight).
    """
    color = EMOTIONAL_COLORS[kind]
    pen = Pen(color, LINE_WIDTH)
    path = _Path(start, end, bulge)
    directed = kind.directed
    stop = path.length - (ARROW_LENGTH * 0.8 if directed else 0.0)
    prims: list[Primitive] = []
    if kind == EmotionalKind.CLOSE:
        prims += [Polyline(path.offset(d), pen) for d in (-PARALLEL_GAP / 2, PARALLEL_GAP / 2)]
    elif kind == EmotionalKind.FUSED:
        prims += [Polyline(path.offset(d), pen) for d in (-PARALLEL_GAP, 0.0, PARALLEL_GAP)]
    elif kind == EmotionalKind.DISTANT:
        prims.append(Polyline(path.offset(0.0), Pen(color, LINE_WIDTH, "dot")))
    elif kind == EmotionalKind.CONFLICT:
        prims.append(Polyline(path.zigzag(ZIGZAG_AMPLITUDE), pen))
    elif kind == EmotionalKind.CLOSE_HOSTILE:
        prims += [Polyline(path.offset(d), pen) for d in (-PARALLEL_GAP / 2, PARALLEL_GAP / 2)]
        prims.append(Polyline(path.zigzag(ZIGZAG_AMPLITUDE + PARALLEL_GAP / 2), pen))
    elif kind == EmotionalKind.CUTOFF:
        mid = path.length / 2
        half_gap = min(CUTOFF_GAP / 2, path.length / 6)
        prims.append(Polyline(path.offset(0.0, 0.0, mid - half_gap), pen))
        prims.append(Polyline(path.offset(0.0, mid + half_gap), pen))
        for s in (mid - half_gap, mid + half_gap):
            prims.append(Polyline(_bar(path, s), pen))
    elif kind == EmotionalKind.FOCUSED_ON:
        prims.append(Polyline(path.offset(0.0, 0.0, stop), pen))
    else:  # the three kinds of abuse
        prims.append(Polyline(path.zigzag(ZIGZAG_AMPLITUDE, stop), pen))
        (mx, my), (nx, ny) = path.at(path.length / 2)
        far = ZIGZAG_AMPLITUDE + 9
        prims.append(Text(round(mx + nx * far, 2), round(my + ny * far, 2), ABUSE_LETTERS[kind],
                          size=11.0, bold=True, color=color, valign="middle"))
    if directed:
        prims.append(_arrow(path, color))
    return tuple(prims)


def _bar(path: _Path, s: float) -> tuple[Point, Point]:
    (x, y), (nx, ny) = path.at(s)
    return ((round(x - nx * BAR_HALF, 2), round(y - ny * BAR_HALF, 2)),
            (round(x + nx * BAR_HALF, 2), round(y + ny * BAR_HALF, 2)))
