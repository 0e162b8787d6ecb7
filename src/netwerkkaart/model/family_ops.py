"""Quick genogram building: add a father, mother, partner, child or sibling in one edit.

Each helper returns ``(ops, new_person_id)`` for one undo command, or raises
:class:`FamilyEditError` with a Dutch message when the edit makes no sense (a third
biological parent, say). New people get no name: the UI selects them so the user types it.
"""

from __future__ import annotations

from ..i18n import tr
from .case import Case
from .check import EditRefused
from .edits import Op, Put
from .enums import ParentChildKind, PartnershipStatus, PersonKind, Sex
from .people import Person
from .records import Problem
from .ties import THIRD_PARENT, ParentChildTie, PartnershipTie


class FamilyEditError(EditRefused):
    """The quick edit cannot be done; the message is Dutch."""

    def __init__(self, message: str) -> None:
        super().__init__(Problem(message))


def _opposite(sex: Sex) -> Sex:
    return {Sex.MALE: Sex.FEMALE, Sex.FEMALE: Sex.MALE}.get(sex, Sex.UNKNOWN)


def _birth_parents(case: Case, pid: str) -> list[str]:
    return [t.a for t in case.network.parent_links()
            if t.b == pid and t.relation is ParentChildKind.BIOLOGICAL]


def _partnered(case: Case, a: str, b: str) -> bool:
    return any({t.a, t.b} == {a, b} for t in case.network.partnerships())


def add_parent_ops(case: Case, child_id: str, sex: Sex) -> tuple[list[Op], str]:
    parents = _birth_parents(case, child_id)
    people = case.network.people
    if len(parents) >= 2:
        raise FamilyEditError(tr(THIRD_PARENT))
    if any(people[p].sex is sex and sex in (Sex.MALE, Sex.FEMALE) for p in parents):
        word = "vader" if sex is Sex.MALE else "moeder"
        raise FamilyEditError(tr("Deze persoon heeft al een {word}. Voeg eventueel een "
                                 "partner toe aan die ouder.", word=word))
    parent = Person(sex=sex, kind=PersonKind.FAMILY)
    ops: list[Op] = [Put("people", parent),
                     Put("ties", ParentChildTie(a=parent.id, b=child_id))]
    for other in parents:
        if not _partnered(case, other, parent.id):
            ops.append(Put("ties", PartnershipTie(a=other, b=parent.id)))
    return ops, parent.id


def add_partner_ops(case: Case, pid: str) -> tuple[list[Op], str]:
    me = case.network.people[pid]
    partner = Person(sex=_opposite(me.sex),
                     kind=PersonKind.PARTNER if case.network.is_client(pid) else PersonKind.FAMILY)
    return [Put("people", partner), Put("ties", PartnershipTie(a=pid, b=partner.id))], partner.id


def current_partner(case: Case, pid: str) -> str | None:
    """The partner of the latest ongoing partnership, else of the latest one."""
    ties = [t for t in case.network.partnerships() if pid in (t.a, t.b)]
    if not ties:
        return None
    ongoing = [t for t in ties if t.status in (PartnershipStatus.MARRIED,
                                               PartnershipStatus.LIVING_TOGETHER)]
    order = {tid: i for i, tid in enumerate(case.network.ties)}
    chosen = max(ongoing or ties, key=lambda t: (t.start or "", order[t.id]))
    return chosen.b if chosen.a == pid else chosen.a


def add_child_ops(case: Case, pid: str) -> tuple[list[Op], str]:
    child = Person(sex=Sex.UNKNOWN, kind=PersonKind.FAMILY)
    ops: list[Op] = [Put("people", child), Put("ties", ParentChildTie(a=pid, b=child.id))]
    partner = current_partner(case, pid)
    if partner is not None:
        ops.append(Put("ties", ParentChildTie(a=partner, b=child.id)))
    return ops, child.id


def add_sibling_ops(case: Case, pid: str) -> tuple[list[Op], str]:
    """A brother or sister with the same birth parents; unknown parents are created."""
    sibling = Person(sex=Sex.UNKNOWN, kind=PersonKind.FAMILY)
    ops: list[Op] = [Put("people", sibling)]
    parents = _birth_parents(case, pid)
    if not parents:
        father = Person(sex=Sex.MALE, kind=PersonKind.FAMILY)
        mother = Person(sex=Sex.FEMALE, kind=PersonKind.FAMILY)
        ops += [Put("people", father), Put("people", mother),
                Put("ties", PartnershipTie(a=father.id, b=mother.id))]
        parents = [father.id, mother.id]
        ops += [Put("ties", ParentChildTie(a=p, b=pid)) for p in parents]
    ops += [Put("ties", ParentChildTie(a=p, b=sibling.id)) for p in parents]
    return ops, sibling.id
