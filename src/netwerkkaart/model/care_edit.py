"""Edits of the care-task table as lists of operations: one typed cell is one edit.

The table shows tasks as rows and people as columns. A cell is the assignment of that person
to that task (or nothing). Typing hours puts the assignment, clearing the cell deletes it;
how often and since when change the same assignment (and create it, with no hours, when the
person was not down for the task yet). The model checks every list before it lands (the
168-hour rule, a person twice on a task), so these helpers only say what the user meant.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .care import Assignment, CareTask, TaskKind
from .carers import gives_informal_care
from .case import Case
from .codes import Custom
from .edits import Delete, Op, Put, delete_ops
from .network import Network


def assignment_of(net: Network, task: str, person: str) -> Assignment | None:
    found: Assignment
    for found in net.records("assignments").values():
        if found.task == task and found.person == person:
            return found
    return None


def assign_ops(net: Network, task: str, person: str, **values: Any) -> list[Op]:
    """Set fields (``hours``, ``frequency``, ``since``) of this person's part in this task.

    Nothing when nothing changes; a new assignment when there was none.
    """
    old = assignment_of(net, task, person)
    if old is None:
        return [Put("assignments", Assignment(task=task, person=person, **values))]
    new = old.model_copy(update=values)
    if new == old:
        return []
    return [Put("assignments", Assignment.model_validate(new.model_dump()))]


def hours_ops(net: Network, task: str, person: str, hours: float | None) -> list[Op]:
    """Typed hours into a cell: None (an emptied cell) takes the person off the task."""
    if hours is None:
        old = assignment_of(net, task, person)
        return [] if old is None else [Delete("assignments", old.id)]
    return assign_ops(net, task, person, hours=hours)


def clear_ops(net: Network, cells: Iterable[tuple[str, str]]) -> list[Op]:
    """Take people off tasks: the (task, person) cells the user cleared."""
    ops: list[Op] = []
    for task, person in cells:
        ops += hours_ops(net, task, person, None)
    return ops


def add_task_ops(net: Network, kind: TaskKind | Custom) -> tuple[list[Op], str | None]:
    """A new needed task, and its id; nothing when the case has this task already."""
    if any(t.kind == kind for t in net.records("care_tasks").values()):
        return [], None
    task = CareTask(kind=kind)
    return [Put("care_tasks", task)], task.id


def default_tasks_ops(net: Network) -> list[Op]:
    """Every Dutch default category the case does not list yet (domain.md 2.4)."""
    have = {t.kind for t in net.records("care_tasks").values()}
    return [Put("care_tasks", CareTask(kind=k)) for k in TaskKind if k not in have]


def task_ops(net: Network, task: str, **values: Any) -> list[Op]:
    """Change a task itself (``kind``, ``needed``, ``note``)."""
    old: CareTask = net.records("care_tasks")[task]
    new = CareTask.model_validate({**old.model_dump(), **values})
    return [] if new == old else [Put("care_tasks", new)]


def remove_tasks_ops(case: Case, tasks: Iterable[str]) -> list[Op]:
    """Remove tasks, and with them who was down for them."""
    return delete_ops(case, {"care_tasks": list(tasks)})


def table_people(net: Network, only_doers: bool = False) -> list[str]:
    """The people the table offers as columns: who gives informal care first, then the
    volunteers, professionals and organisations, each in the order they were added. The
    client and the deceased are left out, unless down for a task already."""
    doers = {a.person for a in net.records("assignments").values()}
    keep = [p for pid, p in net.people.items()
            if pid in doers or (not only_doers and pid != net.client_id and not p.is_deceased)]
    return [p.id for p in sorted(keep, key=lambda p: not gives_informal_care(p))]
