"""Edits to a case: small primitive operations, each with an exact inverse.

The UI never touches the model directly. It builds a list of operations (with the helpers at
the bottom of this module), wraps them in one undo command, and :class:`CaseDocument` applies
them. ``apply`` returns the inverse operations, so undo is simply applying those, and it
announces a :class:`ChangeSet` to its listeners so views redraw only what changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from .case import Case, CaseMeta, MapView, Position
from .enums import MapKind
from .people import Household, Person, TwinSet
from .ties import AnyTie

Collection = Literal["people", "ties", "households", "twin_sets"]
Item = Person | AnyTie | Household | TwinSet


@dataclass(frozen=True)
class Put:
    """Insert or replace one item of a network collection."""

    collection: Collection
    item: Item


@dataclass(frozen=True)
class Delete:
    collection: Collection
    id: str


@dataclass(frozen=True)
class Place:
    """Set (or with ``position=None`` clear) where a map draws a person."""

    map: MapKind
    person_id: str
    position: Position | None


@dataclass(frozen=True)
class SetMeta:
    meta: CaseMeta


Op = Put | Delete | Place | SetMeta


@dataclass
class ChangeSet:
    """What one apply changed: listeners redraw just this."""

    people: set[str] = field(default_factory=set)
    ties: set[str] = field(default_factory=set)
    groups: set[str] = field(default_factory=set)
    placed: dict[MapKind, set[str]] = field(default_factory=dict)
    meta: bool = False
    reset: bool = False
    """The whole case was replaced (new, open): redraw everything."""

    @property
    def structural(self) -> bool:
        return bool(self.people or self.ties or self.groups or self.reset)


Listener = Callable[[ChangeSet], None]


class CaseDocument:
    """The open case and the only way to change it. No Qt: the UI subscribes a callback."""

    def __init__(self, case: Case) -> None:
        self._case = case
        self._listeners: list[Listener] = []

    @property
    def case(self) -> Case:
        return self._case

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def replace(self, case: Case) -> None:
        self._case = case
        self._announce(ChangeSet(reset=True))

    def apply(self, ops: Sequence[Op]) -> list[Op]:
        """Apply ``ops`` in order; return the operations that undo them."""
        case = self._case
        net = case.network
        coll: dict[str, dict[str, Item]] = {
            "people": dict(net.people),
            "ties": dict(net.ties),
            "households": dict(net.households),
            "twin_sets": dict(net.twin_sets),
        }
        views = {k: dict(case.view(k).positions) for k in MapKind}
        meta = case.meta
        inverse: list[Op] = []
        change = ChangeSet()
        for op in ops:
            if isinstance(op, Put):
                old = coll[op.collection].get(op.item.id)
                inverse.append(Put(op.collection, old) if old else Delete(op.collection, op.item.id))
                coll[op.collection][op.item.id] = op.item
                _mark(change, op.collection, op.item.id)
            elif isinstance(op, Delete):
                old = coll[op.collection].pop(op.id, None)
                if old is not None:
                    inverse.append(Put(op.collection, old))
                    _mark(change, op.collection, op.id)
            elif isinstance(op, Place):
                old_pos = views[op.map].get(op.person_id)
                inverse.append(Place(op.map, op.person_id, old_pos))
                if op.position is None:
                    views[op.map].pop(op.person_id, None)
                else:
                    views[op.map][op.person_id] = op.position
                change.placed.setdefault(op.map, set()).add(op.person_id)
            elif isinstance(op, SetMeta):
                inverse.append(SetMeta(meta))
                meta = op.meta
                change.meta = True
        new_net = net.model_copy(
            update={
                "people": coll["people"],
                "ties": coll["ties"],
                "households": coll["households"],
                "twin_sets": coll["twin_sets"],
            }
        )
        self._case = case.model_copy(
            update={
                "network": new_net,
                "meta": meta,
                "views": {k: MapView(positions=v) for k, v in views.items()},
            }
        )
        inverse.reverse()
        self._announce(change)
        return inverse

    def _announce(self, change: ChangeSet) -> None:
        for listener in list(self._listeners):
            listener(change)


def _mark(change: ChangeSet, collection: Collection, item_id: str) -> None:
    if collection == "people":
        change.people.add(item_id)
    elif collection == "ties":
        change.ties.add(item_id)
    else:
        change.groups.add(item_id)


# -- helpers that build operation lists for common edits ---------------------------------


def delete_people_ops(case: Case, person_ids: Iterable[str]) -> list[Op]:
    """Delete people together with their ties, placements and group memberships."""
    doomed = set(person_ids)
    net = case.network
    ops: list[Op] = [Delete("ties", t.id) for t in net.ties.values() if {t.a, t.b} & doomed]
    for hh in net.households.values():
        if doomed & set(hh.members):
            rest = tuple(m for m in hh.members if m not in doomed)
            ops.append(Put("households", hh.model_copy(update={"members": rest}))
                       if rest else Delete("households", hh.id))
    for ts in net.twin_sets.values():
        if doomed & set(ts.members):
            rest = tuple(m for m in ts.members if m not in doomed)
            ops.append(Put("twin_sets", ts.model_copy(update={"members": rest}))
                       if len(rest) >= 2 else Delete("twin_sets", ts.id))
    for kind in MapKind:
        for pid in case.view(kind).positions:
            if pid in doomed:
                ops.append(Place(kind, pid, None))
    ops.extend(Delete("people", pid) for pid in sorted(doomed) if pid in net.people)
    return ops


def make_client_ops(case: Case, person_id: str) -> list[Op]:
    """Make ``person_id`` the one client of the case."""
    ops: list[Op] = []
    for p in case.network.people.values():
        want = p.id == person_id
        if p.is_client != want:
            ops.append(Put("people", p.model_copy(update={"is_client": want})))
    return ops


def set_household_ops(case: Case, members: Iterable[str], label: str = "") -> list[Op]:
    """Put ``members`` together in one (new) household, taking them out of their old ones."""
    wanted = tuple(sorted(set(members)))
    ops: list[Op] = []
    for hh in case.network.households.values():
        rest = tuple(m for m in hh.members if m not in wanted)
        if rest != hh.members:
            ops.append(Put("households", hh.model_copy(update={"members": rest}))
                       if rest else Delete("households", hh.id))
    if wanted:
        ops.append(Put("households", Household(label=label, members=wanted)))
    return ops
