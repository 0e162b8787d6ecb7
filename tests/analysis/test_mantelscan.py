"""The MantelScan path: each step's done-rule on hand-made cases, what is missing and where
to fill it in, and the example walked to the end."""

from __future__ import annotations

from netwerkkaart.analysis.mantelscan import FRESH_MONTHS, draft_conclusion, steps
from netwerkkaart.example import example_case
from netwerkkaart.model import CaseDocument, Delete, Person, Put, SetPart, SetRef
from netwerkkaart.model.care import Assignment, CareSituation, CareTask, ScanConclusion, TaskKind
from netwerkkaart.model.carer import BalanceCheck

TODAY = "2026-11-26"


def _pid(case, first: str) -> str:  # type: ignore[no-untyped-def]
    return next(p.id for p in case.network.people.values() if p.name.split()[0] == first)


def test_the_example_has_walked_all_five_steps() -> None:
    done = steps(example_case(), TODAY)
    assert [s.number for s in done] == [1, 2, 3, 4, 5]
    assert all(s.done for s in done) and all(s.rule for s in done)


def test_each_step_says_what_is_missing_and_where() -> None:
    doc = CaseDocument(example_case())
    case = doc.case
    net = case.network
    # step 1: no mantelzorger without hours
    doc.apply([Delete("assignments", a) for a in net.records("assignments")])
    s1, s2, s3 = steps(doc.case, TODAY)[:3]
    assert not s1.done and s1.missing[0].where == "care_table"
    assert not s2.done and s2.missing[0].where == "care_table"  # tasks, but nobody on them
    assert s3.done  # no carers: nothing to measure


def test_step_3_wants_a_result_younger_than_six_months() -> None:
    doc = CaseDocument(example_case())
    henk = _pid(doc.case, "Henk")
    assert steps(doc.case, TODAY)[2].done
    later = "2027-05-16"  # six months after the example's measurements (16-11-2026)
    assert steps(doc.case, "2027-05-15")[2].done  # a day younger: still fresh
    step3 = steps(doc.case, later)[2]
    assert not step3.done and {m.person for m in step3.missing} >= {henk}
    assert all(m.where == "carer" for m in step3.missing)
    doc.apply([Put("balance_checks", BalanceCheck(person=henk, date="2026-11-26", how=7))])
    assert henk not in {m.person for m in steps(doc.case, later)[2].missing}
    assert FRESH_MONTHS == 6


def test_steps_2_4_and_5_rules() -> None:
    doc = CaseDocument(example_case())
    doc.apply([SetPart("care", CareSituation()), SetRef("regie", None),
               SetPart("scan", ScanConclusion())])
    s = steps(doc.case, TODAY)
    assert [m.where for m in s[1].missing] == ["case_panel"]
    assert [m.where for m in s[3].missing] == ["case_panel"]  # the regie
    assert [m.where for m in s[4].missing] == ["conclusion"]
    for aid in list(doc.case.network.records("agreements")):
        doc.apply([Delete("agreements", aid)])
    assert [m.where for m in steps(doc.case, TODAY)[4].missing] == ["conclusion", "plan"]


def test_a_new_case_starts_at_step_one() -> None:
    from netwerkkaart.model import Case, Network

    case = Case(network=Network(people={"c": Person(id="c", name="C")}, refs={"client": "c"},
                                care_tasks={"t": CareTask(id="t", kind=TaskKind.VERVOER)},
                                assignments={"a": Assignment(id="a", task="t", person="c",
                                                             hours=1)}))
    first = steps(case, TODAY)[0]
    assert not first.done and {m.where for m in first.missing} == {"genogram", "care_table"}


def test_the_draft_conclusion_starts_with_the_main_risks_and_kunnen_weten_willen() -> None:
    text = draft_conclusion(example_case(), TODAY)
    lines = text.splitlines()
    assert lines[0] == "Zorgen:" and "86%" in lines[1] and "overbelast" in lines[2]
    assert any(line.startswith("- Maria de Vries-Bakker: kan:") for line in lines)


def test_the_draft_reads_plain_and_lists_the_agreements() -> None:
    text = draft_conclusion(example_case(), TODAY)
    assert "vanaf 50%" not in text and "(vanaf 3" not in text  # thresholds stay in the panel
    assert "wil: één middag per week voor zichzelf" in text
    assert "Afspraken:" in text and "Dagbesteding voor Jan aanvragen" in text
