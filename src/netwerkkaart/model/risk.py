"""Risk groups and risk factors a carer's data shows by itself (domain.md section 4).

Risk groups: a carer under 25 or of 75 or older; the partner of a client of 75 or older; a
carer of a client with dementia, a psychiatric illness, an intellectual disability or in the
terminal phase. Risk factors: living with the client, 8 or more hours of care a week, caring
for longer than 3 months, and a task nobody shares with them. The professional ticks the
other risk factors in the carer's checklist (:class:`.carer.CarerCheck`).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from enum import StrEnum

from .care import Condition
from .carers import overview
from .case import Case
from .dates import age_at
from .enums import PartnershipStatus, PersonKind

HEAVY_HOURS = 8.0
LONG_MONTHS = 3
YOUNG, OLD = 25, 75
SERIOUS = frozenset({Condition.DEMENTIE, Condition.PSYCHIATRISCH, Condition.VERSTANDELIJK,
                     Condition.TERMINAAL})


class RiskGroup(StrEnum):
    JONGE_MANTELZORGER = "jonge_mantelzorger"
    OUDERE_MANTELZORGER = "oudere_mantelzorger"
    PARTNER_VAN_OUDERE = "partner_van_oudere"
    ZWARE_AANDOENING = "zware_aandoening"


class FoundFactor(StrEnum):
    SAMENWONEN = "samenwonen"
    VEEL_UREN = "veel_uren"
    LANGER_DAN_DRIE_MAANDEN = "langer_dan_drie_maanden"
    NIEMAND_OM_TE_DELEN = "niemand_om_te_delen"


@dataclass(frozen=True)
class CarerRisk:
    groups: tuple[RiskGroup, ...]
    factors: tuple[FoundFactor, ...]


def _months_between(start: str, today: str) -> int:
    y0, m0 = int(start[:4]), int(start[5:7]) if len(start) >= 7 else 1
    y1, m1 = int(today[:4]), int(today[5:7])
    return (y1 - y0) * 12 + (m1 - m0)


def carer_risk(case: Case, pid: str, today: str | None = None) -> CarerRisk:
    """What the data says about one carer (a mantelzorger, or anyone with a task)."""
    today = today or _dt.date.today().isoformat()
    net = case.network
    person = net.people[pid]
    client_id = net.client_id
    client = net.people.get(client_id or "")
    groups: list[RiskGroup] = []
    age = age_at(person.birth, today)
    if age is not None and age < YOUNG:
        groups.append(RiskGroup.JONGE_MANTELZORGER)
    if age is not None and age >= OLD:
        groups.append(RiskGroup.OUDERE_MANTELZORGER)
    client_age = age_at(client.birth, today) if client else None
    partners = {t.a if t.b == client_id else t.b for t in net.partnerships()
                if client_id in (t.a, t.b) and t.status not in (
                    PartnershipStatus.DIVORCED, PartnershipStatus.SEPARATED)}
    is_partner = pid in partners or person.kind is PersonKind.PARTNER
    if is_partner and client_age is not None and client_age >= OLD:
        groups.append(RiskGroup.PARTNER_VAN_OUDERE)
    if SERIOUS & set(case.care.conditions):
        groups.append(RiskGroup.ZWARE_AANDOENING)

    factors: list[FoundFactor] = []
    if client_id and any(pid in h.members and client_id in h.members
                         for h in net.households.values()):
        factors.append(FoundFactor.SAMENWONEN)
    over = overview(net)
    if over.hours_by_person.get(pid, 0.0) >= HEAVY_HOURS:
        factors.append(FoundFactor.VEEL_UREN)
    mine = [a for a in net.records("assignments").values() if a.person == pid]
    starts = [a.since for a in mine if a.since]
    if starts and _months_between(min(starts), today) > LONG_MONTHS:
        factors.append(FoundFactor.LANGER_DAN_DRIE_MAANDEN)
    if any(over.people_by_task.get(a.task) == (pid,) for a in mine):
        factors.append(FoundFactor.NIEMAND_OM_TE_DELEN)
    return CarerRisk(tuple(groups), tuple(factors))
