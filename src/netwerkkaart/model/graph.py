"""The network as a networkx graph, for analysis and layout, and back again.

Nodes are person ids with the person's fields as attributes; each tie is an edge from ``a``
to ``b`` keyed by the tie id, with the tie's fields as attributes. Every other declared record
kind travels in ``graph.graph["records"]`` and the case references in ``graph.graph["refs"]``,
so a record kind declared later needs nothing here. :func:`from_graph` rebuilds the exact same
:class:`Network`.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from .network import Network
from .records import record_kind, record_kinds

_GRAPH_KINDS = ("people", "ties")


def to_graph(net: Network) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for person in net.people.values():
        g.add_node(person.id, **person.model_dump(mode="json"))
    for tie in net.ties.values():
        g.add_edge(tie.a, tie.b, key=tie.id, **tie.model_dump(mode="json"))
    g.graph["records"] = {
        kind.collection: [r.model_dump(mode="json")
                          for r in net.records(kind.collection).values()]
        for kind in record_kinds() if kind.collection not in _GRAPH_KINDS
    }
    g.graph["refs"] = dict(net.refs)
    return g


def from_graph(g: nx.MultiDiGraph) -> Network:
    people = {}
    for node, data in g.nodes(data=True):
        person = record_kind("people").validate(data)
        if person.id != node:
            raise ValueError(f"knoop {node!r} draagt persoon {person.id!r}")
        people[person.id] = person
    ties = {}
    for _a, _b, key, data in g.edges(keys=True, data=True):
        tie = record_kind("ties").validate(data)
        if tie.id != key:
            raise ValueError(f"verbinding {key!r} draagt relatie {tie.id!r}")
        ties[tie.id] = tie
    others: dict[str, dict[str, Any]] = {}
    for name, raws in g.graph.get("records", {}).items():
        kind = record_kind(name)
        records = [kind.validate(raw) for raw in raws]
        others[name] = {r.id: r for r in records}
    return Network(people=people, ties=ties, refs=g.graph.get("refs", {}), **others)
