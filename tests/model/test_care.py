"""Who is who: the bookkeeping of care tasks and hours, the carer and main-carer rules, the
hour limits, cascade delete of the care records, and the file."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from netwerkkaart.example import example_case
from netwerkkaart.io.casefile import from_bytes, to_bytes
from netwerkkaart.model import (
    Agreement,
    Assignment,
    CareSituation,
    CareTask,
    Case,
    CaseDocument,
    Condition,
    Custom,
    Delete,
    EditRefused,
    Frequency,
    Network,
    Person,
    PersonKind,
    Put,
    Referral,
    SetPart,
    SetRef,
    TaskKind,
    validate_case,
)
from netwerkkaart.model.care import (
    HOURS_FORMAT,
    HOURS_RANGE,
    TOO_MANY_HOURS,
    Destination,
    HoursError,
    format_hours,
    parse_hours,
)
from netwerkkaart.model.carers import overview
from netwerkkaart.model.edits import delete_ops, delete_people_ops


def _small() -> Case:
    people = [Person(id="c", name="Cliënt"), Person(id="ans", name="Ans"),
              Person(id="bob", name="Bob", kind=PersonKind.FRIEND),
              Person(id="pro", name="Pro", kind=PersonKind.PROFESSIONAL),
              Person(id="vol", name="Vol", kind=PersonKind.VOLUNTEER_ORGANISED)]
    tasks = [CareTask(id="was", kind=TaskKind.PERSOONLIJKE_VERZORGING),
             CareTask(id="boodschap", kind=Custom(custom="Boodschappen")),
             CareTask(id="klus", kind=TaskKind.KLUSSEN),
             CareTask(id="admin", kind=TaskKind.ADMINISTRATIE, needed=False)]
    work = [Assignment(id="1", task="was", person="ans", hours=10),
            Assignment(id="2", task="was", person="pro", hours=3),
            Assignment(id="3", task="boodschap", person="bob", hours=2.5),
            Assignment(id="4", task="boodschap", person="vol", hours=1)]
    net = Network(people={p.id: p for p in people}, care_tasks={t.id: t for t in tasks},
                  assignments={a.id: a for a in work}, refs={"client": "c"})
    return Case(network=net)


def test_totals_carers_main_carer_uncovered_and_fragile() -> None:
    o = overview(_small().network)
    assert o.hours_by_person == {"ans": 10, "pro": 3, "bob": 2.5, "vol": 1}
    assert o.hours_by_task == {"was": 13, "boodschap": 3.5, "klus": 0, "admin": 0}
    assert o.carers == ("ans", "bob")  # not the professional, not the organised volunteer
    assert o.main_carer == "ans" and not o.main_carer_chosen
    assert o.uncovered == ("klus",)  # needed and nobody; admin is not needed
    assert o.fragile == ()  # washing and shopping have two people each
    doc = CaseDocument(_small())
    doc.apply([Delete("assignments", "2")])
    assert overview(doc.case.network).fragile == ("was",)
    doc.apply([SetRef("main_carer", "bob")])
    o = overview(doc.case.network)
    assert o.main_carer == "bob" and o.main_carer_chosen
    # a neighbour down for a task without hours covers it, but is no mantelzorger
    doc.apply([Put("people", Person(id="bur", name="Buur", kind=PersonKind.NEIGHBOUR)),
               Put("assignments", Assignment(id="5", task="klus", person="bur"))])
    o = overview(doc.case.network)
    assert "klus" not in o.uncovered and o.fragile == ("was", "klus")
    assert "bur" not in o.carers and o.carers == ("ans", "bob")
    # someone who died gives no care, whatever is still written down
    bob = doc.case.network.people["bob"]
    doc.apply([Put("people", bob.model_copy(update={"deceased": True}))])
    o = overview(doc.case.network)
    assert "bob" not in o.hours_by_person and o.carers == ("ans",)
    assert o.hours_by_task["boodschap"] == 1 and o.main_carer == "ans"


def test_the_example_has_a_main_carer_an_uncovered_task_and_a_regie() -> None:
    case = example_case()
    net = case.network
    o = overview(net)
    names = {pid: p.name.split()[0] for pid, p in net.people.items()}
    assert names[o.main_carer or ""] == "Maria" and o.hours_by_person[o.main_carer or ""] == 40
    assert [net.records("care_tasks")[t].kind for t in o.uncovered] == [TaskKind.KLUSSEN]
    assert names[net.ref("regie") or ""] == "Petra"
    assert names[net.ref("aanspreekpunt") or ""] == "Maria"
    assert Condition.DEMENTIE in case.care.conditions


def test_hours_the_dutch_way_with_one_wording_each() -> None:
    assert parse_hours("2,5") == 2.5 and parse_hours("3") == 3 and parse_hours(" ") is None
    assert parse_hours("1½") == 1.5 and parse_hours("168") == 168
    for bad, message in (("veel", HOURS_FORMAT), ("-1", HOURS_RANGE), ("169", HOURS_RANGE)):
        with pytest.raises(HoursError) as info:
            parse_hours(bad)
        assert str(info.value) == message and bad not in str(info.value)
    assert format_hours(2.5) == "2,5" and format_hours(3.0) == "3"
    with pytest.raises(ValidationError):
        Assignment(task="t", person="p", hours=169)


def test_more_than_168_hours_for_one_person_is_refused_with_the_reason() -> None:
    doc = CaseDocument(_small())
    with pytest.raises(EditRefused) as info:
        doc.apply([Put("assignments", Assignment(task="klus", person="ans", hours=160))])
    assert str(info.value) == TOO_MANY_HOURS and info.value.field == "hours"
    with pytest.raises(EditRefused, match="staat al bij deze taak"):
        doc.apply([Put("assignments", Assignment(task="was", person="ans", hours=1))])
    doc.apply([Put("assignments", Assignment(task="klus", person="ans", hours=158,
                                             frequency=Frequency.DAGELIJKS))])


def test_deleting_people_and_tasks_takes_their_care_records_along() -> None:
    case = example_case()
    net = case.network
    maria = next(pid for pid, p in net.people.items() if p.name.startswith("Maria"))
    petra = next(pid for pid, p in net.people.items() if p.name.startswith("Petra"))
    doc = CaseDocument(case)
    doc.apply(delete_people_ops(case, [maria]))
    after = doc.case.network
    assert all(a.person != maria for a in after.records("assignments").values())
    assert all(maria not in a.who for a in after.records("agreements").values())
    assert all(r.for_whom != maria for r in after.records("referrals").values())
    assert after.ref("aanspreekpunt") is None  # an optional reference is cleared
    validate_case(doc.case)
    task = next(iter(after.records("care_tasks")))
    doc.apply(delete_ops(doc.case, {"care_tasks": [task]}))
    assert all(a.task != task for a in doc.case.network.records("assignments").values())
    assert doc.case.network.ref("regie") == petra


def test_the_care_situation_is_one_edit_and_travels_in_the_file() -> None:
    doc = CaseDocument(example_case())
    inverse = doc.apply([SetPart("care", CareSituation(conditions=(Condition.TERMINAAL,)))])
    assert doc.case.care.conditions == (Condition.TERMINAAL,)
    doc.apply_unchecked(inverse)
    assert doc.case.care.conditions == (Condition.DEMENTIE,)
    data = to_bytes(doc.case)
    assert from_bytes(data) == doc.case
    raw = json.loads(data)
    assert raw["format_version"] >= 3 and raw["network"]["assignments"]


def test_a_version_2_file_gets_empty_care_records() -> None:
    from pathlib import Path

    v2 = Path(__file__).parent.parent / "data" / "case-v2.netwerkkaart"
    case = from_bytes(v2.read_bytes())
    assert case.network.records("care_tasks") == {} and case.care == CareSituation()
    doc = CaseDocument(case)
    doc.apply([Put("care_tasks", CareTask(kind=TaskKind.HUISHOUDEN))])
    doc.apply([Put("agreements", Agreement(what="Bellen", by_when="2027-01-01"))])
    doc.apply([Put("referrals", Referral(destination=Destination.VEILIG_THUIS))])
    assert from_bytes(to_bytes(doc.case)) == doc.case


def test_dates_that_cannot_be_are_refused() -> None:
    from netwerkkaart.model.care import (
        CHECKED_BEFORE_REFERRAL,
        CHECKED_IN_FUTURE,
        DONE_IN_FUTURE,
        SINCE_IN_FUTURE,
        Agreement,
        Destination,
        Referral,
    )

    doc = CaseDocument(_small())
    cases = [
        (Put("assignments", Assignment(id="1", task="was", person="ans", hours=10,
                                       since="2999")), SINCE_IN_FUTURE),
        (Put("agreements", Agreement(what="x", done="2999-01-01")), DONE_IN_FUTURE),
        (Put("referrals", Referral(destination=Destination.VEILIG_THUIS, date="2026-11-20",
                                   checked_back="2999")), CHECKED_IN_FUTURE),
        (Put("referrals", Referral(destination=Destination.WMO, date="2026-11-20",
                                   checked_back="2026-11-01")), CHECKED_BEFORE_REFERRAL),
    ]
    for op, message in cases:
        with pytest.raises(EditRefused) as info:
            doc.apply([op])
        assert str(info.value) == message
    doc.apply([Put("referrals", Referral(destination=Destination.WMO, date="2026-11-20",
                                         checked_back="2026-11-20"))])  # the same day: fine
