"""Edits to a case: small primitive operations, each with an exact inverse.

The UI never touches the model directly. It builds a list of operations (with the helpers at
the bottom of this module or in :mod:`.family_ops`), and :class:`CaseDocument` first *checks*
them (:func:`.check.check_edit`: the model is the one judge of an edit), then applies them.
``apply_ops`` is pure: it returns the new case, the inverse operations and a
:class:`ChangeSet` saying exactly what changed, so undo is applying the inverse and views
redraw only what changed.

``Put`` and ``Delete`` work on every declared record kind (:mod:`.records`) by its collection
name; ``SetRef`` sets a case-level reference (the client); ``Place`` and ``PlaceCell`` store
where a map draws a person.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, cast

from .care import CareSituation, Consent, ScanConclusion
from .case import Case, CaseMeta, Snapshot
from .circle import Cell, Ring, Sector
from .ecomap import EcoPlace
from .enums import MapKind
from .network import Network
from .people import CLIENT, Household
from .records import Problem, is_record_kind, record_kind, record_kinds
from .views import CircleView, Position


@dataclass(frozen=True)
class Put:
    """Insert or replace one record of a declared collection."""

    collection: str
    item: Any


@dataclass(frozen=True)
class Delete:
    collection: str
    id: str


@dataclass(frozen=True)
class SetRef:
    """Set (or with ``target=None`` clear) a case-level reference such as the client."""

    name: str
    target: str | None


@dataclass(frozen=True)
class Place:
    """Set (or with ``position=None`` clear) where a map draws a person."""

    map: MapKind
    person_id: str
    position: Position | None


@dataclass(frozen=True)
class PlaceCell:
    """Put a person in a ring and sector of the netwerkkaart (``None``: back to the default)."""

    person_id: str
    cell: Cell | None


@dataclass(frozen=True)
class PlaceEco:
    """Set a person's category and closeness on the ecogram (``None``: back to derived)."""

    person_id: str
    place: EcoPlace | None


@dataclass(frozen=True)
class SetCircle:
    """Replace the netwerkkaart's rings and sectors (people are moved by PlaceCell ops)."""

    rings: tuple[Ring, ...]
    sectors: tuple[Sector, ...]


@dataclass(frozen=True)
class SetMeta:
    meta: CaseMeta


@dataclass(frozen=True)
class SetPart:
    """Replace a part of the case itself: ``"care"`` (the care situation), ``"consent"`` or
    ``"scan"`` (the MantelScan conclusion)."""

    name: Literal["care", "consent", "scan"]
    value: CareSituation | Consent | ScanConclusion


@dataclass(frozen=True)
class AddSnapshot:
    """Keep a momentopname in the case (at ``index``; None: after the others)."""

    snapshot: Snapshot
    index: int | None = None


@dataclass(frozen=True)
class RemoveSnapshot:
    id: str


Op = (Put | Delete | SetRef | Place | PlaceCell | PlaceEco | SetCircle | SetMeta | SetPart
      | AddSnapshot | RemoveSnapshot)


@dataclass
class ChangeSet:
    """What one apply changed: listeners redraw just this."""

    records: dict[str, set[str]] = field(default_factory=dict)
    """Collection -> ids of records put or deleted."""
    refs: set[str] = field(default_factory=set)
    """Names of case-level references that changed (e.g. ``"client"``)."""
    placed: dict[MapKind, set[str]] = field(default_factory=dict)
    maps: set[MapKind] = field(default_factory=set)
    """Maps whose own settings changed (the netwerkkaart's rings and sectors)."""
    meta: bool = False
    parts: set[str] = field(default_factory=set)
    """Parts of the case itself that changed (``"care"``, ``"consent"``, ``"scan"``,
    ``"snapshots"``)."""
    reset: bool = False
    """Redraw everything (another case, or a map catching up)."""
    opened: bool = False
    """Another case was opened (new, open, import): the maps start from its saved picture."""

    def changed(self, collection: str) -> set[str]:
        return self.records.get(collection, set())

    @property
    def people(self) -> set[str]:
        return self.changed("people")

    @property
    def ties(self) -> set[str]:
        return self.changed("ties")

    @property
    def structural(self) -> bool:
        """Records or references changed (not only placement or metadata)."""
        return bool(self.reset or self.refs or any(self.records.values()))

    @property
    def empty(self) -> bool:
        return not (self.structural or self.meta or self.parts or self.maps
                    or any(self.placed.values()))


@dataclass(frozen=True)
class Applied:
    """The result of applying operations to a case, before anyone is told."""

    base: Case
    case: Case
    inverse: list[Op]
    change: ChangeSet
    previous: dict[tuple[str, str], Any]
    """(collection, id) -> the record before the edit (None when it is new)."""
    warnings: tuple[Problem, ...] = ()
    """What the accepted edit makes implausible (the user is asked; see :mod:`.plausible`)."""


def apply_ops(case: Case, ops: Sequence[Op]) -> Applied:
    """Apply ``ops`` in order to ``case`` without checking them; nothing is mutated."""
    net = case.network
    coll: dict[str, dict[str, Any]] = {}
    refs = dict(net.refs)
    views = case.views
    positions: dict[MapKind, dict[str, Position]] = {}
    cells: dict[str, Cell] | None = None
    places: dict[str, EcoPlace] | None = None
    circle_lists: tuple[tuple[Ring, ...], tuple[Sector, ...]] | None = None
    meta = case.meta
    parts: dict[str, Any] = {}
    snapshots: list[Snapshot] | None = None
    inverse: list[Op] = []
    change = ChangeSet()
    previous: dict[tuple[str, str], Any] = {}

    def collection(name: str) -> dict[str, Any]:
        if name not in coll:
            if not is_record_kind(name):
                raise KeyError(f"no record kind {name!r} is declared")
            coll[name] = dict(net.records(name))
        return coll[name]

    for op in ops:
        if isinstance(op, Put):
            items = collection(op.collection)
            item: Any = op.item
            if not isinstance(item, record_kind(op.collection).types):
                raise TypeError(f"{type(item).__name__} is no {op.collection} record")
            rid: str = cast(Any, item).id
            old = items.get(rid)
            previous.setdefault((op.collection, rid), old)
            inverse.append(Put(op.collection, old) if old is not None
                           else Delete(op.collection, rid))
            items[rid] = op.item
            change.records.setdefault(op.collection, set()).add(rid)
        elif isinstance(op, Delete):
            items = collection(op.collection)
            old = items.pop(op.id, None)
            if old is not None:
                previous.setdefault((op.collection, op.id), old)
                inverse.append(Put(op.collection, old))
                change.records.setdefault(op.collection, set()).add(op.id)
        elif isinstance(op, SetRef):
            inverse.append(SetRef(op.name, refs.get(op.name)))
            if op.target is None:
                refs.pop(op.name, None)
            else:
                refs[op.name] = op.target
            change.refs.add(op.name)
        elif isinstance(op, Place):
            if op.map not in positions:
                positions[op.map] = dict(views.get(op.map).positions)
            where = positions[op.map]
            inverse.append(Place(op.map, op.person_id, where.get(op.person_id)))
            if op.position is None:
                where.pop(op.person_id, None)
            else:
                where[op.person_id] = op.position
            change.placed.setdefault(op.map, set()).add(op.person_id)
        elif isinstance(op, PlaceCell):
            if cells is None:
                cells = dict(views.netwerkkaart.cells)
            inverse.append(PlaceCell(op.person_id, cells.get(op.person_id)))
            if op.cell is None:
                cells.pop(op.person_id, None)
            else:
                cells[op.person_id] = op.cell
            change.placed.setdefault(MapKind.NETWERKKAART, set()).add(op.person_id)
        elif isinstance(op, PlaceEco):
            if places is None:
                places = dict(views.ecogram.places)
            inverse.append(PlaceEco(op.person_id, places.get(op.person_id)))
            if op.place is None or op.place == EcoPlace():
                places.pop(op.person_id, None)
            else:
                places[op.person_id] = op.place
            change.placed.setdefault(MapKind.ECOGRAM, set()).add(op.person_id)
        elif isinstance(op, SetCircle):
            old_lists = circle_lists or (views.netwerkkaart.rings, views.netwerkkaart.sectors)
            inverse.append(SetCircle(*old_lists))
            circle_lists = (op.rings, op.sectors)
            change.maps.add(MapKind.NETWERKKAART)
        elif isinstance(op, SetMeta):
            inverse.append(SetMeta(meta))
            meta = op.meta
            change.meta = True
        elif isinstance(op, SetPart):
            inverse.append(SetPart(op.name, parts.get(op.name, getattr(case, op.name))))
            parts[op.name] = op.value
            change.parts.add(op.name)
        elif isinstance(op, AddSnapshot | RemoveSnapshot):
            if snapshots is None:
                snapshots = list(case.snapshots)
            if isinstance(op, AddSnapshot):
                at = len(snapshots) if op.index is None else op.index
                snapshots.insert(at, op.snapshot)
                inverse.append(RemoveSnapshot(op.snapshot.id))
            else:
                at = next((i for i, s in enumerate(snapshots) if s.id == op.id), -1)
                if at >= 0:
                    inverse.append(AddSnapshot(snapshots.pop(at), at))
            change.parts.add("snapshots")
    update: dict[str, Any] = {}
    if coll or change.refs:
        update["network"] = net.replace(refs=refs, **coll)
    if meta is not case.meta:
        update["meta"] = meta
    update.update(parts)
    if snapshots is not None:
        update["snapshots"] = tuple(snapshots)
    if positions or cells is not None or places is not None or circle_lists is not None:
        for kind, where in positions.items():
            views = views.with_view(kind, views.get(kind).model_copy(update={"positions": where}))
        circle: CircleView = views.netwerkkaart
        if cells is not None:
            circle = circle.model_copy(update={"cells": cells})
        if circle_lists is not None:
            circle = circle.model_copy(update={"rings": circle_lists[0],
                                               "sectors": circle_lists[1]})
        views = views.with_view(MapKind.NETWERKKAART, circle)
        if places is not None:
            views = views.with_view(MapKind.ECOGRAM,
                                    views.ecogram.model_copy(update={"places": places}))
        update["views"] = views
    new_case = case.model_copy(update=update) if update else case
    inverse.reverse()
    return Applied(case, new_case, inverse, change, previous)


Listener = Callable[[ChangeSet], None]


class CaseDocument:
    """The open case and the only way to change it. No Qt: the UI subscribes a callback.

    :meth:`propose` checks an edit and returns it prepared (or raises
    :class:`~.check.EditRefused`); :meth:`commit` makes it the current case and announces the
    change. :meth:`apply` does both. Undo and redo go through :meth:`apply_unchecked`: the
    inverse of an accepted edit leads back to a state that was valid already.
    """

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
        self._announce(ChangeSet(reset=True, opened=True))

    def propose(self, ops: Sequence[Op]) -> Applied:
        from .check import check_edit

        return check_edit(self._case, ops)

    def commit(self, applied: Applied) -> list[Op]:
        if applied.base is not self._case:  # the case moved on: prepare it again
            applied = self.propose(applied_ops(applied))
        self._case = applied.case
        self._announce(applied.change)
        return applied.inverse

    def apply(self, ops: Sequence[Op]) -> list[Op]:
        """Check and apply ``ops``; return the operations that undo them."""
        return self.commit(self.propose(ops))

    def apply_unchecked(self, ops: Sequence[Op]) -> list[Op]:
        applied = apply_ops(self._case, ops)
        self._case = applied.case
        self._announce(applied.change)
        return applied.inverse

    def _announce(self, change: ChangeSet) -> None:
        for listener in list(self._listeners):
            listener(change)


def applied_ops(applied: Applied) -> list[Op]:
    """The forward operations of a prepared edit (the inverse of its inverse)."""
    return apply_ops(applied.case, applied.inverse).inverse


# -- helpers that build operation lists for common edits ---------------------------------


def delete_ops(case: Case, doomed: dict[str, Iterable[str]]) -> list[Op]:
    """Delete records and everything that depends on them, as the declarations say.

    ``doomed`` maps a collection to ids. Records that refer to a deleted record are deleted
    in turn (a tie to a deleted person), or lose the reference (an optional field), or lose
    the member (a household), and are deleted when too few members remain. Case-level
    references to deleted records are cleared; a required one (the client) stays and the edit
    check refuses the edit with the reference's own Dutch sentence. Placements of deleted
    people go too.
    """
    net = case.network
    gone: dict[str, set[str]] = {c: {i for i in ids if i in net.records(c)}
                                 for c, ids in doomed.items()}
    changed: dict[tuple[str, str], Any] = {}
    grew = True
    while grew:  # rounds: each deletion may doom records that refer to it
        grew = False
        for kind in record_kinds():
            refs = [r for r in kind.refs if gone.get(r.target)]
            if not refs:
                continue
            doomed_here = gone.setdefault(kind.collection, set())
            for rid, rec in net.records(kind.collection).items():
                if rid in doomed_here:
                    continue
                current = changed.get((kind.collection, rid), rec)
                updated, drop = _without(current, refs, gone)
                if drop:
                    doomed_here.add(rid)
                    changed.pop((kind.collection, rid), None)
                    grew = True
                elif updated is not current:
                    changed[(kind.collection, rid)] = updated
    ops: list[Op] = [Put(c, rec) for (c, _rid), rec in sorted(changed.items(),
                                                               key=lambda kv: kv[0])]
    people = gone.get("people", set())
    for ref_name, target in sorted(net.refs.items()):
        if any(target in ids for ids in gone.values()):
            from .records import case_ref

            if not case_ref(ref_name).required:
                ops.append(SetRef(ref_name, None))
    for map_kind, view in case.views.items():
        ops += [Place(map_kind, pid, None) for pid in sorted(view.positions) if pid in people]
    ops += [PlaceCell(pid, None) for pid in sorted(case.circle.cells) if pid in people]
    ops += [PlaceEco(pid, None) for pid in sorted(case.views.ecogram.places) if pid in people]
    for kind in reversed(record_kinds()):  # dependants first, people last
        ops += [Delete(kind.collection, rid) for rid in sorted(gone.get(kind.collection, ()))]
    return ops


def _without(rec: Any, refs: list[Any], gone: dict[str, set[str]]) -> tuple[Any, bool]:
    """``rec`` without references to gone records: (new record, whether to delete it)."""
    update: dict[str, Any] = {}
    for ref in refs:
        value = update.get(ref.field, getattr(rec, ref.field))
        dead = gone.get(ref.target, set())
        if ref.many:
            rest = tuple(v for v in value if v not in dead)
            if len(rest) != len(value):
                if len(rest) < ref.min_count:
                    return rec, True
                update[ref.field] = rest
        elif value is not None and value in dead:
            if not ref.optional:
                return rec, True
            update[ref.field] = None
    return (rec.model_copy(update=update) if update else rec), False


def delete_people_ops(case: Case, person_ids: Iterable[str]) -> list[Op]:
    """Delete people with everything that refers to them (see :func:`delete_ops`)."""
    return delete_ops(case, {"people": person_ids})


def make_client_ops(case: Case, person_id: str) -> list[Op]:
    """Make ``person_id`` the client of the case."""
    if case.network.client_id == person_id:
        return []
    return [SetRef(CLIENT.name, person_id)]


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


__all__ = ["Applied", "CaseDocument", "ChangeSet", "Delete", "Network", "Op", "Place",
           "PlaceCell", "PlaceEco", "Put", "SetCircle", "SetMeta", "SetPart", "SetRef",
           "apply_ops",
           "delete_ops",
           "delete_people_ops", "make_client_ops", "set_household_ops"]
