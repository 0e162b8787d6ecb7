"""The ecogram and the netwerkkaart: meaning first, readable, stable, deterministic
(``shared/radial-layout.md``), on the example and on random cases of 5, 60 and 200 people."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netwerkkaart.example import example_case
from netwerkkaart.layout import registry
from netwerkkaart.layout.primitives import Text
from netwerkkaart.layout.radial.engine import box_centre, overlaps
from netwerkkaart.layout.radial.placement import (
    RadialLayout,
    ecogram_layout,
    ecogram_places,
    netwerkkaart_cells,
    netwerkkaart_layout,
    sector_key,
)
from netwerkkaart.layout.registry import MapLayout, map_layout, map_spec
from netwerkkaart.layout.style import DEFAULT_STYLE
from netwerkkaart.layout.text import text_width
from netwerkkaart.model import (
    Case,
    CaseDocument,
    Cell,
    CircleView,
    Custom,
    MapKind,
    Person,
    PersonKind,
    Place,
    PlaceCell,
    Position,
    Put,
    RingCode,
    SectorCode,
    Sex,
)
from netwerkkaart.model.ecomap import EcoCategory, EcoPlace
from netwerkkaart.model.edits import PlaceEco
from tests.network_cases import random_network_case

EK, NK = MapKind.ECOGRAM, MapKind.NETWERKKAART


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    registry.clear_layout_cache()
    yield
    registry.clear_layout_cache()


def _check(case: Case, kind: MapKind, layout: RadialLayout) -> None:
    """Everyone in their own cell (or exactly on their pin), the client at the centre, and
    no two people's symbol or label boxes overlapping."""
    g = layout.geometry
    view = case.view(kind)
    if kind is EK:
        centre, places = ecogram_places(case)
        wanted = {pid: (c.value, n - 1) for pid, (c, n) in places.items()}
    else:
        centre, wanted = [case.network.client_id], netwerkkaart_cells(case)
    assert layout.positions[centre[0]] == (0.0, 0.0)
    pinned = {pid for pid, p in view.positions.items() if p.pinned}
    for pid, cell in wanted.items():
        at = layout.positions[pid]
        if pid in pinned:
            assert at == (view.positions[pid].x, view.positions[pid].y)
        else:
            assert g.cell_at(*box_centre(at, layout.feet[pid].lift)) == cell, pid
    free = [pid for pid in layout.positions if pid not in pinned]
    boxes = {pid: layout.feet[pid].boxes(*layout.positions[pid]) for pid in free}
    for i, a in enumerate(free):
        for b in free[i + 1:]:
            assert not any(overlaps(p, q) for p in boxes[a] for q in boxes[b]), (a, b)
    # the names of the rings, sectors and categories are never covered
    background = next(g for g in map_spec(kind).draw(case, DEFAULT_STYLE,
                                                     MapLayout(layout.positions, layout))
                      if g.owner[0] == "background")
    for t in background.prims:
        if isinstance(t, Text):
            w = text_width(t.text, t.size, t.bold)
            x = t.x - (w / 2 if t.align == "center" else w if t.align == "right" else 0)
            y = t.y if t.valign == "top" else t.y - t.size * 0.6
            name = (x, y, x + w, y + t.size * 1.2)
            for pid in free:
                assert not any(overlaps(name, p) for p in boxes[pid]), (t.text, pid)


@pytest.mark.parametrize("kind", [EK, NK])
def test_the_example_is_in_place_and_readable(kind: MapKind) -> None:
    case = example_case()
    _check(case, kind, map_layout(case, kind).detail)


@pytest.mark.parametrize("kind", [EK, NK])
@pytest.mark.parametrize("n", [5, 60, 200])
def test_random_cases_of_5_60_200_people(kind: MapKind, n: int) -> None:
    for seed in range(3 if n < 200 else 1):
        case = random_network_case(n, seed)
        layout = map_layout(case, kind).detail
        _check(case, kind, layout)
        again = map_spec(kind).compute_layout(case, DEFAULT_STYLE).detail
        assert again.positions == layout.positions  # deterministic


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.integers(5, 40), seed=st.integers(0, 10_000), data=st.data())
def test_one_added_person_moves_only_their_own_cell(n: int, seed: int,
                                                    data: st.DataObject) -> None:
    case = random_network_case(n, seed)
    kind = data.draw(st.sampled_from([EK, NK]))
    before = map_layout(case, kind)
    friend = Person(name="Nieuwe vriend", kind=data.draw(st.sampled_from(
        [PersonKind.FRIEND, PersonKind.NEIGHBOUR, PersonKind.PROFESSIONAL])))
    doc = CaseDocument(case)
    doc.apply([Put("people", friend)])
    after = map_layout(doc.case, kind, previous=before)
    cells = (netwerkkaart_cells(doc.case) if kind is NK else
             {pid: (c.value, n - 1) for pid, (c, n) in ecogram_places(doc.case)[1].items()})
    same_geometry = after.detail.geometry == before.detail.geometry
    moved = {pid for pid, at in before.positions.items() if after.positions[pid] != at}
    if same_geometry:
        assert {cells[pid] for pid in moved} <= {cells[friend.id]}
    _check(doc.case, kind, after.detail)


@pytest.mark.parametrize("kind", [EK, NK])
def test_an_edit_that_changes_nothing_drawn_moves_nobody(kind: MapKind) -> None:
    case = example_case()
    before = map_layout(case, kind)
    doc = CaseDocument(case)
    kees = next(p for p in case.network.people.values() if p.name.startswith("Kees"))
    doc.apply([Put("people", kees.model_copy(update={"name": "K. de Vries", "notes": "x"}))])
    assert map_layout(doc.case, kind, previous=before).positions == before.positions


@pytest.mark.parametrize("kind", [EK, NK])
def test_the_saved_picture_is_the_picture_everywhere(kind: MapKind) -> None:
    """With the placement stored on save, a fresh layout (render, PDF) gives the same."""
    case = random_network_case(30, 7)
    first = registry.draw_state(case, kind)
    doc = CaseDocument(case)
    extra = Person(name="Later erbij", kind=PersonKind.FRIEND)
    doc.apply([Put("people", extra)])
    shown = registry.draw_state(doc.case, kind, previous=first.layout)
    saved = registry.with_seen(doc.case, [shown])
    registry.clear_layout_cache()
    again = map_layout(saved, kind)
    assert again.positions == shown.layout.positions


def test_dropping_on_the_netwerkkaart_sets_the_cell_and_the_spot() -> None:
    case = example_case()
    henk = next(p.id for p in case.network.people.values() if p.name.startswith("Henk"))
    layout = map_layout(case, NK)
    g = layout.detail.geometry
    span = g.span_of(SectorCode.VRIJWILLIGERS.value)
    x, y = g.point(span.middle, g.ring_middle(0))
    y -= layout.detail.feet[henk].lift  # the symbol, with its label box on the ring
    ops = map_spec(NK).drop(case, layout, {henk: (x, y)})
    assert ops[0] == PlaceCell(henk, Cell(ring=RingCode.INTIMI, sector=SectorCode.VRIJWILLIGERS))
    assert ops[1] == Place(NK, henk, Position(x=x, y=y))
    doc = CaseDocument(case)
    doc.apply(ops)
    after = map_layout(doc.case, NK, previous=layout)
    foot = after.detail.feet[henk]
    assert after.detail.geometry.cell_at(*box_centre(after.positions[henk], foot.lift)) == (
        SectorCode.VRIJWILLIGERS.value, 0)
    if after.detail.geometry == g:  # the rings did not have to make room: exactly there
        assert math.dist(after.positions[henk], (x, y)) < 1
    hx, hy = after.positions[henk]
    ops = map_spec(NK).drop(doc.case, after, {henk: (hx + 4, hy)})
    assert ops == [Place(NK, henk, Position(x=hx + 4, y=hy))]  # same cell: only the spot
    assert map_spec(NK).drop(doc.case, after, {henk: (0.0, 0.0)}) == []  # the client's circle


def test_dropping_on_the_ecogram_sets_category_and_closeness() -> None:
    case = example_case()
    henk = next(p.id for p in case.network.people.values() if p.name.startswith("Henk"))
    assert ecogram_places(case)[1][henk] == (EcoCategory.B, 3)
    layout = map_layout(case, EK)
    g = layout.detail.geometry
    span = g.span_of(EcoCategory.V.value)
    x, y = g.point(span.middle, g.ring_middle(0))
    ops = map_spec(EK).drop(case, layout, {henk: (x, y - 20)})
    assert ops[0] == PlaceEco(henk, EcoPlace(category=EcoCategory.V, closeness=1))
    doc = CaseDocument(case)
    doc.apply(ops)
    assert ecogram_places(doc.case)[1][henk] == (EcoCategory.V, 1)


def test_the_household_is_in_the_centre_of_the_ecogram() -> None:
    case = example_case()
    centre, places = ecogram_places(case)
    names = {case.network.people[pid].name.split()[0] for pid in centre}
    assert names == {"Jan", "Maria"} and not set(centre) & set(places)
    layout = map_layout(case, EK).detail
    for pid in centre:
        x, y = layout.positions[pid]
        assert math.hypot(x / layout.geometry.aspect, y) < layout.geometry.centre


def test_categories_follow_the_relation() -> None:
    case = example_case()
    _centre, places = ecogram_places(case)
    by_name = {case.network.people[pid].name.split()[0]: cat for pid, (cat, _n) in places.items()}
    assert by_name["Petra"] == EcoCategory.F and by_name["Sanne"] == EcoCategory.F
    assert by_name["Henk"] == EcoCategory.B and by_name["Fatima"] == EcoCategory.Z
    assert by_name["Els"] == EcoCategory.Z  # a volunteer through an organisation


def test_own_rings_and_sectors_are_drawn_saved_and_droppable() -> None:
    from netwerkkaart.io.casefile import from_bytes, to_bytes

    sport, far = Custom(custom="Sportclub"), Custom(custom="Ver weg")
    case = example_case()
    circle = CircleView(rings=(*case.circle.rings, far), sectors=(*case.circle.sectors, sport))
    case = case.model_copy(update={"views": case.views.with_view(NK, circle)})
    henk = next(p.id for p in case.network.people.values() if p.name.startswith("Henk"))
    doc = CaseDocument(case)
    doc.apply([PlaceCell(henk, Cell(ring=far, sector=sport))])
    assert from_bytes(to_bytes(doc.case)) == doc.case
    layout = netwerkkaart_layout(doc.case, DEFAULT_STYLE)
    foot = layout.feet[henk]
    assert layout.geometry.cell_at(*box_centre(layout.positions[henk], foot.lift)) == (
        sector_key(sport), 4)
    background = {g.owner: g for g in registry.draw_map(doc.case, NK)}[
        ("background", "netwerkkaart")]
    assert {"Sportclub", "Ver weg"} <= {getattr(p, "text", None) for p in background.prims}


def test_ecogram_layout_function_is_the_maps() -> None:
    case = example_case()
    assert ecogram_layout(case, DEFAULT_STYLE).positions == map_layout(case, EK).positions


def test_people_keep_clear_of_the_top_line_where_the_ring_names_are() -> None:
    from netwerkkaart.layout.radial.engine import Member, radial_layout

    size = (96.0, 68.0)
    # dropped right beside the top line, in the first sector and in the last
    first = Member("a", "s1", 0, size, order=0, hint=(3.0, -200.0), lift=20.0)
    last = Member("b", "s2", 0, size, order=1, hint=(-3.0, -200.0), lift=20.0)
    for clear in (0.0, 80.0):
        placed, _g = radial_layout(["s1", "s2"], 1, 150.0, [70.0], [first, last],
                                   top_clear=clear)
        left_edge_a = placed["a"][0] - size[0] / 2
        right_edge_b = placed["b"][0] + size[0] / 2
        if clear:
            assert left_edge_a >= clear - 1 and right_edge_b <= -clear + 1
        else:
            assert left_edge_a < 79 and right_edge_b > -79  # without it they come closer


@pytest.mark.parametrize("kind", [EK, NK])
def test_undo_brings_back_the_very_picture(kind: MapKind) -> None:
    case = example_case()
    doc = CaseDocument(case)
    heard: list = []
    doc.subscribe(heard.append)
    state = registry.draw_state(doc.case, kind)
    start = dict(state.layout.positions)
    crowd = [Person(name=f"Vriendin {i}", sex=Sex.FEMALE, kind=PersonKind.FRIEND)
             for i in range(6)]
    inverse = doc.apply([Put("people", p) for p in crowd])
    registry.update_state(state, doc.case, heard[-1])
    assert state.layout.positions != start
    doc.apply_unchecked(inverse)  # undo
    registry.update_state(state, doc.case, heard[-1])
    assert state.layout.positions == start


@pytest.mark.parametrize("kind", [EK, NK])
def test_a_person_dropped_in_a_free_spot_of_their_cell_stands_exactly_there(
        kind: MapKind) -> None:
    case = example_case()
    henk = next(p.id for p in case.network.people.values() if p.name.startswith("Henk"))
    doc = CaseDocument(case)
    heard: list = []
    doc.subscribe(heard.append)
    state = registry.draw_state(doc.case, kind)
    x, y = state.layout.positions[henk]
    target = (x + 12.0, y + 9.0)  # a little off the ring, still in his cell
    doc.apply(map_spec(kind).drop(doc.case, state.layout, {henk: target}))
    registry.update_state(state, doc.case, heard[-1])
    assert state.layout.positions[henk] == target
    _check(doc.case, kind, state.layout.detail)


def test_ecogram_lines_go_around_people_and_their_letters_cover_no_one() -> None:
    from netwerkkaart.layout.primitives import Polyline
    from netwerkkaart.model import SupportTie, SupportType

    case = example_case()
    by_name = {p.name.split()[0]: p.id for p in case.network.people.values()}
    across = SupportTie(id="dwars", a=by_name["Henk"], b=by_name["Noor"],
                        support_types=(SupportType.PRAKTISCH,))  # right across the centre
    doc = CaseDocument(case)
    doc.apply([Put("ties", across)])
    layout = map_layout(doc.case, EK)
    radial = layout.detail
    boxes = {pid: radial.feet[pid].boxes(*at) for pid, at in radial.positions.items()}
    groups = {g.owner: g for g in map_spec(EK).draw(doc.case, DEFAULT_STYLE, layout)}
    for tie in doc.case.network.ties.values():
        if not isinstance(tie, SupportTie):
            continue
        prims = groups[("tie", tie.id)].prims
        for line in (p for p in prims if isinstance(p, Polyline)):
            for (x0, y0), (x1, y1) in zip(line.points, line.points[1:], strict=False):
                for pid, own in boxes.items():
                    if pid in (tie.a, tie.b):
                        continue
                    for bx in own:
                        for i in range(1, 20):
                            x, y = x0 + (x1 - x0) * i / 20, y0 + (y1 - y0) * i / 20
                            assert not (bx[0] < x < bx[2] and bx[1] < y < bx[3]), (tie.id, pid)
        for t in (p for p in prims if isinstance(p, Text)):
            w = text_width(t.text, t.size, t.bold)
            letters = (t.x - w / 2, t.y - t.size * 1.25, t.x + w / 2, t.y)
            for pid, own in boxes.items():
                assert not any(overlaps(letters, bx) for bx in own), (tie.id, pid)
    assert len([p for p in groups[("tie", "dwars")].prims if isinstance(p, Polyline)]) == 2
