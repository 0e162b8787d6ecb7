"""The map registry: one description per map, layouts cached on their real inputs, the
netwerkkaart by ring and sector, drops as model edits, and redraws decided by the change set."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netwerkkaart.example import example_case
from netwerkkaart.layout import registry
from netwerkkaart.layout.maps.genogram import GenogramMap
from netwerkkaart.layout.radial.placement import network_people
from netwerkkaart.layout.registry import draw_state, map_layout, map_spec, update_state
from netwerkkaart.layout.style import DEFAULT_STYLE
from netwerkkaart.model import (
    Case,
    CaseDocument,
    CaseMeta,
    ChangeSet,
    EmotionalTie,
    MapKind,
    Put,
    SetMeta,
    Sex,
)
from netwerkkaart.model.family_ops import add_child_ops
from tests.strategies import cases

NK = MapKind.NETWERKKAART


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    registry.clear_layout_cache()
    yield
    registry.clear_layout_cache()


def _id(case: Case, first: str) -> str:
    return next(p.id for p in case.network.people.values() if p.name.split()[0] == first)


def test_every_map_is_registered_with_its_kind() -> None:
    assert {map_spec(k).kind for k in MapKind} == set(MapKind)


# -- redraw what changed -----------------------------------------------------------------


class Counter:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, cls: type) -> None:
        self.calls = 0
        real = cls.compute_layout

        def counting(spec, case, style, previous=None):  # type: ignore[no-untyped-def]
            self.calls += 1
            return real(spec, case, style, previous)

        monkeypatch.setattr(cls, "compute_layout", counting)


def _edit(state: registry.MapState, doc: CaseDocument, ops: list) -> registry.MapUpdate:
    heard: list[ChangeSet] = []
    doc.subscribe(heard.append)
    doc.apply(ops)
    return update_state(state, doc.case, heard[-1])


def test_rename_redraws_that_person_only_and_runs_no_layout(
        monkeypatch: pytest.MonkeyPatch) -> None:
    counter = Counter(monkeypatch, GenogramMap)
    doc = CaseDocument(example_case())
    state = draw_state(doc.case, MapKind.GENOGRAM)
    assert counter.calls == 1
    kees = doc.case.network.people[_id(doc.case, "Kees")]
    update = _edit(state, doc, [Put("people", kees.model_copy(update={"name": "Kees Vries"}))])
    assert counter.calls == 1 and not update.relayout
    assert [g.owner for g in update.changed] == [("person", kees.id)]
    assert update.removed == []
    assert state.groups == {g.owner: g for g in registry.draw_map(doc.case, MapKind.GENOGRAM)}


def test_what_no_map_draws_redraws_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    counter = Counter(monkeypatch, GenogramMap)
    doc = CaseDocument(example_case())
    states = {k: draw_state(doc.case, k) for k in MapKind}
    heard: list[ChangeSet] = []
    doc.subscribe(heard.append)
    doc.apply([SetMeta(CaseMeta(reference="NIEUW-1"))])  # a keystroke in the case form
    kees = doc.case.network.people[_id(doc.case, "Kees")]
    doc.apply([Put("people", kees.model_copy(update={"notes": "Belt elke zondag."}))])
    drawn: list[str] = []
    for cls in {type(map_spec(k)) for k in MapKind}:
        for name in ("draw", "redraw"):
            real = getattr(cls, name)
            monkeypatch.setattr(cls, name, lambda *a, _r=real, _n=name, **k: (
                drawn.append(_n), _r(*a, **k))[1])
    for i, change in enumerate(heard):
        for kind, state in states.items():
            assert update_state(state, doc.case, change).empty, kind
        if i == 0:
            assert drawn == []  # the case form's change: not even recomputed
    assert counter.calls == 1


def test_an_emotional_tie_redraws_lines_not_the_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    counter = Counter(monkeypatch, GenogramMap)
    doc = CaseDocument(example_case())
    state = draw_state(doc.case, MapKind.GENOGRAM)
    tie = EmotionalTie(a=_id(doc.case, "Petra"), b=_id(doc.case, "Kees"))
    update = _edit(state, doc, [Put("ties", tie)])
    assert counter.calls == 1 and not update.relayout
    assert ("tie", tie.id) in {g.owner for g in update.changed}
    assert {g.owner for g in update.changed} <= {("tie", tie.id), ("legend", "")}


def test_a_structural_edit_runs_the_layout_once(monkeypatch: pytest.MonkeyPatch) -> None:
    counter = Counter(monkeypatch, GenogramMap)
    doc = CaseDocument(example_case())
    state = draw_state(doc.case, MapKind.GENOGRAM)
    ops, child = add_child_ops(doc.case, _id(doc.case, "Kees"))
    before = state.layout
    update = _edit(state, doc, ops)
    assert counter.calls == 2 and update.relayout
    assert ("person", child) in {g.owner for g in update.changed}
    map_layout(doc.case, MapKind.GENOGRAM, previous=before)  # same inputs: from the cache
    assert counter.calls == 2
    assert state.groups == {g.owner: g for g in registry.draw_map(doc.case, MapKind.GENOGRAM)}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases(max_people=10), data=st.data())
def test_layouts_do_not_read_what_their_inputs_leave_out(case: Case, data: st.DataObject) -> None:
    """Names and notes are not layout inputs: changing them moves nobody."""
    people = dict(case.network.people)
    for pid in data.draw(st.lists(st.sampled_from(sorted(people)), unique=True)):
        people[pid] = people[pid].model_copy(update={
            "name": data.draw(st.text(max_size=30)), "notes": "x"})
    changed = case.model_copy(update={"network": case.network.replace(people=people)})
    for kind in MapKind:
        spec = map_spec(kind)
        assert spec.layout_inputs(changed, DEFAULT_STYLE) == spec.layout_inputs(
            case, DEFAULT_STYLE)
        assert (spec.compute_layout(changed, DEFAULT_STYLE).positions
                == spec.compute_layout(case, DEFAULT_STYLE).positions)


def test_network_maps_show_the_living_network() -> None:
    case = example_case()
    shown = set(map_spec(MapKind.ECOGRAM).shows(case))
    assert shown == {p.id for p in network_people(case)}
    assert _id(case, "Gerrit") not in shown  # deceased
    assert _id(case, "Ruud") not in map_spec(MapKind.GENOGRAM).shows(case)  # a professional



def test_a_partner_keeps_their_side_when_a_birth_year_is_entered() -> None:
    from netwerkkaart.model import Network, ParentChildTie, PartnershipTie, Person

    a = Person(id="a", name="Anna", sex=Sex.FEMALE, birth="1950")
    b = Person(id="b", name="Bea", sex=Sex.FEMALE)
    kid = Person(id="k", name="Kind", sex=Sex.MALE, birth="1980")
    net = Network(people={p.id: p for p in (a, b, kid)}, refs={"client": "a"},
                  ties={"u": PartnershipTie(id="u", a="a", b="b"),
                        "p1": ParentChildTie(id="p1", a="a", b="k"),
                        "p2": ParentChildTie(id="p2", a="b", b="k")})
    doc = CaseDocument(Case(network=net))
    state = draw_state(doc.case, MapKind.GENOGRAM)
    x = state.layout.positions
    assert x["a"][0] < x["b"][0]  # the earlier born stands left
    _edit(state, doc, [Put("people", b.model_copy(update={"birth": "1940"}))])
    x = state.layout.positions
    assert x["a"][0] < x["b"][0]  # and stays left when Bea turns out to be older
    fresh = map_spec(MapKind.GENOGRAM).compute_layout(doc.case, DEFAULT_STYLE).positions
    assert fresh["b"][0] < fresh["a"][0]  # laid out afresh, the rule would swap them
