"""Edits: every operation list has an exact inverse, and listeners hear what changed."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netwerkkaart.example import example_case
from netwerkkaart.model import (
    CaseDocument,
    ChangeSet,
    Delete,
    EditRefused,
    MapKind,
    PartnershipTie,
    Person,
    Place,
    Position,
    Put,
    SetMeta,
    validate_case,
)
from netwerkkaart.model.edits import delete_people_ops, make_client_ops, set_household_ops
from tests.strategies import cases


def test_apply_then_inverse_restores_the_case() -> None:
    doc = CaseDocument(example_case())
    before = doc.case
    a, b = Person(name="A"), Person(name="B")
    inverse = doc.apply([
        Put("people", a), Put("people", b), Put("ties", PartnershipTie(id="t", a=a.id, b=b.id)),
        Place(MapKind.ECOGRAM, a.id, Position(x=1, y=2)),
        SetMeta(before.meta.model_copy(update={"reference": "X"})),
    ])
    assert doc.case.network.people[a.id] == a
    assert doc.case.meta.reference == "X"
    doc.apply(inverse)
    assert doc.case == before


def test_listeners_hear_the_change_set() -> None:
    doc = CaseDocument(example_case())
    heard: list[ChangeSet] = []
    doc.subscribe(heard.append)
    p = Person(name="Nieuw")
    doc.apply([Put("people", p), Place(MapKind.GENOGRAM, p.id, Position(x=0, y=0))])
    assert heard[-1].people == {p.id}
    assert heard[-1].placed == {MapKind.GENOGRAM: {p.id}}
    assert heard[-1].structural


def test_delete_person_removes_ties_groups_and_placements() -> None:
    case = example_case()
    maria = next(p for p in case.network.people.values() if p.name.startswith("Maria"))
    doc = CaseDocument(case)
    doc.apply([Place(MapKind.ECOGRAM, maria.id, Position(x=5, y=5))])
    inverse = doc.apply(delete_people_ops(doc.case, [maria.id]))
    validate_case(doc.case)
    assert maria.id not in doc.case.network.people
    assert all(maria.id not in (t.a, t.b) for t in doc.case.network.ties.values())
    assert all(maria.id not in h.members for h in doc.case.network.households.values())
    assert maria.id not in doc.case.view(MapKind.ECOGRAM).positions
    doc.apply(inverse)
    assert doc.case.network == case.network


def test_make_client_moves_the_flag() -> None:
    case = example_case()
    other = next(p for p in case.network.people.values() if p.id != case.network.client_id)
    doc = CaseDocument(case)
    doc.apply(make_client_ops(case, other.id))
    assert doc.case.network.client() == doc.case.network.people[other.id]
    validate_case(doc.case)


def test_household_membership_is_exclusive() -> None:
    case = example_case()
    ids = list(case.network.people)[:3]
    doc = CaseDocument(case)
    doc.apply(set_household_ops(case, ids, "Samen"))
    validate_case(doc.case)
    assert doc.case.network.household_of(ids[0]) == doc.case.network.household_of(ids[2])


@settings(max_examples=40, deadline=None)
@given(case=cases(), data=st.data())
def test_delete_any_people_and_undo(case, data) -> None:
    ids = sorted(case.network.people)
    chosen = data.draw(st.lists(st.sampled_from(ids), unique=True, max_size=len(ids)))
    doc = CaseDocument(case)
    if case.network.client_id in chosen:  # the model refuses: the case stays as it was
        with pytest.raises(EditRefused, match="cliënt kan niet worden verwijderd"):
            doc.apply(delete_people_ops(case, chosen))
        assert doc.case == case
        chosen.remove(case.network.client_id)
    inverse = doc.apply(delete_people_ops(case, chosen))
    assert not set(chosen) & set(doc.case.network.people)
    validate_case(doc.case)
    doc.apply_unchecked(inverse)  # undo: back to a state that was valid already
    assert doc.case == case


def test_delete_of_missing_item_is_harmless() -> None:
    doc = CaseDocument(example_case())
    before = doc.case
    assert doc.apply([Delete("people", "nobody")]) == []
    assert doc.case == before
