"""The genogram legend: a mini sample and a Dutch label for each notation used in the case.

Conventions differ between schools and tools, so every printed map carries a legend; it lists
only what the case actually uses, so that it stays short. The group's origin is its top left
corner and ``bounds`` gives its size: the caller places it (e.g. with ``dataclasses.replace``
on ``anchor``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ...i18n import tr
from ...labels import label
from ...model.enums import (
    EmotionalKind,
    ParentChildKind,
    PartnershipStatus,
    Pregnancy,
    Sex,
    SexAtBirth,
    Zygosity,
)
from ...model.network import Network
from ...model.people import Person
from ...model.ties import EmotionalTie, ParentChildTie, PartnershipTie
from ..primitives import Ellipse, Group, Pen, Point, Polygon, Polyline, Primitive, Rect, Text
from ..style import DEFAULT_STYLE, MapStyle
from ..text import text_width
from .carer_marks import legend_entries as marks_entries
from .couple import CHILD_DASH, HOUSEHOLD_COLOR, partnership_dash, slash_count, slashes
from .emotional import emotional_label, emotional_prims
from .symbols import person_symbol

Z_LEGEND = 40.0
PAD = 12.0
ROW = 28.0
SAMPLE_W = 48.0
SAMPLE_GAP = 10.0
MINI_STYLE = MapStyle(symbol=20.0)

Sample = Callable[[float, float, MapStyle], list[Primitive]]
"""Draws a sample centred at (cx, cy)."""


def translate(prim: Primitive, dx: float, dy: float) -> Primitive:
    """The same primitive moved by (dx, dy)."""
    if isinstance(prim, Rect):
        return Rect(prim.x + dx, prim.y + dy, prim.w, prim.h, prim.pen, prim.fill, prim.radius)
    if isinstance(prim, Ellipse):
        return Ellipse(prim.cx + dx, prim.cy + dy, prim.rx, prim.ry, prim.pen, prim.fill)
    if isinstance(prim, Polygon):
        return Polygon(_move(prim.points, dx, dy), prim.pen, prim.fill)
    if isinstance(prim, Polyline):
        return Polyline(_move(prim.points, dx, dy), prim.pen)
    return Text(prim.x + dx, prim.y + dy, prim.text, prim.size, prim.bold, prim.color,
                prim.align, prim.valign)


def _move(points: Iterable[Point], dx: float, dy: float) -> tuple[Point, ...]:
    return tuple((x + dx, y + dy) for x, y in points)


def _symbol(client: bool = False, **fields: object) -> Sample:
    def draw(cx: float, cy: float, style: MapStyle) -> list[Primitive]:
        person = Person.model_validate(fields)
        mini = MapStyle(symbol=MINI_STYLE.symbol, line=style.line, fill=style.fill,
                        client_fill=style.client_fill, deceased_style=style.deceased_style)
        return [translate(p, cx, cy) for p in person_symbol(person, mini, "2000", client=client)
                if not isinstance(p, Text)]
    return draw


def _couple(status: PartnershipStatus) -> Sample:
    def draw(cx: float, cy: float, style: MapStyle) -> list[Primitive]:
        pen = Pen(style.line, 2.0, partnership_dash(status))
        half = SAMPLE_W / 2
        out: list[Primitive] = [Polyline(((cx - half, cy), (cx + half, cy)), pen)]
        out += slashes(cx, cy, slash_count(status), Pen(style.line, 2.0))
        return out
    return draw


def _child(relation: ParentChildKind) -> Sample:
    def draw(cx: float, cy: float, style: MapStyle) -> list[Primitive]:
        pen = Pen(style.line, 2.0, CHILD_DASH[relation])
        return [Polyline(((cx, cy - ROW / 2 + 3), (cx, cy + ROW / 2 - 3)), pen)]
    return draw


def _twins(identical: bool) -> Sample:
    def draw(cx: float, cy: float, style: MapStyle) -> list[Primitive]:
        pen = Pen(style.line, 2.0)
        top, bottom, spread = cy - ROW / 2 + 3, cy + ROW / 2 - 3, 12.0
        out: list[Primitive] = [
            Polyline(((cx, top), (cx - spread, bottom)), pen),
            Polyline(((cx, top), (cx + spread, bottom)), pen),
        ]
        if identical:
            mid = (top + bottom) / 2
            out.append(Polyline(((cx - spread / 2, mid), (cx + spread / 2, mid)), pen))
        return out
    return draw


def _emotional(kind: EmotionalKind) -> Sample:
    def draw(cx: float, cy: float, style: MapStyle) -> list[Primitive]:
        half = SAMPLE_W / 2
        return [p for p in emotional_prims(kind, (cx - half, cy), (cx + half, cy))
                if not isinstance(p, Text)]
    return draw


def _household(cx: float, cy: float, style: MapStyle) -> list[Primitive]:
    return [Rect(cx - SAMPLE_W / 2, cy - ROW / 2 + 4, SAMPLE_W, ROW - 8,
                 pen=Pen(HOUSEHOLD_COLOR, 1.6, "dot"), radius=6.0)]


def legend_entries(net: Network, years: bool = True) -> list[tuple[str, Sample | None]]:
    """(Dutch label, sample) for each notation element the case uses, in a fixed order."""
    people = list(net.people.values())
    born = [p for p in people if p.pregnancy is None]
    entries: list[tuple[str, Sample | None]] = []
    sexes = {p.sex for p in born}
    if Sex.MALE in sexes:
        entries.append((label(Sex.MALE), _symbol(sex=Sex.MALE)))
    if Sex.FEMALE in sexes:
        entries.append((label(Sex.FEMALE), _symbol(sex=Sex.FEMALE)))
    if sexes & {Sex.NONBINARY, Sex.UNKNOWN}:
        entries.append((tr("Non-binair of onbekend"), _symbol(sex=Sex.UNKNOWN)))
    if net.client() is not None:
        entries.append((tr("Cliënt"), _symbol(client=True, sex=Sex.MALE)))
    if any(p.is_deceased for p in born):
        entries.append((tr("Overleden"), _symbol(sex=Sex.MALE, deceased=True)))
    used_pregnancies = {p.pregnancy for p in people}
    for preg in Pregnancy:
        if preg in used_pregnancies:
            entries.append((label(preg), _symbol(pregnancy=preg)))
    at_birth = {p.sex_at_birth for p in born if p.sex_at_birth is not None}
    if at_birth:
        codes = [c for c in SexAtBirth if c in at_birth]
        entries.append((tr("Onder het symbool: geslacht bij geboorte") + " (" + ", ".join(
            f"{c.value.upper()} = {label(c).split(' (')[0].lower()}" for c in codes) + ")",
            None))
    if born and any(p.birth for p in born):
        entries.append((tr("Leeftijd in het symbool; geboortejaar links, sterfjaar rechts")
                        if years else tr("Leeftijd in het symbool"), None))
    statuses = {t.status for t in net.partnerships()}
    for status in PartnershipStatus:
        if status in statuses:
            entries.append((label(status), _couple(status)))
    if any(isinstance(t, PartnershipTie) and (t.start or t.end) for t in net.ties.values()):
        entries.append((tr("h. = huwelijk, s. = samenwonen, g. = gescheiden / uit elkaar"), None))
    relations = {t.relation for t in net.ties.values() if isinstance(t, ParentChildTie)}
    for relation in ParentChildKind:
        if relation in relations:
            entries.append((label(relation), _child(relation)))
    zygosities = {ts.zygosity for ts in net.twin_sets.values()}
    if zygosities - {Zygosity.MONOZYGOTIC}:
        entries.append((tr("Tweeling"), _twins(False)))
    if Zygosity.MONOZYGOTIC in zygosities:
        entries.append((tr("Eeneiige tweeling"), _twins(True)))
    kinds = {t.relation for t in net.ties.values() if isinstance(t, EmotionalTie)}
    for kind in EmotionalKind:
        if kind in kinds:
            entries.append((emotional_label(kind), _emotional(kind)))
    if any(h.members for h in net.households.values()):
        entries.append((tr("Huishouden (woont samen)"), _household))
    entries += marks_entries(net)  # type: ignore[arg-type]
    return entries


def genogram_legend(net: Network, style: MapStyle = DEFAULT_STYLE, *,
                    deceased_style: str | None = None) -> Group:
    """The legend group, origin at its top left corner, ``bounds`` = (0, 0, w, h)."""
    if deceased_style is not None:
        style = MapStyle(**{**style.__dict__, "deceased_style": deceased_style})
    title = tr("Legenda (genogram, McGoldrick)")
    text_size = style.small_size + 1
    entries = legend_entries(net, style.years)
    title_h = style.label_size * 1.6
    width = max(
        [text_width(title, style.label_size, bold=True)]
        + [text_width(text, text_size) + SAMPLE_W + SAMPLE_GAP for text, _ in entries]
    ) + 2 * PAD
    height = PAD + title_h + ROW * len(entries) + PAD / 2
    prims: list[Primitive] = [
        Rect(0.0, 0.0, width, height, pen=Pen(style.muted, 1.0), fill="#ffffff", radius=6.0),
        Text(PAD, PAD, title, size=style.label_size, bold=True, color=style.text,
             align="left", valign="top"),
    ]
    for i, (text, sample) in enumerate(entries):
        cy = PAD + title_h + ROW * (i + 0.5)
        text_x = PAD
        if sample is not None:
            prims += sample(PAD + SAMPLE_W / 2, cy, style)
            text_x = PAD + SAMPLE_W + SAMPLE_GAP
        prims.append(Text(text_x, cy, text, size=text_size, color=style.text,
                          align="left", valign="middle"))
    return Group(owner=("legend", ""), prims=tuple(prims), z=Z_LEGEND,
                 bounds=(0.0, 0.0, width, height))
