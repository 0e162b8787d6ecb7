"""The model is the one judge of an edit: refused edits change nothing, and every state reached
through accepted edits, undo and redo is a valid, saveable case."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netwerkkaart.example import example_case
from netwerkkaart.io.casefile import to_bytes
from netwerkkaart.model import (
    Case,
    CaseDocument,
    CaseError,
    Cell,
    Custom,
    Delete,
    EditRefused,
    EmotionalTie,
    Household,
    MapKind,
    Network,
    Op,
    ParentChildKind,
    ParentChildTie,
    PartnershipTie,
    Person,
    Place,
    PlaceCell,
    Position,
    Pregnancy,
    Put,
    RingCode,
    SectorCode,
    SetRef,
    SupportTie,
    TwinSet,
    apply_ops,
    case_problems,
    check_edit,
    validate_case,
)
from netwerkkaart.model.edits import delete_people_ops, make_client_ops, set_household_ops
from netwerkkaart.model.people import BIRTH_IN_FUTURE, DEATH_BEFORE_BIRTH, DEATH_IN_FUTURE
from netwerkkaart.model.ties import DUPLICATE_PARENT, END_BEFORE_START, SELF_TIE, THIRD_PARENT
from tests.strategies import cases


def _id(case: Case, first_name: str) -> str:
    return next(p.id for p in case.network.people.values() if p.name.split()[0] == first_name)


def refused(case: Case, ops: list[Op]) -> EditRefused:
    doc = CaseDocument(case)
    with pytest.raises(EditRefused) as info:
        doc.apply(ops)
    assert doc.case is case  # nothing landed
    return info.value


def test_grandchild_as_parent_of_grandparent_is_refused_before_it_lands() -> None:
    """The reproduction of the redo bug, in the model: the loop never reaches the case."""
    case = example_case()
    loop = ParentChildTie(a=_id(case, "Sanne"), b=_id(case, "Jan"))
    err = refused(case, [Put("ties", loop)])
    assert "eigen voorouder" in str(err)


def test_people_rules_have_one_wording_each_and_name_the_field() -> None:
    case = example_case()
    jan = case.network.people[_id(case, "Jan")]
    future = f"{dt.date.today().year + 2}"
    cases_and_rules = [
        (jan.model_copy(update={"birth": future}), BIRTH_IN_FUTURE, "birth"),
        (jan.model_copy(update={"death": future}), DEATH_IN_FUTURE, "death"),
        (jan.model_copy(update={"death": "1930"}), DEATH_BEFORE_BIRTH, "death"),
    ]
    for person, message, field in cases_and_rules:
        err = refused(case, [Put("people", person)])
        assert str(err) == message and err.field == field


def test_a_pregnancy_may_be_due_in_the_future() -> None:
    case = example_case()
    baby = Person(name="", pregnancy="pregnancy", birth=f"{dt.date.today().year + 1}")
    CaseDocument(case).apply([Put("people", baby)])


def test_the_file_refuses_a_future_birth_as_the_panel_does() -> None:
    """Issue 13: what the panel refuses, the file refuses too (a pregnancy may be due); a
    GEDCOM's future date is left empty with a message instead (tests/io/test_gedcom.py)."""
    odd = Person(name="Uit een bestand", birth=f"{dt.date.today().year + 5}")
    case = Case(network=Network(people={odd.id: odd}, refs={"client": odd.id}))
    with pytest.raises(CaseError, match="toekomst"):
        validate_case(case)
    due = odd.model_copy(update={"pregnancy": Pregnancy.PREGNANCY})
    validate_case(Case(network=Network(people={due.id: due}, refs={"client": due.id})))


def test_tie_rules() -> None:
    case = example_case()
    jan, petra, kees = _id(case, "Jan"), _id(case, "Petra"), _id(case, "Kees")
    assert str(refused(case, [Put("ties", SupportTie(a=jan, b=jan))])) == SELF_TIE
    assert str(refused(case, [Put("ties", ParentChildTie(a=jan, b=petra))])) == DUPLICATE_PARENT
    third = ParentChildTie(a=kees, b=petra, relation=ParentChildKind.BIOLOGICAL)
    assert str(refused(case, [Put("ties", third)])) == THIRD_PARENT
    CaseDocument(case).apply([Put("ties", third.model_copy(
        update={"relation": ParentChildKind.ADOPTED}))])  # a third, adoptive parent is fine
    odd = PartnershipTie(a=kees, b=petra, start="2000", end="1990")
    assert str(refused(case, [Put("ties", odd)])) == END_BEFORE_START


def test_references_are_checked_for_every_kind() -> None:
    case = example_case()
    jan = _id(case, "Jan")
    assert "niet bestaat" in str(refused(case, [Put("ties", EmotionalTie(a=jan, b="niemand"))]))
    assert "niet bestaat" in str(refused(case, [SetRef("client", "niemand")]))
    assert "niet bestaat" in str(refused(
        case, [Place(MapKind.ECOGRAM, "niemand", Position(x=0, y=0))]))
    assert "meer dan één huishouden" in str(refused(
        case, [Put("households", Household(members=(jan,)))]))
    assert "te weinig leden" in str(refused(case, [Put("twin_sets", TwinSet(members=(jan,)))]))
    bad_cell = Cell(ring=Custom(custom="Verre verte"), sector=SectorCode.FAMILIE)
    assert "ring of sector" in str(refused(case, [PlaceCell(jan, bad_cell)]))


def test_the_client_cannot_be_deleted_but_can_move() -> None:
    case = example_case()
    jan, maria = _id(case, "Jan"), _id(case, "Maria")
    err = refused(case, delete_people_ops(case, [jan, maria]))
    assert "cliënt kan niet worden verwijderd" in str(err)
    doc = CaseDocument(case)
    doc.apply(make_client_ops(case, maria))
    doc.apply(delete_people_ops(doc.case, [jan]))
    validate_case(doc.case)
    assert doc.case.network.client_id == maria


def test_a_refused_edit_announces_nothing() -> None:
    doc = CaseDocument(example_case())
    heard: list[object] = []
    doc.subscribe(heard.append)
    with pytest.raises(EditRefused):
        doc.apply([SetRef("client", None)])
    assert heard == []


# -- the property: every reachable state is valid and saveable ---------------------------


def _random_edit(case: Case, data: st.DataObject) -> list[Op]:
    """A plausible or implausible edit a user might attempt, many of them to be refused."""
    ids = list(case.network.people)
    pick = st.sampled_from(ids)
    year = st.integers(1900, dt.date.today().year + 3).map(str)
    what = data.draw(st.sampled_from(  # parent ties often: loops need several of them
        ["person", "parent", "parent", "parent", "parent", "partner", "emotional", "delete",
         "delete_tie", "household", "twins", "client", "place", "cell", "rename", "dates"]))
    if what == "person":
        return [Put("people", Person(name="x", birth=data.draw(st.none() | year),
                                     death=data.draw(st.none() | year)))]
    if what in ("parent", "partner", "emotional"):
        a, b = data.draw(pick), data.draw(pick | st.just("niemand"))
        tie = (ParentChildTie(a=a, b=b, relation=data.draw(st.sampled_from(ParentChildKind)))
               if what == "parent" else PartnershipTie(a=a, b=b) if what == "partner"
               else EmotionalTie(a=a, b=b))
        return [Put("ties", tie)]
    if what == "delete":
        return delete_people_ops(case, data.draw(st.lists(pick, max_size=3)))
    if what == "delete_tie" and case.network.ties:
        return [Delete("ties", data.draw(st.sampled_from(sorted(case.network.ties))))]
    if what == "household":
        return set_household_ops(case, data.draw(st.lists(pick, max_size=3)))
    if what == "twins":
        return [Put("twin_sets", TwinSet(members=tuple(data.draw(st.lists(pick, max_size=3)))))]
    if what == "client":
        return [SetRef("client", data.draw(st.none() | pick | st.just("niemand")))]
    if what == "place":
        return [Place(data.draw(st.sampled_from(MapKind)), data.draw(pick | st.just("niemand")),
                      Position(x=1.0, y=2.0))]
    if what == "cell":
        ring = data.draw(st.sampled_from([*RingCode, Custom(custom="Eigen ring")]))
        return [PlaceCell(data.draw(pick), Cell(ring=ring, sector=SectorCode.BUREN))]
    person = case.network.people[data.draw(pick)]
    if what == "rename":
        return [Put("people", person.model_copy(update={"name": "y"}))]
    return [Put("people", person.model_copy(update={
        "birth": data.draw(st.none() | year), "death": data.draw(st.none() | year)}))]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=cases(max_people=6), data=st.data())
def test_every_state_reachable_by_edits_undo_and_redo_is_valid(start: Case,
                                                               data: st.DataObject) -> None:
    doc = CaseDocument(start)
    done: list[tuple[list[Op], list[Op]]] = []  # (ops, inverse) as an undo stack holds them
    undone: list[tuple[list[Op], list[Op]]] = []
    for _ in range(data.draw(st.integers(5, 30))):
        action = data.draw(st.sampled_from(["edit", "edit", "edit", "undo", "redo"]))
        if action == "edit":
            ops = _random_edit(doc.case, data)
            if not ops:
                continue
            try:
                inverse = doc.apply(ops)
            except EditRefused:
                continue  # refused: nothing to undo, nothing on the stack
            done.append((ops, inverse))
            undone.clear()  # a new edit drops the redo history, as QUndoStack does
        elif action == "undo" and done:
            ops, inverse = done.pop()
            doc.apply_unchecked(inverse)
            undone.append((ops, inverse))
        elif action == "redo" and undone:
            ops, _ = undone.pop()
            done.append((ops, doc.apply_unchecked(ops)))
        validate_case(doc.case)
        to_bytes(doc.case)  # saveable


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=cases(max_people=6), data=st.data())
def test_what_the_edit_check_accepts_the_full_validation_accepts(start: Case,
                                                                 data: st.DataObject) -> None:
    """The check looks only at what an edit touched; it must never let through what the full
    validation of a loaded file would refuse."""
    case = start
    for _ in range(10):
        ops = _random_edit(case, data)
        if not ops:
            continue
        try:
            applied = check_edit(case, ops)
        except EditRefused:
            continue
        assert list(case_problems(applied.case)) == []
        case = applied.case
    assert list(case_problems(apply_ops(case, []).case)) == []
