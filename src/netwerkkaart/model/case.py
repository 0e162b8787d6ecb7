"""The case: metadata, the network of people and ties, and per-map placement.

``Network`` is the state of the client's network at one moment: one immutable value that can
be copied and compared, so that dated snapshots (momentopnames) can later be kept side by
side. ``Case`` adds what is not part of the network itself: metadata and how each map places
people. :func:`validate_case` checks the cross-references that a single value cannot.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .dates import PartialDate
from .enums import MapKind, TieKind
from .people import Household, Person, TwinSet
from .ties import AnyTie, ParentChildTie, PartnershipTie, Tie


class CaseError(ValueError):
    """A case that is internally inconsistent; the message is Dutch and names the problem."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CaseMeta(_Frozen):
    client_name: str = ""
    reference: str = ""
    professional: str = ""
    organisation: str = ""
    conversation_date: PartialDate | None = None
    notes: str = ""


class Position(_Frozen):
    x: float
    y: float
    pinned: bool = False


class MapView(_Frozen):
    """Where one map places people. The genogram stores only pinned people (the rest is laid
    out automatically); the ecogram and netwerkkaart store every placed person."""

    positions: dict[str, Position] = Field(default_factory=dict)


class Network(_Frozen):
    people: dict[str, Person] = Field(default_factory=dict)
    ties: dict[str, Tie] = Field(default_factory=dict)
    households: dict[str, Household] = Field(default_factory=dict)
    twin_sets: dict[str, TwinSet] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _keys_match_ids(self) -> Network:
        for name in ("people", "ties", "households", "twin_sets"):
            for key, value in getattr(self, name).items():
                if key != value.id:
                    raise ValueError(f"sleutel {key!r} hoort bij id {value.id!r}")
        return self

    # -- queries -----------------------------------------------------------------------
    def client(self) -> Person | None:
        return next((p for p in self.people.values() if p.is_client), None)

    def ties_of(self, person_id: str) -> Iterator[AnyTie]:
        return (t for t in self.ties.values() if person_id in (t.a, t.b))

    def partnerships(self) -> Iterator[PartnershipTie]:
        return (t for t in self.ties.values() if isinstance(t, PartnershipTie))

    def parent_links(self) -> Iterator[ParentChildTie]:
        return (t for t in self.ties.values() if isinstance(t, ParentChildTie))

    def parents_of(self, person_id: str) -> list[str]:
        return [t.a for t in self.parent_links() if t.b == person_id]

    def children_of(self, person_id: str) -> list[str]:
        return [t.b for t in self.parent_links() if t.a == person_id]

    def partners_of(self, person_id: str) -> list[str]:
        return [t.b if t.a == person_id else t.a for t in self.partnerships()
                if person_id in (t.a, t.b)]

    def household_of(self, person_id: str) -> Household | None:
        return next((h for h in self.households.values() if person_id in h.members), None)

    def tie_counts(self) -> dict[str, int]:
        counts = {k.value: 0 for k in TieKind}
        for t in self.ties.values():
            counts[t.kind.value] += 1
        return counts


class Case(_Frozen):
    meta: CaseMeta = Field(default_factory=CaseMeta)
    network: Network = Field(default_factory=Network)
    views: dict[MapKind, MapView] = Field(
        default_factory=lambda: {k: MapView() for k in MapKind}
    )
    created: str = Field(default_factory=lambda: _dt.date.today().isoformat())

    def view(self, kind: MapKind) -> MapView:
        return self.views.get(kind, MapView())


def validate_case(case: Case) -> None:
    """Raise :class:`CaseError` naming the first inconsistency, or return quietly."""
    net = case.network
    clients = [p for p in net.people.values() if p.is_client]
    if len(clients) != 1:
        if not clients:
            raise CaseError("Er is geen cliënt aangewezen: precies één persoon moet cliënt zijn.")
        raise CaseError(f"Er zijn {len(clients)} cliënten: precies één persoon mag cliënt zijn.")
    for tie in net.ties.values():
        for end in (tie.a, tie.b):
            if end not in net.people:
                raise CaseError(f"Relatie {tie.id} verwijst naar een onbekende persoon ({end}).")
    seen: dict[str, str] = {}
    for hh in net.households.values():
        for member in hh.members:
            if member not in net.people:
                raise CaseError(f"Huishouden {hh.id} verwijst naar een onbekende persoon ({member}).")
            if member in seen:
                raise CaseError(f"Persoon {member} staat in twee huishoudens.")
            seen[member] = hh.id
    twins: set[str] = set()
    for ts in net.twin_sets.values():
        if len(ts.members) < 2:
            raise CaseError(f"Meerling {ts.id} heeft minder dan twee leden.")
        for member in ts.members:
            if member not in net.people:
                raise CaseError(f"Meerling {ts.id} verwijst naar een onbekende persoon ({member}).")
            if member in twins:
                raise CaseError(f"Persoon {member} staat in twee meerlingen.")
            twins.add(member)
    for kind, view in case.views.items():
        for pid in view.positions:
            if pid not in net.people:
                raise CaseError(f"De kaart {kind.value} plaatst een onbekende persoon ({pid}).")
    cycle = ancestry_cycle(net)
    if cycle:
        raise CaseError(f"Persoon {cycle} is zijn of haar eigen voorouder.")


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
