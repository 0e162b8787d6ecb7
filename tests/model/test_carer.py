"""Carers in the model: roles, instrument results and checklists as dated records judged before
they land, and the risk groups and factors the data shows by itself (hand-made cases)."""

from __future__ import annotations

from pathlib import Path

import pytest

from netwerkkaart.example import example_case
from netwerkkaart.io.casefile import from_bytes, to_bytes
from netwerkkaart.model import (
    Case,
    CaseDocument,
    EditRefused,
    Household,
    Network,
    PartnershipStatus,
    PartnershipTie,
    Person,
    PersonKind,
    Put,
)
from netwerkkaart.model.care import Assignment, CareSituation, CareTask, Condition, TaskKind
from netwerkkaart.model.carer import (
    DATE_IN_FUTURE,
    DOMINANT_NOT_A_ROLE,
    F_ALWAYS,
    UNKNOWN_INSTRUMENT,
    Assessment,
    RoleRecord,
    Sofa,
    Wifa,
)
from netwerkkaart.model.edits import delete_people_ops
from netwerkkaart.model.risk import FoundFactor, RiskGroup, carer_risk

TODAY = "2026-11-26"


def _refused(doc: CaseDocument, op: Put) -> str:
    with pytest.raises(EditRefused) as info:
        doc.apply([op])
    return str(info.value)


def _pid(case: Case, first: str) -> str:
    return next(p.id for p in case.network.people.values() if p.name.split()[0] == first)


def test_roles_are_judged_before_they_land() -> None:
    doc = CaseDocument(example_case())
    maria, els = _pid(doc.case, "Maria"), _pid(doc.case, "Els")
    assert _refused(doc, Put("roles", RoleRecord(person=maria, sofa=(Sofa.S, Sofa.F),
                                                 dominant=Sofa.O))) == DOMINANT_NOT_A_ROLE
    # Maria gives informal care: the personal relationship (F) is always one of her roles
    assert _refused(doc, Put("roles", RoleRecord(person=maria, sofa=(Sofa.S,)))) == F_ALWAYS
    assert _refused(doc, Put("roles", RoleRecord(person=maria, date="2999",
                                                 sofa=(Sofa.F,)))) == DATE_IN_FUTURE
    doc.apply([Put("roles", RoleRecord(person=maria, date="2026-11-20",
                                       sofa=(Sofa.O, Sofa.F), dominant=Sofa.O))])
    # a volunteer has WIFA letters with a note each, no SOFA
    doc.apply([Put("roles", RoleRecord(person=els, wifa={Wifa.F: "Vervoer geregeld"}))])
    again = from_bytes(to_bytes(doc.case))
    assert again == doc.case


def test_instrument_answers_are_checked_and_drafts_may_be_unfinished() -> None:
    doc = CaseDocument(example_case())
    maria = _pid(doc.case, "Maria")
    unfinished = tuple([1] * 12 + [None])
    message = _refused(doc, Put("assessments", Assessment(
        person=maria, date="2026-11-20", instrument="csi", answers=unfinished)))
    assert message == "Vraag 13 van de CSI is niet beantwoord."
    doc.apply([Put("assessments", Assessment(person=maria, date="2026-11-20",
                                             instrument="csi", answers=unfinished,
                                             draft=True))])
    assert _refused(doc, Put("assessments", Assessment(
        person=maria, date="2026-11-20", instrument="csi", answers=(2,) * 13,
        draft=True))) == "Vraag 1 van de CSI: dit antwoord bestaat niet; kies 0 tot en met 1."
    assert _refused(doc, Put("assessments", Assessment(
        person=maria, date="2026-11-20", instrument="zarit", answers=()))) == UNKNOWN_INSTRUMENT
    assert _refused(doc, Put("assessments", Assessment(
        person=maria, date="2999-01-01", instrument="csi", answers=(0,) * 13))) == \
        DATE_IN_FUTURE


def test_deleting_a_carer_takes_their_records_along_and_undo_brings_them_back() -> None:
    doc = CaseDocument(example_case())
    maria = _pid(doc.case, "Maria")
    before = doc.case
    inverse = doc.apply(delete_people_ops(doc.case, [maria]))
    net = doc.case.network
    for kind in ("roles", "assessments", "carer_checks"):
        assert not [r for r in net.records(kind).values() if r.person == maria]
    doc.apply_unchecked(inverse)
    assert doc.case == before


def test_an_older_file_has_no_carer_records_yet() -> None:
    v3 = Path(__file__).parent.parent / "data" / "case-v3.netwerkkaart"
    case = from_bytes(v3.read_bytes())
    for kind in ("roles", "assessments", "balance_checks", "carer_checks"):
        assert not case.network.records(kind)
    assert case.network.records("assignments")  # what version 3 had is still there


def _risk_case(carer: Person, *, client_birth: str = "1960", hours: float = 2.0,
               since: str | None = None, partner: bool = False, household: bool = False,
               shared: bool = True, conditions: tuple[Condition, ...] = ()) -> Case:
    client = Person(id="c", name="Cliënt", birth=client_birth)
    other = Person(id="o", name="Ander", kind=PersonKind.FRIEND)
    people = [client, carer, other]
    task = CareTask(id="t", kind=TaskKind.HUISHOUDEN)
    work = [Assignment(id="a1", task="t", person=carer.id, hours=hours, since=since)]
    if shared:
        work.append(Assignment(id="a2", task="t", person="o", hours=1))
    ties = [PartnershipTie(id="p", a="c", b=carer.id, status=PartnershipStatus.MARRIED)] \
        if partner else []
    homes = [Household(id="h", members=("c", carer.id))] if household else []
    net = Network(people={p.id: p for p in people}, ties={t.id: t for t in ties},
                  households={h.id: h for h in homes}, care_tasks={"t": task},
                  assignments={a.id: a for a in work}, refs={"client": "c"})
    return Case(network=net, care=CareSituation(conditions=conditions))


@pytest.mark.parametrize(("birth", "groups"), [
    ("2002-11-27", (RiskGroup.JONGE_MANTELZORGER,)),  # 23: under 25
    ("2001-11-26", ()),  # 25 today: no longer young
    ("1951-11-27", ()),  # 74
    ("1951-11-26", (RiskGroup.OUDERE_MANTELZORGER,)),  # 75 today
    (None, ()),
])
def test_age_risk_groups_at_their_edges(birth: str | None, groups: tuple[RiskGroup, ...]) -> None:
    case = _risk_case(Person(id="m", name="M", birth=birth))
    assert carer_risk(case, "m", TODAY).groups == groups


def test_partner_of_an_older_client_and_a_serious_condition() -> None:
    carer = Person(id="m", name="M", birth="1970")
    assert carer_risk(_risk_case(carer, partner=True, client_birth="1951-11-26"), "m",
                      TODAY).groups == (RiskGroup.PARTNER_VAN_OUDERE,)
    assert carer_risk(_risk_case(carer, partner=True, client_birth="1951-11-27"), "m",
                      TODAY).groups == ()  # the client is 74
    for cond in Condition:
        groups = carer_risk(_risk_case(carer, conditions=(cond,)), "m", TODAY).groups
        serious = cond in (Condition.DEMENTIE, Condition.PSYCHIATRISCH,
                           Condition.VERSTANDELIJK, Condition.TERMINAAL)
        assert groups == ((RiskGroup.ZWARE_AANDOENING,) if serious else ())


def test_risk_factors_found_in_the_data() -> None:
    carer = Person(id="m", name="M", birth="1970")
    assert carer_risk(_risk_case(carer), "m", TODAY).factors == ()
    assert carer_risk(_risk_case(carer, household=True), "m", TODAY).factors == (
        FoundFactor.SAMENWONEN,)
    assert carer_risk(_risk_case(carer, hours=7.5), "m", TODAY).factors == ()
    assert carer_risk(_risk_case(carer, hours=8), "m", TODAY).factors == (
        FoundFactor.VEEL_UREN,)
    assert carer_risk(_risk_case(carer, since="2026-08"), "m", TODAY).factors == ()  # 3 months
    assert carer_risk(_risk_case(carer, since="2026-07"), "m", TODAY).factors == (
        FoundFactor.LANGER_DAN_DRIE_MAANDEN,)
    assert carer_risk(_risk_case(carer, shared=False), "m", TODAY).factors == (
        FoundFactor.NIEMAND_OM_TE_DELEN,)


def test_the_example_main_carer_is_at_risk() -> None:
    case = example_case()
    risk = carer_risk(case, _pid(case, "Maria"), TODAY)
    assert RiskGroup.OUDERE_MANTELZORGER in risk.groups
    assert RiskGroup.ZWARE_AANDOENING in risk.groups
    assert set(risk.factors) == set(FoundFactor)
