"""Then versus now on a map: the later moment's map with the changes marked. Qt-free.

:func:`comparison_drawing` draws a map of the later moment of a
:class:`~netwerkkaart.analysis.compare.Comparison` through the registry, with

* people who joined marked with a "NIEUW" tag;
* people the map showed then and does not show now (they left, or died) back in the picture
  as faded, dashed outlines with the word "vertrokken" or "overleden";
* support and emotional ties that changed drawn heavier with the change in words at their
  middle ("sterker", "zwakker", "belastend"...); ties that ended as faded dashed lines;
* people who moved ring, sector or category with "was: ..." under them;
* a title and a legend of these marks above the map.

Every mark carries words or a line style, so the picture reads without colour. Screen, image
and PDF share this drawing.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from ..analysis.compare import Comparison, TieChangeKind
from ..i18n import tr
from ..model import Case, CaseError, MapKind, validate_case
from ..model.ties import ParentChildTie, PartnershipTie
from .primitives import Ellipse, Group, Pen, Polygon, Polyline, Primitive, Rect, Text
from .registry import MapLayout, map_layout, map_spec
from .style import DEFAULT_STYLE, MapStyle
from .text import text_width

GHOST = "#9a9a9a"
GHOST_TEXT = "#7a7a7a"
MARK = "#1f4e79"
"""Marks are dark blue; their words say the same."""
Z_MARK = 60.0

Box = tuple[float, float, float, float]

TIE_WORDS = {
    TieChangeKind.STRONGER: "sterker",
    TieChangeKind.WEAKER: "zwakker",
    TieChangeKind.STRESSFUL: "belastend",
    TieChangeKind.NO_LONGER_STRESSFUL: "niet meer belastend",
    TieChangeKind.NEW: "nieuw",
    TieChangeKind.ENDED: "verdwenen",
}


@dataclass(frozen=True)
class ComparisonCase:
    case: Case
    """The later moment, with the ghosts added."""
    ghosts: frozenset[str]
    ghost_ties: frozenset[str]


def comparison_case(cmp: Comparison, kind: MapKind) -> ComparisonCase:
    """The later case plus, as ghosts, whom the map showed then and does not show now (in
    their old ring, sector or category), and the support and emotional ties that ended."""
    spec = map_spec(kind)
    now, then = cmp.now.case, cmp.then.case
    shown_now = set(spec.shows(now))
    ghosts = [pid for pid in spec.shows(then) if pid not in shown_now]
    ended = {c.tie_then for c in cmp.ties if c.change is TieChangeKind.ENDED and c.tie_then}
    if not ghosts and not ended:
        return ComparisonCase(now, frozenset(), frozenset())
    people = dict(now.network.people)
    for pid in ghosts:
        people[pid] = then.network.people[pid]
    ties = dict(now.network.ties)
    ghost_ties: set[str] = set()
    for tid, tie in then.network.ties.items():
        if tid in ties or not {tie.a, tie.b} <= people.keys():
            continue
        if tid in ended or {tie.a, tie.b} & set(ghosts):
            ties[tid] = tie
            ghost_ties.add(tid)
    circle, eco = now.circle, now.views.ecogram
    cells = dict(circle.cells)
    places = dict(eco.places)
    for pid in ghosts:
        cell = then.circle.cells.get(pid)
        if cell is not None and cell.ring in circle.rings and cell.sector in circle.sectors:
            cells[pid] = cell
        if pid in then.views.ecogram.places:
            places[pid] = then.views.ecogram.places[pid]
    views = now.views.with_view(MapKind.NETWERKKAART, circle.model_copy(update={"cells": cells}))
    views = views.with_view(MapKind.ECOGRAM, eco.model_copy(update={"places": places}))
    for family_too in (True, False):
        keep = {tid: t for tid, t in ties.items() if family_too or tid not in ghost_ties
                or not isinstance(t, ParentChildTie | PartnershipTie)}
        net = now.network.replace(people=people, ties=keep)
        case = now.model_copy(update={"network": net, "views": views, "snapshots": ()})
        try:
            validate_case(case)
        except CaseError:
            continue  # e.g. a third parent: the ghost stands without its family lines
        return ComparisonCase(case, frozenset(ghosts), frozenset(ghost_ties & keep.keys()))
    return ComparisonCase(now, frozenset(), frozenset())


def comparison_drawing(cmp: Comparison, kind: MapKind, style: MapStyle = DEFAULT_STYLE,
                       previous: MapLayout | None = None, today: str | None = None,
                       words: Callable[[Case], Case] | None = None,
                       title: str | None = None) -> tuple[list[Group], MapLayout, Case]:
    """The marked map: its groups, its layout and the case it was laid out from.

    ``words`` turns that case into the one whose words are drawn (a privacy level's names;
    the shape stays); ``title`` replaces the legend's title (e.g. without dates)."""
    spec = map_spec(kind)
    made = comparison_case(cmp, kind)
    layout = map_layout(made.case, kind, style, previous=previous)
    shown = words(made.case) if words is not None else made.case
    groups = spec.draw(shown, style, layout, today)
    return mark_changes(groups, cmp, made, kind, style, title), layout, made.case


def mark_changes(groups: Iterable[Group], cmp: Comparison, made: ComparisonCase,
                 kind: MapKind, style: MapStyle, title: str | None = None) -> list[Group]:
    joined = set(cmp.joined)
    died = set(cmp.died)
    changed = {c.tie_now: c.change for c in cmp.ties if c.tie_now}
    moved = was_words(cmp, kind)
    symbol = style.symbol if kind is MapKind.GENOGRAM else style.radial_symbol
    out: list[Group] = []
    used: set[str] = set()
    for g in groups:
        what, oid = g.owner
        if what == "person" and oid in made.ghosts:
            word = tr("overleden") if oid in died else tr("vertrokken")
            out.append(_faded(g, word, style))
            used.add("ghost")
        elif what == "person" and oid in joined:
            out.append(_tagged(g, tr("NIEUW"), symbol, style))
            used.add("new")
        elif what == "person" and oid in moved:
            out.append(_under(g, tr("was: {what}", what=", ".join(moved[oid])), style))
            used.add("was")
        elif what == "tie" and oid in made.ghost_ties:
            out.append(_faded_line(g, tr(TIE_WORDS[TieChangeKind.ENDED]), style))
            used.add("ghost")
        elif what == "tie" and oid in changed:
            out.append(_heavier(g, tr(TIE_WORDS[changed[oid]]), style))
            used.add("tie")
        else:
            out.append(g)
    box = _bounds(out)
    if box is not None:
        out.append(legend(cmp, style, (box[0], box[1]), title, used))
    return out


def was_words(cmp: Comparison, kind: MapKind) -> dict[str, list[str]]:
    """What stood different at the earlier moment, per person who stayed: the ring, sector
    or category on this map, the hours per week, the load band."""
    from ..model.care import format_hours

    out: dict[str, list[str]] = {}
    for m in cmp.moves:
        if m.map is kind:
            out.setdefault(m.person, []).append(m.before)
    for c in cmp.hours_by_person:
        if c.key not in cmp.joined and c.key not in cmp.left:
            out.setdefault(c.key, []).append(tr("{h} u", h=format_hours(c.before)))
    for lc in cmp.load:
        if lc.band_changed and lc.before is not None and lc.before.band:
            out.setdefault(lc.person, []).append(lc.before.band)
    return out


# -- the marks ----------------------------------------------------------------------------


def _faded(g: Group, word: str, style: MapStyle) -> Group:
    prims = [_fade(p, style) for p in g.prims]
    box = _prims_box(g.prims)
    y = box[3] + 4 if box else 0.0
    prims.append(Text(0.0, y, f"({word})", size=style.small_size, color=GHOST_TEXT,
                      background=style.background))
    return replace(g, prims=tuple(prims), z=g.z - 1)


def _fade(p: Primitive, style: MapStyle) -> Primitive:
    if isinstance(p, Text):
        return replace(p, color=GHOST_TEXT)
    pen = Pen(GHOST, max(1.0, p.pen.width), "dash") if p.pen.width > 0 else p.pen
    if isinstance(p, Rect | Ellipse | Polygon):
        return replace(p, pen=pen, fill=style.background if p.fill else None)
    return replace(p, pen=pen)


def _faded_line(g: Group, word: str, style: MapStyle) -> Group:
    prims = [_fade(p, style) for p in g.prims]
    mid = _middle(g.prims)
    if mid is not None:
        prims.append(Text(mid[0], mid[1], word, size=style.small_size, color=GHOST_TEXT,
                          valign="middle", background=style.background))
    return replace(g, prims=tuple(prims))


def _heavier(g: Group, word: str, style: MapStyle) -> Group:
    prims: list[Primitive] = []
    for p in g.prims:
        if isinstance(p, Polyline):
            prims.append(replace(p, pen=replace(p.pen, width=p.pen.width * 2 + 1)))
        else:
            prims.append(p)
    spot = _free_spot(g.prims, word, style)
    if spot is not None:
        prims += _pill(spot[0], spot[1], word, style, bold=True, valign="middle")
    return replace(g, prims=tuple(prims), z=max(g.z, 6.0))


SPOTS = (0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75)
"""Where along a changed line its word may go, best first: the middle, then further out."""


def _free_spot(prims: tuple[Primitive, ...], word: str,
               style: MapStyle) -> tuple[float, float] | None:
    """A point on the line for the word's pill that covers none of the line's own words (the
    SOFA letters on a support line); the middle when there is none."""
    line = _longest_line(prims)
    if line is None:
        return None
    words = [_prim_box(p) for p in prims if isinstance(p, Text)]
    w, h = text_width(word, style.small_size, True) + 10, style.small_size * 1.5
    for t in SPOTS:
        x, y = _along(line, t)
        box = (x - w / 2 - 2, y - h / 2 - 2, x + w / 2 + 2, y + h / 2 + 2)
        if not any(_overlap(box, b) for b in words):
            return x, y
    return _along(line, 0.5)


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _tagged(g: Group, word: str, symbol: float, style: MapStyle) -> Group:
    x = -symbol / 2 - 4
    y = -symbol / 2 - 6
    w = text_width(word, style.small_size, True) + 10
    prims = list(g.prims) + _pill(x - w / 2 + 8, y, word, style, bold=True, valign="middle")
    return replace(g, prims=tuple(prims), z=max(g.z, Z_MARK - 1))


def _under(g: Group, words: str, style: MapStyle) -> Group:
    box = _prims_box(g.prims)
    y = box[3] + 4 if box else 0.0
    prims = list(g.prims) + [Text(0.0, y, words, size=style.small_size, color=MARK,
                                  background=style.background)]
    # above the lines (changed ones too), so its background keeps them off the words
    return replace(g, prims=tuple(prims), z=max(g.z, Z_MARK))


def _pill(x: float, y: float, word: str, style: MapStyle, bold: bool = False,
          valign: str = "middle") -> list[Primitive]:
    size = style.small_size
    w = text_width(word, size, bold) + 10
    h = size * 1.5
    return [Rect(x - w / 2, y - h / 2, w, h, Pen(MARK, 1.5), "#ffffff", radius=h / 2),
            Text(x, y, word, size=size, bold=bold, color=MARK, valign="middle")]


def _middle(prims: Iterable[Primitive]) -> tuple[float, float] | None:
    line = _longest_line(prims)
    return _along(line, 0.5) if line is not None else None


def _longest_line(prims: Iterable[Primitive]) -> Polyline | None:
    """The line a group is about (a tie's path, not its arrowhead)."""
    lines = [p for p in prims if isinstance(p, Polyline) and len(p.points) >= 2]
    return max(lines, key=_length) if lines else None


def _along(line: Polyline, fraction: float) -> tuple[float, float]:
    """The point ``fraction`` of the way along ``line``."""
    rest = _length(line) * fraction
    for (x0, y0), (x1, y1) in zip(line.points, line.points[1:], strict=False):
        seg = math.hypot(x1 - x0, y1 - y0)
        if seg >= rest and seg > 0:
            t = rest / seg
            return x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
        rest -= seg
    return line.points[-1]


def _length(line: Polyline) -> float:
    return sum(math.hypot(x1 - x0, y1 - y0)
               for (x0, y0), (x1, y1) in zip(line.points, line.points[1:], strict=False))


def _prim_box(p: Primitive) -> Box:
    if isinstance(p, Rect):
        return p.x, p.y, p.x + p.w, p.y + p.h
    if isinstance(p, Ellipse):
        return p.cx - p.rx, p.cy - p.ry, p.cx + p.rx, p.cy + p.ry
    if isinstance(p, Polygon | Polyline):
        xs = [x for x, _ in p.points] or [0.0]
        ys = [y for _, y in p.points] or [0.0]
        return min(xs), min(ys), max(xs), max(ys)
    w = text_width(p.text, p.size, p.bold)
    h = p.size * 1.25
    x = p.x - (w / 2 if p.align == "center" else w if p.align == "right" else 0)
    y = p.y if p.valign == "top" else p.y - h / 2 if p.valign == "middle" else p.y - h
    return x, y, x + w, y + h


def _prims_box(prims: Iterable[Primitive]) -> Box | None:
    boxes = [_prim_box(p) for p in prims]
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
            max(b[3] for b in boxes))


def _bounds(groups: Iterable[Group]) -> Box | None:
    boxes = []
    for g in groups:
        b = _prims_box(g.prims)
        if b is not None:
            ax, ay = g.anchor
            boxes.append((b[0] + ax, b[1] + ay, b[2] + ax, b[3] + ay))
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
            max(b[3] for b in boxes))


LEGEND_OWNER = ("compare", "legend")
UNCHANGED_OWNER = ("compare", "unchanged")
"""The legend's owner when the map shows no change at all."""


def shows_changes(groups: Iterable[Group]) -> bool:
    """Whether a comparison drawing marks anything (else its legend says nothing changed)."""
    return not any(g.owner == UNCHANGED_OWNER for g in groups)


def legend(cmp: Comparison, style: MapStyle, top_left: tuple[float, float],
           title: str | None = None, used: set[str] | None = None) -> Group:
    """Title and key of the marks, standing above the map's top left corner."""
    size = style.label_size
    small = style.small_size
    line_h = small * 1.9
    if title is None:
        title = tr("Vergelijking: {then} → {now}", then=cmp.then.title(), now=cmp.now.title())
    used = {"new", "ghost", "tie", "was"} if used is None else used
    rows: list[tuple[str, list[Primitive]]] = []
    if "new" in used:
        rows.append((tr("erbij gekomen"), _pill(0, 0, tr("NIEUW"), style, bold=True)))
    if "ghost" in used:
        rows.append((tr("niet meer in het netwerk: vertrokken of overleden (grijs, "
                        "gestreept)"),
                     [Ellipse(0, 0, small * 0.8, small * 0.8, Pen(GHOST, 1.5, "dash"),
                              style.background)]))
    if "tie" in used:
        rows.append((tr("lijn veranderd (dikker, met wat er veranderde)"),
                     [Polyline(((-22, 0), (22, 0)), Pen(style.line, 5.0))]))
    if "was" in used:
        rows.append((tr("hoe het toen was: plaats, uren per week, belasting"),
                     [Text(0, 0, tr("was: …"), size=small, color=MARK, valign="middle")]))
    if not rows:
        rows.append((tr("Op deze kaart is niets veranderd."), []))
    prims: list[Primitive] = [Text(0, 0, title, size=size, bold=True, align="left")]
    y = size * 1.6 + line_h / 2
    sample_x = 30.0
    for text, sample in rows:
        prims += [_moved(p, sample_x, y) for p in sample]
        prims.append(Text(sample_x + 40, y, text, size=small, align="left", valign="middle",
                          color=style.text))
        y += line_h
    height = y
    x0, y0 = top_left
    owner = LEGEND_OWNER if used else UNCHANGED_OWNER
    return Group(owner, tuple(prims), z=Z_MARK, anchor=(x0, y0 - height - 24))


def _moved(p: Primitive, dx: float, dy: float) -> Primitive:
    if isinstance(p, Text):
        return replace(p, x=p.x + dx, y=p.y + dy)
    if isinstance(p, Rect):
        return replace(p, x=p.x + dx, y=p.y + dy)
    if isinstance(p, Ellipse):
        return replace(p, cx=p.cx + dx, cy=p.cy + dy)
    return replace(p, points=tuple((x + dx, y + dy) for x, y in p.points))
