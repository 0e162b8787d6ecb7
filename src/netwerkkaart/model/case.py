"""The case: metadata, the network, and per-map placement; and what makes a case valid.

``Case`` adds to the :class:`~.network.Network` what is not part of the network itself:
metadata and how each map places people. :func:`case_problems` lists what is wrong with a
case, reading the record and reference declarations of :mod:`.records` rather than lists kept
by hand; :func:`validate_case` raises the first problem. Every case a user can reach through
edits, undo and redo passes it (the edit check in :mod:`.check` sees to that).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Collection, Iterator
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..i18n import tr
from .care import CareSituation, Consent, ScanConclusion
from .dates import PartialDate
from .enums import MapKind
from .network import Network
from .people import new_id
from .records import Problem, RecordKind, case_refs, record_kind, record_kinds
from .views import CircleView, EcogramView, MapView, Views


class CaseError(ValueError):
    """A case that is internally inconsistent; the message is Dutch and names the problem."""

    def __init__(self, problem: Problem | str) -> None:
        self.problem = problem if isinstance(problem, Problem) else Problem(problem)
        super().__init__(self.problem.message)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CaseMeta(_Frozen):
    client_name: str = ""
    reference: str = ""
    professional: str = ""
    organisation: str = ""
    conversation_date: PartialDate | None = None
    notes: str = ""


class Case(_Frozen):
    meta: CaseMeta = Field(default_factory=CaseMeta)
    care: CareSituation = Field(default_factory=CareSituation)
    consent: Consent = Field(default_factory=Consent)
    scan: ScanConclusion = Field(default_factory=ScanConclusion)
    network: Network = Field(default_factory=Network)
    views: Views = Field(default_factory=Views)
    created: str = Field(default_factory=lambda: _dt.date.today().isoformat())
    snapshots: tuple[Snapshot, ...] = ()
    """Momentopnames: dated read-only copies of the case, oldest first (never changed; only
    added or removed as a whole)."""

    @field_validator("views", mode="before")
    @classmethod
    def _views_by_kind(cls, value: Any) -> Any:
        """Accept ``{MapKind: MapView}`` too; a plain MapView for the netwerkkaart grows the
        default rings and sectors."""
        if isinstance(value, dict):
            value = {str(k): v for k, v in value.items()}
            circle = value.get(MapKind.NETWERKKAART.value)
            if isinstance(circle, MapView) and not isinstance(circle, CircleView):
                value[MapKind.NETWERKKAART.value] = CircleView(positions=circle.positions)
            eco = value.get(MapKind.ECOGRAM.value)
            if isinstance(eco, MapView) and not isinstance(eco, EcogramView):
                value[MapKind.ECOGRAM.value] = EcogramView(positions=eco.positions)
        return value

    def view(self, kind: MapKind) -> MapView:
        return self.views.get(kind)

    @property
    def circle(self) -> CircleView:
        return self.views.netwerkkaart


class SeenFinding(_Frozen):
    """A strength or risk as the app saw it when a snapshot was made."""

    code: str = Field(min_length=1)
    risk: bool
    text: str
    people: tuple[str, ...] = ()


SNAPSHOT_NAME_MAX = 80


class Snapshot(_Frozen):
    """A momentopname: the whole case as it was on a date, named, with who made it and why.

    ``state`` is a complete case (people, ties, placement, care, roles, load results,
    agreements) without snapshots of its own; ``findings`` are the strengths and risks as
    they were seen that day. Nothing in a snapshot is ever edited."""

    id: str = Field(default_factory=new_id, min_length=1)
    name: str = Field(min_length=1, max_length=SNAPSHOT_NAME_MAX)
    date: PartialDate
    made_by: str = ""
    note: str = ""
    findings: tuple[SeenFinding, ...] = ()
    state: Case

    @field_validator("date")
    @classmethod
    def _full_date(cls, value: str) -> str:
        if len(value) != 10:
            raise ValueError("een momentopname heeft een volledige datum")
        return value

    @field_validator("state")
    @classmethod
    def _no_nesting(cls, value: Case) -> Case:
        if value.snapshots:
            raise ValueError("een momentopname bevat geen momentopnames")
        return value


Case.model_rebuild()


OWN_ANCESTOR = "Iemand wordt dan zijn of haar eigen voorouder (via ouder-kindrelaties)."
NO_REF = "Er is geen {label} aangewezen."
UNKNOWN_REF = "De {label} verwijst naar een {target} die niet bestaat ({id})."
DANGLING = "De {kind} {rid} verwijst naar een {target} die niet bestaat ({id})."
TWICE = "Persoon {id} staat in meer dan één {kind}."
TOO_FEW = "De {kind} {rid} heeft te weinig leden (minstens {n})."
UNKNOWN_PLACED = "De kaart {map} plaatst een persoon die niet bestaat ({id})."
UNKNOWN_CELL = "De netwerkkaart plaatst een persoon in een ring of sector die niet bestaat."


def case_problems(case: Case) -> Iterator[Problem]:
    """Everything that makes ``case`` invalid, lazily, in a stable order."""
    net = case.network
    yield from _reference_problems(net)
    yield from _record_problems(net)
    yield from _view_problems(case)
    cycle = ancestry_cycle(net)
    if cycle:
        yield Problem(tr(OWN_ANCESTOR), "people", cycle)
    yield from _third_parent_problems(net)
    yield from snapshot_problems(case.snapshots)


SNAPSHOT_TWICE = "Er zijn twee momentopnames met dezelfde naam."
SNAPSHOT_ID_TWICE = "Er zijn twee momentopnames met hetzelfde kenmerk."
SNAPSHOT_BROKEN = "De momentopname van {date} klopt niet: {why}"


def snapshot_problems(snapshots: tuple[Snapshot, ...],
                      deep: Collection[str] | None = None) -> Iterator[Problem]:
    """Names and ids once each; every snapshot (or those with an id in ``deep``) a valid
    case in itself."""
    from .dates import display

    names = [s.name.strip().casefold() for s in snapshots]
    if len(set(names)) < len(names):
        yield Problem(tr(SNAPSHOT_TWICE), "snapshots")
    if len({s.id for s in snapshots}) < len(snapshots):
        yield Problem(tr(SNAPSHOT_ID_TWICE), "snapshots")
    for snap in snapshots:
        if deep is not None and snap.id not in deep:
            continue
        for problem in case_problems(snap.state):
            yield Problem(tr(SNAPSHOT_BROKEN, date=display(snap.date), why=problem.message),
                          "snapshots", snap.id)
            break


def _third_parent_problems(net: Network) -> Iterator[Problem]:
    """Nobody has more than two biological parents (impossible: refused on load too)."""
    from .enums import ParentChildKind
    from .ties import THIRD_PARENT

    parents: dict[str, set[str]] = {}
    for t in net.parent_links():
        if t.relation is ParentChildKind.BIOLOGICAL:
            parents.setdefault(t.b, set()).add(t.a)
    for child in sorted(parents):
        if len(parents[child]) > 2:
            yield Problem(tr(THIRD_PARENT), "people", child)


def validate_case(case: Case) -> None:
    """Raise :class:`CaseError` naming the first problem, or return quietly."""
    for problem in case_problems(case):
        raise CaseError(problem)


def _reference_problems(net: Network) -> Iterator[Problem]:
    declared = {ref.name for ref in case_refs()}
    for name in net.refs:
        if name not in declared:
            yield Problem(tr("Onbekende verwijzing in de casus: {name}.", name=name))
    for ref in case_refs():
        rid = net.ref(ref.name)
        if rid is None:
            if ref.required:
                yield Problem(tr(NO_REF, label=ref.label))
        elif rid not in net.records(ref.target):
            yield Problem(tr(UNKNOWN_REF, label=ref.label, id=rid,
                             target=record_kind(ref.target).label))


def record_problems(kind: RecordKind, rid: str, rec: Any, net: Network) -> Iterator[Problem]:
    """One record on its own: its invariants, its references, enough members."""
    for rule in kind.invariants:
        yield from rule(rec)
    for ref, target in kind.referenced(rec):
        if target not in net.records(ref.target):
            yield Problem(tr(DANGLING, kind=kind.label, rid=rid, id=target,
                             target=record_kind(ref.target).label),
                          kind.collection, rid, ref.field)
    for ref in kind.refs:
        if ref.many and len(getattr(rec, ref.field)) < ref.min_count:
            yield Problem(tr(TOO_FEW, kind=kind.label, rid=rid, n=ref.min_count),
                          kind.collection, rid, ref.field)


def _record_problems(net: Network) -> Iterator[Problem]:
    for kind in record_kinds():
        exclusive: dict[str, set[str]] = {}
        for rid, rec in net.records(kind.collection).items():
            yield from record_problems(kind, rid, rec, net)
            for ref, target in kind.referenced(rec):
                if ref.exclusive:
                    seen = exclusive.setdefault(ref.field, set())
                    if target in seen:
                        yield Problem(tr(TWICE, id=target, kind=kind.label),
                                      kind.collection, rid, ref.field)
                    seen.add(target)


def _view_problems(case: Case) -> Iterator[Problem]:
    people = case.network.people
    for kind, view in case.views.items():
        for pid in view.placed_people():
            if pid not in people:
                yield Problem(tr(UNKNOWN_PLACED, map=kind.value, id=pid))
    circle = case.circle
    yield from circle_list_problems(circle)
    for cell in circle.cells.values():
        if cell.ring not in circle.rings or cell.sector not in circle.sectors:
            yield Problem(tr(UNKNOWN_CELL))
            break


NO_RINGS = "De netwerkkaart heeft minstens één ring en één sector nodig."
DOUBLE_NAME = "Twee ringen of twee sectoren van de netwerkkaart hebben dezelfde naam."


def circle_list_problems(circle: CircleView) -> Iterator[Problem]:
    """The netwerkkaart's own lists: at least one of each, no name twice."""
    if not circle.rings or not circle.sectors:
        yield Problem(tr(NO_RINGS))
    elif len(set(circle.rings)) < len(circle.rings) or len(set(circle.sectors)) < len(
            circle.sectors):
        yield Problem(tr(DOUBLE_NAME))


def ancestry_cycle(net: Network) -> str | None:
    """The id of someone who is their own ancestor via parent-child ties, or None."""
    children: dict[str, list[str]] = {}
    for t in net.parent_links():
        children.setdefault(t.a, []).append(t.b)
    state: dict[str, int] = {}  # 1 = on the stack, 2 = done
    for root in sorted(children):
        if root in state:
            continue
        stack: list[tuple[str, int]] = [(root, 0)]
        state[root] = 1
        while stack:
            node, i = stack[-1]
            kids = children.get(node, [])
            if i < len(kids):
                stack[-1] = (node, i + 1)
                kid = kids[i]
                if state.get(kid) == 1:
                    return kid
                if kid not in state:
                    state[kid] = 1
                    stack.append((kid, 0))
            else:
                state[node] = 2
                stack.pop()
    return None
