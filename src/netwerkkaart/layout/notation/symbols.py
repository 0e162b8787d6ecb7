"""Person symbols as Qt-free geometry, shared by the genogram, the ecogram and the netwerkkaart.

Notation (domain reference section 2.1, McGoldrick with the NSGC variants as settings):

* male = square, female = circle, non-binary / unknown = diamond, all ``style.symbol`` wide;
* client (index person) = double outline (the inner outline :data:`CLIENT_INSET` inside) and
  the client fill;
* deceased = an X through the symbol (McGoldrick) or one diagonal slash (NSGC);
* age inside the symbol, birth year above the upper left corner, death year above the upper
  right corner, the name below (two lines at most) and the sex assigned at birth under it;
* a carer's marks around the symbol's row: hours, load, SOFA roles, main carer / regie /
  aanspreekpunt (:mod:`.carer_marks`);
* pregnancy = triangle; miscarriage = small triangle with a cross; abortion = small triangle
  with a cross and a horizontal bar; stillbirth = small sex symbol with a cross.

Everything is drawn relative to the symbol centre (0, 0). The label block under the symbol has
a fixed height per style (:func:`label_block_height`) so the layout can reserve room for it.
"""

from __future__ import annotations

import datetime as _dt
import math

from ...model.dates import age_at, year_of
from ...model.enums import PersonKind, Pregnancy, Sex
from ...model.people import Person
from ..primitives import Ellipse, Pen, Point, Polygon, Polyline, Primitive, Rect, Text
from ..style import DEFAULT_STYLE, MapStyle
from ..text import clip, text_width, wrap, wrap_within
from .carer_marks import CarerMarks, marks_prims

CLIENT_INSET = 5.0
"""Distance between the outer and the inner outline of the client's symbol."""
SMALL_FACTOR = 0.5
"""Miscarriage, abortion and stillbirth symbols are this fraction of the normal size."""
CROSS_OVERHANG = 4.0
"""How far the deceased X / slash reaches beyond the symbol."""
NAME_GAP = 5.0
"""Space between the bottom of the symbol and the first name line."""
YEAR_GAP = 6.0
"""Space between the top of the symbol and the bottom of the year labels."""
LINE_FACTOR = 1.25
"""Line height as a multiple of the font size."""
NAME_LINES = 2


def age_size(style: MapStyle = DEFAULT_STYLE) -> float:
    """Font size of the age inside the symbol: big enough to read across a table, and never
    wider than the symbol (large names in a small radial symbol)."""
    return round(min(max(style.label_size, style.symbol * 0.36), style.symbol * 0.5), 1)


def label_block_height(style: MapStyle = DEFAULT_STYLE) -> float:
    """Height reserved below the symbol's bottom edge: gap, two name lines, sex-at-birth line."""
    return (
        NAME_GAP
        + NAME_LINES * style.label_size * LINE_FACTOR
        + style.small_size * LINE_FACTOR
    )


def year_block_height(style: MapStyle = DEFAULT_STYLE) -> float:
    """Height reserved above the symbol's top edge for the birth and death years."""
    return YEAR_GAP + style.small_size * LINE_FACTOR


LABEL_BLOCK_HEIGHT = label_block_height(DEFAULT_STYLE)
BELOW_LINE = 1.15
"""Line height of the small lines under a name (a professional's profession)."""


def below_size(style: MapStyle = DEFAULT_STYLE) -> float:
    """Font size of the small lines under a name."""
    return style.small_size - 1
""":func:`label_block_height` for the default style."""


def is_small(person: Person) -> bool:
    """Miscarriage, abortion and stillbirth are drawn as small symbols."""
    return person.pregnancy in (Pregnancy.MISCARRIAGE, Pregnancy.ABORTION, Pregnancy.STILLBIRTH)


def symbol_half_height(person: Person, style: MapStyle = DEFAULT_STYLE) -> float:
    """Distance from the centre to the top (and bottom) edge of the symbol shape itself.

    Child lines end at ``y - symbol_half_height`` and couple lines start at
    ``y + symbol_half_height``.
    """
    size = style.symbol * (SMALL_FACTOR if is_small(person) else 1.0)
    return size / 2


def symbol_half_width(person: Person, style: MapStyle = DEFAULT_STYLE) -> float:
    """Distance from the centre to the left (and right) edge of the symbol shape."""
    return symbol_half_height(person, style)


def symbol_bounds(
    person: Person | None = None, style: MapStyle = DEFAULT_STYLE
) -> tuple[float, float, float, float]:
    """(x, y, w, h) around the symbol with its years and labels, relative to the centre.

    The box is the same for every person of a style (small symbols fit inside it), so the
    layout can treat all people alike and the hit area never depends on the name.
    """
    h = style.symbol / 2
    year_w = text_width("0000", style.small_size)
    w = max(style.label_width, style.symbol + year_w + 4)
    top = -h - year_block_height(style)
    bottom = h + label_block_height(style)
    return (-w / 2, top, w, bottom - top)


# -- shapes ------------------------------------------------------------------------------


def _shape(sex: Sex, half: float, pen: Pen, fill: str | None) -> Primitive:
    if sex == Sex.MALE:
        return Rect(-half, -half, 2 * half, 2 * half, pen=pen, fill=fill)
    if sex == Sex.FEMALE:
        return Ellipse(0.0, 0.0, half, half, pen=pen, fill=fill)
    return Polygon(((0.0, -half), (half, 0.0), (0.0, half), (-half, 0.0)), pen=pen, fill=fill)


def _inner_half(sex: Sex, half: float) -> float:
    """Half size of an outline lying CLIENT_INSET inside the outer one."""
    if sex in (Sex.MALE, Sex.FEMALE):
        return half - CLIENT_INSET
    return half - CLIENT_INSET * math.sqrt(2)  # a diamond's sides are at 45 degrees


def _diagonal_edge(sex: Sex, half: float) -> float:
    """Where a 45-degree line from the centre leaves the shape (x and y offset)."""
    if sex == Sex.MALE:
        return half
    if sex == Sex.FEMALE:
        return half / math.sqrt(2)
    return half / 2


def _triangle(half: float, pen: Pen, fill: str | None) -> Polygon:
    return Polygon(((0.0, -half), (half, half), (-half, half)), pen=pen, fill=fill)


def _cross(reach: float, pen: Pen) -> tuple[Polyline, Polyline]:
    return (
        Polyline(((-reach, -reach), (reach, reach)), pen=pen),
        Polyline(((-reach, reach), (reach, -reach)), pen=pen),
    )


def _slash(reach: float, pen: Pen) -> Polyline:
    return Polyline(((-reach, reach), (reach, -reach)), pen=pen)


# -- labels ------------------------------------------------------------------------------


def _labels(person: Person, half: float, style: MapStyle, below: tuple[str, ...] = (),
            fit: bool = False) -> list[Primitive]:
    out: list[Primitive] = []
    y = half + NAME_GAP
    line_h = style.label_size * LINE_FACTOR
    lines = (wrap_within if fit else wrap)(person.name, style.label_size, style.label_width,
                                           NAME_LINES)
    for line in lines:
        out.append(Text(0.0, y, line, size=style.label_size, color=style.text, valign="top",
                        background=style.background))
        y += line_h
    if below:
        size = below_size(style)
        for extra in below:
            out.append(Text(0.0, y, clip(extra, size, style.label_width),
                            size=size, color=style.muted, valign="top",
                            background=style.background))
            y += size * BELOW_LINE
    if person.sex_at_birth is not None and not fit:
        out.append(
            Text(0.0, y, person.sex_at_birth.value.upper(), size=style.small_size,
                 color=style.muted, valign="top", background=style.background)
        )
    return out


def _years(person: Person, half: float, style: MapStyle, single: bool) -> list[Primitive]:
    out: list[Primitive] = []
    if not style.years:
        return out
    y = -half - YEAR_GAP
    born, died = year_of(person.birth), year_of(person.death)
    if single:  # pregnancies: one date at the upper right, clear of the child line
        year = born if born is not None else died
        if year is not None:
            out.append(Text(half + 3, -half, str(year), size=style.small_size,
                            color=style.text, align="left", valign="bottom"))
        return out
    if born is not None:
        out.append(Text(-half, y, str(born), size=style.small_size, color=style.text,
                        valign="bottom", background=style.background))
    if died is not None:
        out.append(Text(half, y, str(died), size=style.small_size, color=style.text,
                        valign="bottom", background=style.background))
    return out


def person_age(person: Person, today: str | None = None) -> int | None:
    """Age at death for the deceased, otherwise age on ``today`` (default: the real today)."""
    if person.pregnancy is not None:
        return None
    if person.is_deceased:
        return age_at(person.birth, person.death)
    age = age_at(person.birth, today or _dt.date.today().isoformat())
    # Older than anyone alive: the death is simply not recorded (common in imported trees).
    return None if age is not None and age > MAX_LIVING_AGE else age


MAX_LIVING_AGE = 110


# -- the symbol --------------------------------------------------------------------------


def person_symbol(
    person: Person,
    style: MapStyle = DEFAULT_STYLE,
    today: str | None = None,
    deceased_style: str | None = None,
    client: bool = False,
    years: bool = True,
    below: tuple[str, ...] = (),
    fit_labels: bool = False,
    marks: CarerMarks | None = None,
) -> tuple[Primitive, ...]:
    """The person's symbol with years, age and labels, relative to its centre (0, 0).

    ``client``: this person is the case's client (double outline, client fill). The radial
    maps leave out the years (``years=False``), add lines under the name (``below``: a
    professional's profession and organisation) and keep every line within the label width
    (``fit_labels``). An organisation has its own symbol: a wide rounded rectangle.
    ``marks``: what a carer carries around the symbol (:mod:`.carer_marks`)."""
    pen = Pen(style.line, 2.0)
    fill = style.client_fill if client else style.fill
    half = symbol_half_height(person, style)
    prims: list[Primitive] = []
    kind = person.pregnancy
    if kind == Pregnancy.PREGNANCY:
        prims.append(_triangle(half, pen, fill))
    elif kind in (Pregnancy.MISCARRIAGE, Pregnancy.ABORTION):
        prims.append(_triangle(half, pen, fill))
        prims.extend(_cross(half + CROSS_OVERHANG / 2, pen))
        if kind == Pregnancy.ABORTION:
            bar = half + CROSS_OVERHANG + 2
            prims.append(Polyline(((-bar, 0.0), (bar, 0.0)), pen=pen))
    elif kind == Pregnancy.STILLBIRTH:
        prims.append(_shape(person.sex, half, pen, fill))
        prims.extend(_cross(half + CROSS_OVERHANG / 2, pen))
    elif person.kind is PersonKind.ORGANISATION:
        prims.append(Rect(-half * 1.35, -half * 0.8, half * 2.7, half * 1.6, pen=pen, fill=fill,
                          radius=half * 0.35))
        prims.append(Polyline(((-half * 0.9, half * 0.35), (half * 0.9, half * 0.35)),
                              pen=Pen(style.muted, 1.5)))
    else:
        prims.append(_shape(person.sex, half, pen, fill))
        if client:
            prims.append(_shape(person.sex, _inner_half(person.sex, half), pen, None))
        if person.is_deceased:
            mode = deceased_style or style.deceased_style
            reach = _diagonal_edge(person.sex, half) + CROSS_OVERHANG
            if mode == "slash":
                prims.append(_slash(reach, pen))
            else:
                prims.extend(_cross(reach, pen))
        age = person_age(person, today)
        if age is not None:  # drawn over the X, on a patch of fill, so the age stays legible
            prims.append(Text(0.0, 0.0, str(age), size=age_size(style), bold=True,
                              color=style.text, valign="middle",
                              background=fill if person.is_deceased else None))
    if kind is not None and client:
        prims.insert(1, _inner_outline_small(person, half, pen))
    if years:
        prims.extend(_years(person, half, style, single=kind is not None))
    prims.extend(_labels(person, half, style, below, fit_labels))
    if marks is not None and not marks.empty:
        prims.extend(marks_prims(marks, half, style))
    return tuple(prims)


def _inner_outline_small(person: Person, half: float, pen: Pen) -> Primitive:
    """A client that is a pregnancy is odd but possible: keep the double outline."""
    inner = max(half - CLIENT_INSET, 2.0)
    if person.pregnancy == Pregnancy.STILLBIRTH:
        return _shape(person.sex, inner, pen, None)
    return _triangle(inner, pen, None)


def symbol_top(person: Person, style: MapStyle = DEFAULT_STYLE) -> Point:
    """Where a child line meets the symbol, relative to the centre."""
    return (0.0, -symbol_half_height(person, style))


def symbol_bottom(person: Person, style: MapStyle = DEFAULT_STYLE) -> Point:
    """Where a couple drop line leaves the symbol, relative to the centre."""
    return (0.0, symbol_half_height(person, style))
