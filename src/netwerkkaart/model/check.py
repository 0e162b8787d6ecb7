"""The one judge of an edit: check proposed operations against the case before they land.

As Orange's canvas asks the scheme whether a link may be added before adding it, the UI asks
:func:`check_edit` whether a list of operations may be applied. A refused edit raises
:class:`EditRefused` with one Dutch sentence (and the field to mark, when there is one) and
never reaches the undo stack, so every state a user can reach by undo and redo is a valid,
saveable case.

The check applies the operations to a copy and then looks only at what they touched:

* the invariants of every record put (the same rules :func:`~.case.validate_case` runs on a
  loaded file), its references, and for exclusive memberships the other records of its kind;
* nothing may still refer to a deleted record; a required case reference (the client) may not
  lose its target;
* placements refer to existing people, in existing rings and sectors;
* the ancestry check when a parent-child tie changed;
* the edit rules of each record kind for the records put (what the user types now may not
  be: no birth date in the future, no third biological parent...);
* last, what is possible but implausible (:mod:`.plausible`) comes back as warnings.

A property test checks that whatever this accepts, the full :func:`~.case.validate_case`
accepts too.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..i18n import tr
from .case import (
    DANGLING,
    NO_REF,
    OWN_ANCESTOR,
    TWICE,
    UNKNOWN_CELL,
    UNKNOWN_PLACED,
    UNKNOWN_REF,
    Case,
    ancestry_cycle,
    circle_list_problems,
    record_problems,
    snapshot_problems,
)
from .edits import Applied, Op, apply_ops
from .enums import MapKind
from .records import Problem, case_refs, record_kind, record_kinds
from .ties import ParentChildTie


class EditRefused(ValueError):
    """An edit the model does not accept; ``str(err)`` is one Dutch sentence for the user."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem

    @property
    def field(self) -> str | None:
        return self.problem.field


def check_edit(case: Case, ops: Sequence[Op]) -> Applied:
    """Apply ``ops`` to a copy of ``case`` and check the result; raise :class:`EditRefused`
    for what is impossible. What is only implausible comes back in ``warnings``: the UI asks
    the user before it lands."""
    from dataclasses import replace

    from .plausible import edit_warnings

    applied = apply_ops(case, ops)
    for problem in edit_problems(applied):
        raise EditRefused(problem)
    warnings = edit_warnings(applied)
    return replace(applied, warnings=tuple(warnings)) if warnings else applied


def edit_problems(applied: Applied) -> Iterator[Problem]:
    case = applied.case
    net = case.network
    change = applied.change
    deleted: dict[str, set[str]] = {}
    for collection, ids in change.records.items():
        items = net.records(collection)
        deleted[collection] = {i for i in ids if i not in items}
    # case-level references
    for case_ref in case_refs():
        ref_target = net.ref(case_ref.name)
        if case_ref.name in change.refs or ref_target in deleted.get(case_ref.target, ()):
            if ref_target is None:
                if case_ref.required:
                    yield Problem(tr(NO_REF, label=case_ref.label))
            elif ref_target not in net.records(case_ref.target):
                if case_ref.refuse_delete and ref_target in deleted.get(case_ref.target, ()):
                    yield Problem(tr(case_ref.refuse_delete))
                else:
                    yield Problem(tr(UNKNOWN_REF, label=case_ref.label, id=ref_target,
                                     target=record_kind(case_ref.target).label))
    # records put: invariants, references, edit rules
    for collection, ids in change.records.items():
        kind = record_kind(collection)
        items = net.records(collection)
        for rid in sorted(ids - deleted[collection]):
            rec = items[rid]
            yield from record_problems(kind, rid, rec, net)
            for ref, target in kind.referenced(rec):
                if ref.exclusive and (list(getattr(rec, ref.field)).count(target) > 1 or any(
                        target in getattr(other, ref.field)
                        for oid, other in items.items() if oid != rid)):
                    yield Problem(tr(TWICE, id=target, kind=kind.label), collection, rid,
                                  ref.field)
    # nothing may still refer to what was deleted
    if any(deleted.values()):
        for kind in record_kinds():
            refs = [r for r in kind.refs if deleted.get(r.target)]
            if not refs:
                continue
            for rid, rec in net.records(kind.collection).items():
                for ref, target in kind.referenced(rec):
                    if ref in refs and target in deleted[ref.target]:
                        yield Problem(tr(DANGLING, kind=kind.label, rid=rid, id=target,
                                         target=record_kind(ref.target).label),
                                      kind.collection, rid, ref.field)
    # placements
    people = net.people
    gone_people = deleted.get("people", set())
    for map_kind, view in case.views.items():
        suspects = change.placed.get(map_kind, set()) | gone_people
        for pid in suspects:
            if pid in view.positions and pid not in people:
                yield Problem(tr(UNKNOWN_PLACED, map=map_kind.value, id=pid))
    circle = case.circle
    eco = case.views.ecogram
    for pid in change.placed.get(MapKind.ECOGRAM, set()) | gone_people:
        if pid in eco.places and pid not in people:
            yield Problem(tr(UNKNOWN_PLACED, map=MapKind.ECOGRAM.value, id=pid))
    suspects = change.placed.get(MapKind.NETWERKKAART, set()) | gone_people
    if MapKind.NETWERKKAART in change.maps:
        yield from circle_list_problems(circle)
        suspects = set(circle.cells)  # the rings or sectors changed: every cell must exist
    for pid in suspects:
        cell = circle.cells.get(pid)
        if cell is None:
            continue
        if pid not in people:
            yield Problem(tr(UNKNOWN_PLACED, map=MapKind.NETWERKKAART.value, id=pid))
        elif cell.ring not in circle.rings or cell.sector not in circle.sectors:
            yield Problem(tr(UNKNOWN_CELL))
    if "snapshots" in change.parts:
        yield from _snapshot_problems(applied)
    # the family tree may not loop
    if _parent_links_changed(applied) and ancestry_cycle(net):
        yield Problem(tr(OWN_ANCESTOR), "ties")
    # last, the plausibility of what the user typed (after the harder rules above)
    for collection, ids in change.records.items():
        kind = record_kind(collection)
        items = net.records(collection)
        for rid in sorted(ids - deleted[collection]):
            old = applied.previous.get((collection, rid))
            for edit_rule in kind.edit_rules:
                yield from edit_rule(items[rid], old, net)


def _snapshot_problems(applied: Applied) -> Iterator[Problem]:
    """A new snapshot: a valid case of its own, a name not used yet (checked in full: a
    snapshot is made rarely and never changes after)."""
    before = {s.id for s in applied.base.snapshots}
    new = {s.id for s in applied.case.snapshots} - before
    yield from snapshot_problems(applied.case.snapshots, deep=new)


def _parent_links_changed(applied: Applied) -> bool:
    ties = applied.case.network.ties
    for tid in applied.change.changed("ties"):
        now = ties.get(tid)
        before = applied.previous.get(("ties", tid))
        if isinstance(now, ParentChildTie) or isinstance(before, ParentChildTie):
            return True
    return False

