"""Momentopnames in the model: kept whole, never changed by an edit or its undo."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from netwerkkaart.analysis.moments import make_snapshot
from netwerkkaart.example import example_case
from netwerkkaart.model import (
    AddSnapshot,
    CaseDocument,
    Cell,
    EditRefused,
    MapKind,
    Place,
    PlaceCell,
    Position,
    Put,
    RemoveSnapshot,
    RingCode,
    SectorCode,
    SetMeta,
    SetPart,
    SetRef,
    Snapshot,
    SupportStrength,
    validate_case,
)
from netwerkkaart.model.care import CareSituation, ScanConclusion
from netwerkkaart.model.ecomap import EcoCategory, EcoPlace
from netwerkkaart.model.edits import PlaceEco, SetCircle, delete_people_ops
from tests.strategies import cases


def _dump(snapshot: Snapshot) -> str:
    return json.dumps(snapshot.model_dump(mode="json"), sort_keys=True)


def _every_kind_of_edit(doc: CaseDocument) -> list[list]:
    case = doc.case
    net = case.network
    maria = next(p for p in net.people.values() if p.name.startswith("Maria"))
    kees = next(p for p in net.people.values() if p.name.startswith("Kees"))
    support = next(t for t in net.ties.values() if getattr(t, "strength", None))
    assignment = next(iter(net.records("assignments").values()))
    circle = case.circle
    return [
        [Put("people", maria.model_copy(update={"name": "Maria B."}))],
        [Put("ties", support.model_copy(update={"strength": SupportStrength.STRESSFUL}))],
        [Put("assignments", assignment.model_copy(update={"hours": 99.0}))],
        delete_people_ops(case, [kees.id]),
        [SetRef("regie", maria.id)],
        [Place(kind, maria.id, Position(x=5.0, y=7.0, pinned=True)) for kind in MapKind],
        [PlaceCell(maria.id, Cell(ring=RingCode.DIENSTEN, sector=SectorCode.BUREN))],
        [PlaceEco(maria.id, EcoPlace(category=EcoCategory.Z, closeness=4))],
        [SetCircle(tuple(reversed(circle.rings)), tuple(reversed(circle.sectors)))],
        [SetMeta(case.meta.model_copy(update={"reference": "ANDERS"}))],
        [SetPart("care", CareSituation(need="anders"))],
        [SetPart("scan", ScanConclusion(text="anders"))],
        [AddSnapshot(make_snapshot(case, "Evaluatie", "2026-11-20"))],
        [RemoveSnapshot(case.snapshots[0].id)],
    ]


def test_a_snapshot_never_changes_under_any_edit_or_undo() -> None:
    doc = CaseDocument(example_case())
    intake = doc.case.snapshots[0]
    before, state = _dump(intake), intake.state
    undo_all = []
    for ops in _every_kind_of_edit(doc):
        undo = doc.apply(ops)
        undo_all.append(undo)
        assert _dump(intake) == before
        assert intake.state == state
    for undo in reversed(undo_all):
        doc.apply_unchecked(undo)
        assert _dump(intake) == before
    assert doc.case.snapshots == (intake,)
    assert _dump(doc.case.snapshots[0]) == before


@settings(max_examples=25, deadline=None)
@given(cases(max_people=8), st.data())
def test_a_snapshot_survives_deleting_anyone(case, data) -> None:
    doc = CaseDocument(case)
    doc.apply([AddSnapshot(make_snapshot(case, "Intake", "2026-01-05"))])
    snap = doc.case.snapshots[0]
    frozen = _dump(snap)
    doomed = data.draw(st.lists(st.sampled_from(sorted(case.network.people)), unique=True)
                       if case.network.people else st.just([]))
    client = case.network.client_id
    doomed = [p for p in doomed if p != client]
    undo = doc.apply(delete_people_ops(doc.case, doomed))
    assert _dump(doc.case.snapshots[0]) == frozen
    doc.apply_unchecked(undo)
    assert _dump(doc.case.snapshots[0]) == frozen
    validate_case(doc.case)


def test_add_and_remove_are_undone_exactly() -> None:
    case = example_case()
    doc = CaseDocument(case)
    evaluatie = make_snapshot(case, "Evaluatie", "2026-11-26", made_by="M. de Boer")
    undo_add = doc.apply([AddSnapshot(evaluatie)])
    assert [s.name for s in doc.case.snapshots] == ["Intake", "Evaluatie"]
    undo_remove = doc.apply([RemoveSnapshot(case.snapshots[0].id)])
    assert [s.name for s in doc.case.snapshots] == ["Evaluatie"]
    doc.apply_unchecked(undo_remove)
    assert [s.name for s in doc.case.snapshots] == ["Intake", "Evaluatie"]  # in its place
    doc.apply_unchecked(undo_add)
    assert doc.case == case


def test_a_snapshot_holds_the_whole_case_but_not_other_snapshots() -> None:
    case = example_case()
    snap = make_snapshot(case, "Evaluatie", "2026-11-26")
    assert snap.state.snapshots == ()
    assert snap.state.network == case.network and snap.state.views == case.views
    assert snap.findings and all(f.text for f in snap.findings)
    with pytest.raises(ValidationError, match="geen momentopnames"):
        Snapshot(name="x", date="2026-11-26", state=case)


def test_a_name_twice_or_a_broken_state_is_refused() -> None:
    case = example_case()
    doc = CaseDocument(case)
    with pytest.raises(EditRefused, match="dezelfde naam"):
        doc.apply([AddSnapshot(make_snapshot(case, " intake ", "2026-11-26"))])
    broken_net = case.network.replace(refs={})  # no client
    broken = make_snapshot(case, "Kapot", "2026-11-26").model_copy(
        update={"state": case.model_copy(update={"network": broken_net, "snapshots": ()})})
    with pytest.raises(EditRefused, match="klopt niet"):
        doc.apply([AddSnapshot(broken)])
    assert doc.case is case


def test_a_snapshot_has_a_whole_date_and_a_name() -> None:
    case = example_case().model_copy(update={"snapshots": ()})
    with pytest.raises(ValidationError):
        Snapshot(name="Intake", date="2026-03", state=case)
    with pytest.raises(ValidationError):
        Snapshot(name="", date="2026-03-03", state=case)
