"""Quick genogram building: one edit per father, mother, partner, child, sibling."""

from __future__ import annotations

import pytest

from netwerkkaart.model import (
    Case,
    CaseDocument,
    Network,
    ParentChildTie,
    PartnershipTie,
    Person,
    Sex,
    validate_case,
)
from netwerkkaart.model.family_ops import (
    FamilyEditError,
    add_child_ops,
    add_parent_ops,
    add_partner_ops,
    add_sibling_ops,
)


def _doc() -> tuple[CaseDocument, str]:
    client = Person(name="Cliënt", sex=Sex.FEMALE)
    net = Network(people={client.id: client}, refs={"client": client.id})
    return CaseDocument(Case(network=net)), client.id


def test_father_then_mother_become_a_couple() -> None:
    doc, me = _doc()
    ops, father = add_parent_ops(doc.case, me, Sex.MALE)
    doc.apply(ops)
    ops, mother = add_parent_ops(doc.case, me, Sex.FEMALE)
    doc.apply(ops)
    net = doc.case.network
    assert sorted(net.parents_of(me)) == sorted([father, mother])
    assert net.people[father].sex is Sex.MALE and net.people[mother].sex is Sex.FEMALE
    assert [(t.a, t.b) for t in net.partnerships()] == [(father, mother)]
    validate_case(doc.case)
    with pytest.raises(FamilyEditError, match="twee biologische ouders"):
        add_parent_ops(doc.case, me, Sex.MALE)


def test_second_father_is_refused() -> None:
    doc, me = _doc()
    doc.apply(add_parent_ops(doc.case, me, Sex.MALE)[0])
    with pytest.raises(FamilyEditError, match="vader"):
        add_parent_ops(doc.case, me, Sex.MALE)


def test_partner_gets_the_other_sex_and_child_both_parents() -> None:
    doc, me = _doc()
    ops, partner = add_partner_ops(doc.case, me)
    doc.apply(ops)
    assert doc.case.network.people[partner].sex is Sex.MALE
    ops, child = add_child_ops(doc.case, me)
    doc.apply(ops)
    assert sorted(doc.case.network.parents_of(child)) == sorted([me, partner])
    validate_case(doc.case)


def test_child_goes_to_the_current_partner_after_a_divorce() -> None:
    doc, me = _doc()
    ops, ex = add_partner_ops(doc.case, me)
    doc.apply(ops)
    first = next(doc.case.network.partnerships())
    from netwerkkaart.model import PartnershipStatus, Put

    doc.apply([Put("ties", first.model_copy(update={"status": PartnershipStatus.DIVORCED}))])
    ops, new = add_partner_ops(doc.case, me)
    doc.apply(ops)
    ops, child = add_child_ops(doc.case, me)
    doc.apply(ops)
    assert sorted(doc.case.network.parents_of(child)) == sorted([me, new])


def test_sibling_creates_unknown_parents_once() -> None:
    doc, me = _doc()
    ops, sib = add_sibling_ops(doc.case, me)
    doc.apply(ops)
    parents = sorted(doc.case.network.parents_of(me))
    assert len(parents) == 2 and sorted(doc.case.network.parents_of(sib)) == parents
    ops, sib2 = add_sibling_ops(doc.case, me)
    doc.apply(ops)
    assert sorted(doc.case.network.parents_of(sib2)) == parents
    assert len(doc.case.network.people) == 5
    assert sum(isinstance(t, PartnershipTie) for t in doc.case.network.ties.values()) == 1
    assert sum(isinstance(t, ParentChildTie) for t in doc.case.network.ties.values()) == 6
    validate_case(doc.case)


def test_every_quick_edit_undoes_exactly() -> None:
    doc, me = _doc()
    before = doc.case
    inverse = doc.apply(add_sibling_ops(doc.case, me)[0])
    doc.apply(inverse)
    assert doc.case == before
