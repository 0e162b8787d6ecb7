"""The genogram person symbol, pinned by geometry and style (no Qt)."""

from __future__ import annotations

import pytest

from netwerkkaart.layout.notation.symbols import (
    CLIENT_INSET,
    LABEL_BLOCK_HEIGHT,
    label_block_height,
    person_symbol,
    symbol_bounds,
    symbol_half_height,
)
from netwerkkaart.layout.primitives import Ellipse, Polygon, Polyline, Primitive, Rect, Text
from netwerkkaart.layout.style import DEFAULT_STYLE, MapStyle
from netwerkkaart.model import Custom, Person, PersonKind, Pregnancy, Sex, SexAtBirth

S = DEFAULT_STYLE
H = S.symbol / 2


def shapes(prims: tuple[Primitive, ...]) -> list[Primitive]:
    return [p for p in prims if isinstance(p, Rect | Ellipse | Polygon)]


def lines(prims: tuple[Primitive, ...]) -> list[Polyline]:
    return [p for p in prims if isinstance(p, Polyline)]


def texts(prims: tuple[Primitive, ...]) -> list[Text]:
    return [p for p in prims if isinstance(p, Text)]


def test_male_is_a_square_centred_on_the_origin() -> None:
    (shape,) = shapes(person_symbol(Person(sex=Sex.MALE)))
    assert isinstance(shape, Rect)
    assert (shape.x, shape.y, shape.w, shape.h) == (-H, -H, S.symbol, S.symbol)
    assert shape.fill == S.fill


def test_female_is_a_circle() -> None:
    (shape,) = shapes(person_symbol(Person(sex=Sex.FEMALE)))
    assert isinstance(shape, Ellipse)
    assert (shape.cx, shape.cy, shape.rx, shape.ry) == (0, 0, H, H)


@pytest.mark.parametrize("sex", [Sex.NONBINARY, Sex.UNKNOWN])
def test_nonbinary_and_unknown_are_a_diamond(sex: Sex) -> None:
    (shape,) = shapes(person_symbol(Person(sex=sex)))
    assert isinstance(shape, Polygon)
    assert set(shape.points) == {(0, -H), (H, 0), (0, H), (-H, 0)}


def test_organisations_have_their_own_symbol_and_professionals_their_gender() -> None:
    org = shapes(person_symbol(Person(kind=PersonKind.ORGANISATION)))
    pro = shapes(person_symbol(Person(kind=PersonKind.PROFESSIONAL, sex=Sex.FEMALE)))
    assert isinstance(org[0], Rect) and org[0].radius > 0 and org[0].w > org[0].h
    assert isinstance(pro[0], Ellipse)


def test_client_has_a_double_outline_and_the_client_fill() -> None:
    outer, inner = shapes(person_symbol(Person(sex=Sex.MALE), client=True))
    assert isinstance(outer, Rect) and isinstance(inner, Rect)
    assert outer.fill == S.client_fill
    assert inner.fill is None
    assert inner.x == pytest.approx(outer.x + CLIENT_INSET)
    assert inner.w == pytest.approx(outer.w - 2 * CLIENT_INSET)
    circle_outer, circle_inner = shapes(person_symbol(Person(sex=Sex.FEMALE), client=True))
    assert isinstance(circle_inner, Ellipse) and isinstance(circle_outer, Ellipse)
    assert circle_inner.rx == pytest.approx(circle_outer.rx - CLIENT_INSET)


def test_non_client_has_a_single_outline() -> None:
    assert len(shapes(person_symbol(Person(sex=Sex.MALE)))) == 1


def test_deceased_gets_an_x_through_the_symbol_by_default() -> None:
    prims = person_symbol(Person(sex=Sex.MALE, deceased=True))
    cross = lines(prims)
    assert len(cross) == 2
    slopes = {round((b[1] - a[1]) / (b[0] - a[0])) for a, b in (c.points for c in cross)}
    assert slopes == {1, -1}
    for c in cross:  # reaches beyond the square's corners
        assert max(abs(x) for x, _ in c.points) > H


def test_deceased_slash_style_draws_one_rising_diagonal() -> None:
    prims = person_symbol(Person(sex=Sex.FEMALE, death="2001"), deceased_style="slash")
    (slash,) = lines(prims)
    (x0, y0), (x1, y1) = slash.points
    assert x0 < 0 < x1 and y0 > 0 > y1  # lower left to upper right
    style_slash = MapStyle(deceased_style="slash")
    assert len(lines(person_symbol(Person(deceased=True), style_slash))) == 1


def test_living_people_have_no_cross() -> None:
    assert lines(person_symbol(Person(sex=Sex.MALE, birth="1950"))) == []


def test_age_inside_the_symbol_in_a_big_bold_font() -> None:
    prims = person_symbol(Person(birth="1948-05-17"), today="2024-05-16")
    age = next(t for t in texts(prims) if t.text == "75")
    assert (age.x, age.y, age.valign) == (0, 0, "middle")
    assert age.bold and age.size >= S.label_size


def test_age_of_the_deceased_is_at_death() -> None:
    prims = person_symbol(Person(birth="1920", death="2000"), today="2024-01-01")
    assert "80" in {t.text for t in texts(prims)}


def test_no_age_without_a_birth_date() -> None:
    prims = person_symbol(Person(name="Piet"), today="2024-01-01")
    assert [t.text for t in texts(prims)] == ["Piet"]


def test_birth_year_upper_left_and_death_year_upper_right() -> None:
    prims = person_symbol(Person(birth="1920-03-01", death="2000-01-01"), today="2024")
    birth = next(t for t in texts(prims) if t.text == "1920")
    death = next(t for t in texts(prims) if t.text == "2000")
    assert birth.x < 0 < death.x
    for t in (birth, death):
        assert t.y < -H and t.valign == "bottom"  # just above the symbol's top edge
        assert t.size == S.small_size


def test_name_below_wrapped_to_two_lines() -> None:
    name = "Johanna Wilhelmina Cornelia van der Berg-Jansen de Vries"
    prims = person_symbol(Person(name=name))
    names = [t for t in texts(prims) if t.y > H]
    assert len(names) == 2
    assert names[0].y < names[1].y
    assert names[1].text.endswith("…")
    assert all(t.size == S.label_size and t.x == 0 for t in names)


def test_sex_at_birth_is_a_small_line_below_the_name() -> None:
    prims = person_symbol(Person(name="Sam", sex=Sex.NONBINARY, sex_at_birth=SexAtBirth.AFAB))
    name = next(t for t in texts(prims) if t.text == "Sam")
    afab = next(t for t in texts(prims) if t.text == "AFAB")
    assert afab.y > name.y and afab.size == S.small_size


def test_pregnancy_is_a_triangle_without_gender_shape() -> None:
    prims = person_symbol(Person(sex=Sex.MALE, pregnancy=Pregnancy.PREGNANCY))
    (shape,) = shapes(prims)
    assert isinstance(shape, Polygon) and len(shape.points) == 3
    assert (0, -H) in shape.points
    assert lines(prims) == []


def _small_triangle(prims: tuple[Primitive, ...]) -> Polygon:
    (shape,) = shapes(prims)
    assert isinstance(shape, Polygon) and len(shape.points) == 3
    assert max(abs(y) for _, y in shape.points) < H  # small
    return shape


def test_miscarriage_is_a_small_triangle_with_a_cross() -> None:
    prims = person_symbol(Person(pregnancy=Pregnancy.MISCARRIAGE))
    _small_triangle(prims)
    cross = lines(prims)
    assert len(cross) == 2
    assert not any(a[1] == b[1] for a, b in (c.points for c in cross))


def test_abortion_is_a_small_triangle_with_a_cross_and_a_bar() -> None:
    prims = person_symbol(Person(pregnancy=Pregnancy.ABORTION))
    triangle = _small_triangle(prims)
    segs = [c.points for c in lines(prims)]
    assert len(segs) == 3
    bars = [s for s in segs if s[0][1] == s[1][1]]
    assert len(bars) == 1
    width = max(x for x, _ in triangle.points)
    assert bars[0][1][0] - bars[0][0][0] > 2 * width  # crosses the whole triangle


@pytest.mark.parametrize("sex,cls", [(Sex.MALE, Rect), (Sex.FEMALE, Ellipse),
                                     (Sex.UNKNOWN, Polygon)])
def test_stillbirth_is_a_small_sex_symbol_with_a_cross(sex: Sex, cls: type) -> None:
    person = Person(sex=sex, pregnancy=Pregnancy.STILLBIRTH, birth="1980")
    prims = person_symbol(person, today="2024")
    (shape,) = shapes(prims)
    assert isinstance(shape, cls)
    assert symbol_half_height(person) == pytest.approx(H / 2)
    assert len(lines(prims)) == 2
    assert "44" not in {t.text for t in texts(prims)}  # no age


def test_bounds_contain_every_primitive_and_the_label_block() -> None:
    person = Person(name="Johanna Wilhelmina van der Berg", birth="1948", death="2020",
                    sex_at_birth=SexAtBirth.AMAB)
    x, y, w, h = symbol_bounds(person)
    assert y + h == pytest.approx(H + LABEL_BLOCK_HEIGHT)
    assert LABEL_BLOCK_HEIGHT == label_block_height(S)
    for t in texts(person_symbol(person, client=True)):
        assert x <= t.x <= x + w and y <= t.y <= y + h
        if t.valign == "top":
            assert t.y + t.size * 1.25 <= y + h + 0.01


def test_pregnancy_date_sits_at_the_upper_right_clear_of_the_child_line() -> None:
    person = Person(pregnancy=Pregnancy.MISCARRIAGE, birth="1980")
    (year,) = texts(person_symbol(person))
    half = symbol_half_height(person)
    assert year.text == "1980" and year.align == "left" and year.x > half


def test_no_age_for_someone_older_than_anyone_alive() -> None:
    from netwerkkaart.layout.notation.symbols import person_age
    from netwerkkaart.model import Person

    assert person_age(Person(birth="1880"), today="2026-11-22") is None
    assert person_age(Person(birth="1920"), today="2026-11-22") == 106
    assert person_age(Person(birth="1880", death="1950"), today="2026-11-22") == 70


def test_a_mantelzorger_carries_an_hours_badge_clear_of_the_age() -> None:
    from netwerkkaart.layout.notation.carer_marks import (
        HOURS_LEGEND,
        carer_marks,
        legend_entries,
    )
    from netwerkkaart.model import Network
    from netwerkkaart.model.care import Assignment, CareTask

    people = [Person(id="c", name="C"), Person(id="d", name="D", birth="1970"),
              Person(id="p", name="P", kind=PersonKind.PROFESSIONAL),
              Person(id="z", name="Z", kind=PersonKind.NEIGHBOUR)]
    work = [Assignment(id="1", task="t", person="d", hours=10),
            Assignment(id="2", task="u", person="d", hours=2.5),
            Assignment(id="3", task="t", person="p", hours=4),
            Assignment(id="4", task="t", person="c", hours=1),
            Assignment(id="5", task="u", person="z", hours=0)]
    net = Network(people={p.id: p for p in people},
                  care_tasks={"t": CareTask(id="t", kind=Custom(custom="T")),
                              "u": CareTask(id="u", kind=Custom(custom="U"))},
                  assignments={a.id: a for a in work}, refs={"client": "c"})
    marks = carer_marks(net, "d")
    assert marks.hours == "12,5 u"
    assert [carer_marks(net, x).hours for x in ("c", "p", "z")] == [None, None, None]
    prims = person_symbol(people[1], today="2026-01-01", marks=marks)
    (badge,) = [t for t in texts(prims) if t.text == "12,5 u"]
    (age,) = [t for t in texts(prims) if t.text.isdigit() and t.y == 0]
    pill = [r for r in prims if isinstance(r, Rect) and r.fill == S.badge_fill]
    assert pill and pill[0].x > age.x + 8  # right of the age, on the upper corner
    assert badge.y == -H
    assert not [t for t in texts(person_symbol(people[1], today="2026-01-01"))
                if t.text.endswith(" u")]
    assert HOURS_LEGEND in [text for text, _ in legend_entries(net)]
