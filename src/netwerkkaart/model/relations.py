"""Each person's relation to the client, in plain Dutch: derived from the family where it can
be, from who the person is where it cannot, or set by hand.

* Family: the shortest path from the client over partnership and parent-child ties (networkx
  Dijkstra; a partner step weighs a little more than a blood step, so blood wins a tie) is read
  as a sequence of steps up (to a parent), down (to a child) and across (to a partner):
  ``"D"`` a child, ``"UD"`` a brother or sister, ``"DP"`` a son- or daughter-in-law...
* Everyone else: from their kind (friend, neighbour, volunteer, professional, organisation).
* By hand: ``Person.relation`` (a :class:`RelationCode` or the user's own
  :class:`~.codes.Custom` text) wins over both.

The code is stable and gender-neutral; :func:`netwerkkaart.labels.relation_label` gives the
Dutch word for the person's gender (zoon / dochter / kind). The maps (ecogram categories,
netwerkkaart defaults), the analysis and the PDF all read :func:`relations`. Recomputed from
the network whenever it is asked, so a new client gives new relations at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

from .codes import Custom
from .enums import ParentChildKind, PartnershipStatus, PersonKind


class RelationCode(StrEnum):
    SELF = "self"
    PARTNER = "partner"
    EX_PARTNER = "ex_partner"
    PARENT = "parent"
    CHILD = "child"
    SIBLING = "sibling"
    HALF_SIBLING = "half_sibling"
    GRANDPARENT = "grandparent"
    GREAT_GRANDPARENT = "great_grandparent"
    GRANDCHILD = "grandchild"
    GREAT_GRANDCHILD = "great_grandchild"
    UNCLE_AUNT = "uncle_aunt"
    NEPHEW_NIECE = "nephew_niece"
    COUSIN = "cousin"
    CHILD_IN_LAW = "child_in_law"
    PARENT_IN_LAW = "parent_in_law"
    SIBLING_IN_LAW = "sibling_in_law"
    STEP_PARENT = "step_parent"
    STEP_CHILD = "step_child"
    FOSTER_PARENT = "foster_parent"
    FOSTER_CHILD = "foster_child"
    RELATIVE = "relative"
    RELATIVE_IN_LAW = "relative_in_law"
    FRIEND = "friend"
    NEIGHBOUR = "neighbour"
    FORMER_NEIGHBOUR = "former_neighbour"
    ACQUAINTANCE = "acquaintance"
    COLLEAGUE = "colleague"
    VOLUNTEER = "volunteer"
    PROFESSIONAL = "professional"
    SPIRITUAL_CARER = "spiritual_carer"
    ORGANISATION = "organisation"


Relation = RelationCode | Custom

FAMILY_RELATIONS = frozenset({
    RelationCode.PARTNER, RelationCode.EX_PARTNER, RelationCode.PARENT, RelationCode.CHILD,
    RelationCode.SIBLING, RelationCode.HALF_SIBLING, RelationCode.GRANDPARENT,
    RelationCode.GREAT_GRANDPARENT, RelationCode.GRANDCHILD, RelationCode.GREAT_GRANDCHILD,
    RelationCode.UNCLE_AUNT, RelationCode.NEPHEW_NIECE, RelationCode.COUSIN,
    RelationCode.CHILD_IN_LAW, RelationCode.PARENT_IN_LAW, RelationCode.SIBLING_IN_LAW,
    RelationCode.STEP_PARENT, RelationCode.STEP_CHILD, RelationCode.FOSTER_PARENT,
    RelationCode.FOSTER_CHILD, RelationCode.RELATIVE, RelationCode.RELATIVE_IN_LAW,
})

_BY_PATH: dict[str, RelationCode] = {
    "U": RelationCode.PARENT, "D": RelationCode.CHILD,
    "UU": RelationCode.GRANDPARENT, "UUU": RelationCode.GREAT_GRANDPARENT,
    "DD": RelationCode.GRANDCHILD, "DDD": RelationCode.GREAT_GRANDCHILD,
    "UUD": RelationCode.UNCLE_AUNT, "UUDP": RelationCode.UNCLE_AUNT,
    "UDD": RelationCode.NEPHEW_NIECE, "UUDD": RelationCode.COUSIN,
    "DP": RelationCode.CHILD_IN_LAW, "PU": RelationCode.PARENT_IN_LAW,
    "UDP": RelationCode.SIBLING_IN_LAW, "PUD": RelationCode.SIBLING_IN_LAW,
    "UP": RelationCode.STEP_PARENT, "PD": RelationCode.STEP_CHILD,
}

_BY_KIND: dict[PersonKind, RelationCode] = {
    PersonKind.FRIEND: RelationCode.FRIEND,
    PersonKind.NEIGHBOUR: RelationCode.NEIGHBOUR,
    PersonKind.ACQUAINTANCE: RelationCode.ACQUAINTANCE,
    PersonKind.VOLUNTEER_ORGANISED: RelationCode.VOLUNTEER,
    PersonKind.VOLUNTEER_INFORMAL: RelationCode.VOLUNTEER,
    PersonKind.PROFESSIONAL: RelationCode.PROFESSIONAL,
    PersonKind.ORGANISATION: RelationCode.ORGANISATION,
    PersonKind.PARTNER: RelationCode.PARTNER,
    PersonKind.FAMILY: RelationCode.RELATIVE,
}

_CAN_BE_FORMER = frozenset({RelationCode.CHILD_IN_LAW, RelationCode.SIBLING_IN_LAW,
                            RelationCode.STEP_PARENT, RelationCode.UNCLE_AUNT})
"""Relations through a partner that read "ex-..." once that partnership ended."""

BLOOD_STEP = 1.0
PARTNER_STEP = 1.25
"""A partner step weighs a little more, so a blood path wins over an equally long one."""


@dataclass(frozen=True)
class RelationInfo:
    relation: Relation
    derived: bool
    """False when the user set it by hand."""
    path: str = ""
    """The steps from the client (U up, D down, P partner) when it came from the family."""
    former: bool = False
    """Related through a partnership that ended: an ex-schoondochter."""


def relations(net: object) -> dict[str, RelationInfo]:
    """Every person's relation to the client (empty without a client)."""
    return dict(_relations(_Key(net)))


def relation_info(net: object, person_id: str) -> RelationInfo | None:
    """One person's relation (from the cache, without copying every person's)."""
    return _relations(_Key(net)).get(person_id)


def relation_of(net: object, person_id: str) -> Relation | None:
    info = _relations(_Key(net)).get(person_id)
    return info.relation if info else None


class _Key:
    """Hashes a network by identity, so the last few answers are cached (networks are
    immutable values: an edit makes a new one)."""

    __slots__ = ("net",)

    def __init__(self, net: object) -> None:
        self.net = net

    def __hash__(self) -> int:
        return id(self.net)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Key) and other.net is self.net


@lru_cache(maxsize=8)
def _relations(key: _Key) -> dict[str, RelationInfo]:
    from .network import Network

    net = key.net
    assert isinstance(net, Network)
    client = net.client_id
    if client is None or client not in net.people:
        return {}
    paths = _family_paths(net, client)
    out: dict[str, RelationInfo] = {}
    for pid, person in net.people.items():
        if person.relation is not None:
            out[pid] = RelationInfo(person.relation, False, paths.get(pid, ("", ""))[0])
        elif pid == client:
            out[pid] = RelationInfo(RelationCode.SELF, True)
        elif pid in paths:
            steps, last_edge = paths[pid]
            code = _from_path(net, client, pid, steps, last_edge)
            former = code in _CAN_BE_FORMER and steps.endswith("P") and _ended(net, last_edge)
            out[pid] = RelationInfo(code, True, steps, former)
        else:
            out[pid] = RelationInfo(_BY_KIND[person.kind], True)
    return out


def _family_graph(net: object) -> nx.DiGraph:
    import networkx as nx  # at first use: it takes a fifth of a second to import

    from .network import Network

    assert isinstance(net, Network)
    g = nx.DiGraph()
    g.add_nodes_from(sorted(net.people))
    for tie in sorted(net.parent_links(), key=lambda t: t.id):
        if tie.a in net.people and tie.b in net.people:
            g.add_edge(tie.b, tie.a, step="U", weight=BLOOD_STEP, tie=tie.id)
            g.add_edge(tie.a, tie.b, step="D", weight=BLOOD_STEP, tie=tie.id)
    ended = (PartnershipStatus.SEPARATED, PartnershipStatus.DIVORCED)
    # an ongoing partnership between the same two people decides over an ended one
    for union in sorted(net.partnerships(), key=lambda t: (t.status in ended, t.id)):
        if union.a in net.people and union.b in net.people and not g.has_edge(union.a, union.b):
            g.add_edge(union.a, union.b, step="P", weight=PARTNER_STEP, tie=union.id)
            g.add_edge(union.b, union.a, step="P", weight=PARTNER_STEP, tie=union.id)
    return g


def _family_paths(net: object, client: str) -> dict[str, tuple[str, str]]:
    """person -> (steps from the client, id of the last tie on the path)."""
    import networkx as nx

    g = _family_graph(net)
    found = nx.single_source_dijkstra_path(g, client, weight="weight")
    out: dict[str, tuple[str, str]] = {}
    for pid, nodes in found.items():
        if pid == client:
            continue
        steps = "".join(g.edges[a, b]["step"] for a, b in zip(nodes, nodes[1:], strict=False))
        out[pid] = (steps, g.edges[nodes[-2], nodes[-1]]["tie"])
    return out


def _from_path(net: object, client: str, pid: str, steps: str, last_tie: str) -> RelationCode:
    from .network import Network
    from .ties import ParentChildTie, PartnershipTie

    assert isinstance(net, Network)
    tie = net.ties.get(last_tie)
    if steps == "P":
        ended = isinstance(tie, PartnershipTie) and tie.status in (
            PartnershipStatus.SEPARATED, PartnershipStatus.DIVORCED)
        return RelationCode.EX_PARTNER if ended else RelationCode.PARTNER
    if steps in ("U", "D") and isinstance(tie, ParentChildTie) \
            and tie.relation is ParentChildKind.FOSTER:
        return RelationCode.FOSTER_PARENT if steps == "U" else RelationCode.FOSTER_CHILD
    if steps == "UD":
        mine, theirs = _birth_parents(net, client), _birth_parents(net, pid)
        if mine and theirs and mine != theirs and mine & theirs:
            return RelationCode.HALF_SIBLING
        return RelationCode.SIBLING
    if steps in _BY_PATH:
        return _BY_PATH[steps]
    return RelationCode.RELATIVE_IN_LAW if "P" in steps else RelationCode.RELATIVE


def _ended(net: object, tie_id: str) -> bool:
    from .network import Network
    from .ties import PartnershipTie

    assert isinstance(net, Network)
    tie = net.ties.get(tie_id)
    return isinstance(tie, PartnershipTie) and tie.status in (
        PartnershipStatus.SEPARATED, PartnershipStatus.DIVORCED)


def _birth_parents(net: object, pid: str) -> frozenset[str]:
    from .network import Network

    assert isinstance(net, Network)
    return frozenset(t.a for t in net.parent_links()
                     if t.b == pid and t.relation is not ParentChildKind.FOSTER)


_KIND_BY_RELATION: dict[RelationCode, PersonKind] = {
    RelationCode.PARTNER: PersonKind.PARTNER,
    RelationCode.FRIEND: PersonKind.FRIEND,
    RelationCode.NEIGHBOUR: PersonKind.NEIGHBOUR,
    RelationCode.FORMER_NEIGHBOUR: PersonKind.ACQUAINTANCE,
    RelationCode.ACQUAINTANCE: PersonKind.ACQUAINTANCE,
    RelationCode.COLLEAGUE: PersonKind.ACQUAINTANCE,
    RelationCode.VOLUNTEER: PersonKind.VOLUNTEER_ORGANISED,
    RelationCode.PROFESSIONAL: PersonKind.PROFESSIONAL,
    RelationCode.SPIRITUAL_CARER: PersonKind.PROFESSIONAL,
    RelationCode.ORGANISATION: PersonKind.ORGANISATION,
}


def kind_for_relation(relation: RelationCode) -> PersonKind:
    """The kind of person a relation to the client suggests (a groslijst fills it in):
    family for the family relations, else what the relation says."""
    if relation in _KIND_BY_RELATION:
        return _KIND_BY_RELATION[relation]
    return PersonKind.FAMILY
