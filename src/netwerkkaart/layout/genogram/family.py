"""Stage S0 of the genogram layout: from the case model to a small, sorted family structure.

Decides who is in the genogram, turns partnerships and parent links into *unions* (couples or
a single known parent, each with a stable key), gives every child exactly one *layout family*
(birth parents first, else adoptive, else foster) and keeps the other parent links as secondary
links. Everything is sorted by id so that later stages never depend on dict or set order.
See ``layout/genogram.py`` for the whole pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import CaseError, Network, ParentChildKind, PartnershipTie, PersonKind
from ...model.case import ancestry_cycle
from ...model.dates import sort_key

NON_FAMILY_KINDS = frozenset(
    {PersonKind.PROFESSIONAL, PersonKind.ORGANISATION, PersonKind.VOLUNTEER_ORGANISED}
)
_RELATION_RANK = {ParentChildKind.BIOLOGICAL: 0, ParentChildKind.ADOPTED: 1,
                  ParentChildKind.FOSTER: 2}


@dataclass
class Union:
    key: str
    partners: tuple[str, ...]
    """Sorted by id; the left-to-right order is decided later."""
    tie_id: str | None
    start: tuple[int, str]
    children: list[str] = field(default_factory=list)
    """Layout children, oldest first (twins adjacent)."""


@dataclass
class Family:
    """The family structure the layout works on (people with family ties only)."""

    people: list[str]
    """Everyone drawn in the family part, sorted by id."""
    extras: list[str]
    """Included people without any family tie: drawn on the client's row, right of the family."""
    client: str | None
    unions: dict[str, Union]
    """By key, inserted in sorted key order."""
    layout_union: dict[str, str]
    """child -> key of the union they hang under."""
    relation: dict[str, ParentChildKind]
    """child -> how they relate to their layout family."""
    secondary: list[tuple[str, str, ParentChildKind]]
    """(union key, child, relation) for every other parent link."""
    twin_of: dict[str, str] = field(default_factory=dict)
    """person -> twin set id, only for twins sharing a layout family."""
    birth: dict[str, tuple[int, str, int]] = field(default_factory=dict)
    """Birth order key: the birth date, then (for undated or same-day siblings) the order in
    which people stand in the case, i.e. the order in which they were added."""


def _unit_key(pid: str, fam_birth: dict[str, tuple[int, str, int]]
              ) -> tuple[tuple[int, str, int], str]:
    return fam_birth[pid], pid


def build_family(net: Network) -> Family:
    """Extract the family structure; raise :class:`CaseError` on an ancestry cycle."""
    people = net.people
    ties = [net.ties[k] for k in sorted(net.ties)]
    partnerships = [t for t in ties if isinstance(t, PartnershipTie)
                    and t.a in people and t.b in people]
    links = [t for t in net.parent_links() if t.a in people and t.b in people]
    links.sort(key=lambda t: t.id)
    cycle = ancestry_cycle(net)
    if cycle is not None:
        raise CaseError(
            "Iemand is via ouder-kindrelaties zijn of haar eigen voorouder; het genogram kan "
            "zo niet worden getekend. Controleer de ouder-kindrelaties."
        )
    tied: set[str] = set()
    for t in partnerships:
        tied.update((t.a, t.b))
    for link in links:
        tied.update((link.a, link.b))
    client = net.client_id if net.client_id in people else None
    family = sorted(tied)
    order = {pid: i for i, pid in enumerate(people)}  # the order people were added
    extras = sorted(
        (pid for pid, p in people.items()
         if pid not in tied and pid != client and p.kind not in NON_FAMILY_KINDS),
        key=lambda pid: (list(PersonKind).index(people[pid].kind), order[pid]),
    )
    if client is not None and client not in tied:
        family = sorted([*family, client])
    added = {pid: i for i, pid in enumerate(people)}
    birth = {pid: (*sort_key(people[pid].birth), added[pid]) for pid in family}

    unions: dict[str, Union] = {}
    by_pair: dict[tuple[str, ...], list[PartnershipTie]] = {}
    for t in partnerships:
        pair = tuple(sorted((t.a, t.b)))
        unions[t.id] = Union(t.id, pair, t.id, sort_key(t.start))
        by_pair.setdefault(pair, []).append(t)

    def union_for(parents: tuple[str, ...]) -> str:
        if len(parents) == 1:
            key = "single:" + parents[0]
        else:
            options = by_pair.get(parents)
            if options:
                return max(options, key=lambda t: (sort_key(t.start), t.id)).id
            key = "implicit:" + parents[0] + "|" + parents[1]
        if key not in unions:
            unions[key] = Union(key, parents, None, (1, ""))
        return key

    parents_of: dict[str, list[tuple[int, str, ParentChildKind]]] = {}
    for link in links:
        parents_of.setdefault(link.b, []).append(
            (_RELATION_RANK[link.relation], link.a, link.relation))
    layout_union: dict[str, str] = {}
    relation: dict[str, ParentChildKind] = {}
    secondary: list[tuple[str, str, ParentChildKind]] = []
    for child in sorted(parents_of):
        entries = sorted(set(parents_of[child]))
        groups: dict[ParentChildKind, list[str]] = {}
        for _, parent, rel in entries:
            groups.setdefault(rel, []).append(parent)
        first = True
        for rel in sorted(groups, key=lambda r: _RELATION_RANK[r]):
            parents = sorted(groups[rel])
            chunks = [tuple(parents[:2])] + [(p,) for p in parents[2:]]
            for chunk in chunks:
                key = union_for(chunk)
                if first:
                    layout_union[child] = key
                    relation[child] = rel
                    first = False
                else:
                    secondary.append((key, child, rel))
    unions = {k: unions[k] for k in sorted(unions)}

    twin_of: dict[str, str] = {}
    for ts_id in sorted(net.twin_sets):
        members = [m for m in net.twin_sets[ts_id].members if m in layout_union
                   and m not in twin_of]
        by_union: dict[str, list[str]] = {}
        for m in members:
            by_union.setdefault(layout_union[m], []).append(m)
        for group in by_union.values():
            if len(group) >= 2:
                for m in group:
                    twin_of[m] = ts_id

    siblings: dict[str, list[str]] = {}
    for child in sorted(layout_union):
        siblings.setdefault(layout_union[child], []).append(child)
    for key, kids in siblings.items():
        unions[key].children = _birth_order(kids, birth, twin_of)
    return Family(family, extras, client, unions, layout_union, relation,
                  sorted(secondary), twin_of, birth)


def _birth_order(kids: list[str], birth: dict[str, tuple[int, str, int]],
                 twin_of: dict[str, str]) -> list[str]:
    """Oldest first; a twin set is one unit, placed by its earliest member."""
    units: dict[str, list[str]] = {}
    for kid in kids:
        units.setdefault(twin_of.get(kid, "p:" + kid), []).append(kid)
    ordered = [sorted(members, key=lambda m: _unit_key(m, birth)) for members in units.values()]
    ordered.sort(key=lambda ms: _unit_key(ms[0], birth))
    return [m for ms in ordered for m in ms]
