"""The bookkeeping of who does what: hours per person and per task, who the mantelzorgers
are and who the main carer is, and which tasks are uncovered or fragile.

* A person is a **mantelzorger** when they give informal care: they spend hours on at least
  one task and are not the client, a professional, an organisation or a volunteer through an
  organisation. Someone down for a task with no hours still covers it, but is not counted.
  Someone who died does nothing any more: their hours and tasks are left out of every sum.
* The **main carer** is the mantelzorger with the most informal hours (the one added first on
  a tie), unless the user chose another (the ``main_carer`` case reference).
* A needed task is **uncovered** when nobody does it, **fragile** when exactly one person does.
"""

from __future__ import annotations

from dataclasses import dataclass

from .care import MAIN_CARER, Assignment, CareTask
from .enums import PersonKind
from .network import Network
from .people import Person

FORMAL_KINDS = frozenset({PersonKind.PROFESSIONAL, PersonKind.ORGANISATION,
                          PersonKind.VOLUNTEER_ORGANISED})


def gives_informal_care(person: Person) -> bool:
    return person.kind not in FORMAL_KINDS


@dataclass(frozen=True)
class CareOverview:
    hours_by_person: dict[str, float]
    hours_by_task: dict[str, float]
    people_by_task: dict[str, tuple[str, ...]]
    carers: tuple[str, ...]
    """The mantelzorgers, most informal hours first."""
    main_carer: str | None
    main_carer_chosen: bool
    """The user chose the main carer (else: the most informal hours)."""
    uncovered: tuple[str, ...]
    fragile: tuple[str, ...]

    @property
    def total_hours(self) -> float:
        return sum(self.hours_by_person.values())

    def informal_hours(self, net: Network) -> float:
        return sum(h for pid, h in self.hours_by_person.items() if pid in self.carers)


def overview(net: Network) -> CareOverview:
    tasks: dict[str, CareTask] = dict(net.records("care_tasks"))
    assignments: list[Assignment] = sorted(net.records("assignments").values(),
                                           key=lambda a: a.id)
    order = {pid: i for i, pid in enumerate(net.people)}
    by_person: dict[str, float] = {}
    by_task: dict[str, float] = {tid: 0.0 for tid in tasks}
    doers: dict[str, list[str]] = {tid: [] for tid in tasks}
    for a in assignments:
        if a.person not in net.people or a.task not in tasks or net.people[a.person].is_deceased:
            continue  # (someone who died gives no care, whatever is still written down)
        by_person[a.person] = round(by_person.get(a.person, 0.0) + a.hours, 2)
        by_task[a.task] = round(by_task[a.task] + a.hours, 2)
        if a.person not in doers[a.task]:
            doers[a.task].append(a.person)
    client = net.client_id
    carers = sorted((pid for pid, hours in by_person.items()
                     if hours > 0 and pid != client and gives_informal_care(net.people[pid])),
                    key=lambda pid: (-by_person[pid], order[pid]))
    chosen = net.ref(MAIN_CARER.name)
    main = chosen if chosen in carers else (carers[0] if carers else None)
    needed = [tid for tid, t in tasks.items() if t.needed]
    return CareOverview(
        hours_by_person=by_person, hours_by_task=by_task,
        people_by_task={tid: tuple(sorted(p, key=order.__getitem__)) for tid, p in doers.items()},
        carers=tuple(carers), main_carer=main, main_carer_chosen=chosen in carers,
        uncovered=tuple(tid for tid in needed if not doers[tid]),
        fragile=tuple(tid for tid in needed if len(doers[tid]) == 1))
