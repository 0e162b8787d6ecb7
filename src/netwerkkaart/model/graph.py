"""The network as a networkx graph, for analysis and layout, and back again.

Nodes are person ids with the person's fields as attributes; each tie is an edge from ``a``
to ``b`` keyed by the tie id, with the tie's fields as attributes. Households and twin sets
travel in ``graph.graph``. :func:`from_graph` rebuilds the exact same :class:`Network`.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
from pydantic import TypeAdapter

from .case import Network
from .people import Household, Person, TwinSet
from .ties import Tie

_tie_adapter: TypeAdapter[Any] = TypeAdapter(Tie)


def to_graph(net: Network) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for person in net.people.values():
        g.add_node(person.id, **person.model_dump(mode="json"))
    for tie in net.ties.values():
        g.add_edge(tie.a, tie.b, key=tie.id, **tie.model_dump(mode="json"))
    g.graph["households"] = [h.model_dump(mode="json") for h in net.households.values()]
    g.graph["twin_sets"] = [t.model_dump(mode="json") for t in net.twin_sets.values()]
    return g


def from_graph(g: nx.MultiDiGraph) -> Network:
    people = {}
    for node, data in g.nodes(data=True):
        person = Person.model_validate(data)
        if person.id != node:
            raise ValueError(f"knoop {node!r} draagt persoon {person.id!r}")
        people[person.id] = person
    ties = {}
    for _a, _b, key, data in g.edges(keys=True, data=True):
        tie = _tie_adapter.validate_python(data)
        if tie.id != key:
            raise ValueError(f"verbinding {key!r} draagt relatie {tie.id!r}")
        ties[tie.id] = tie
    households = [Household.model_validate(h) for h in g.graph.get("households", [])]
    twins = [TwinSet.model_validate(t) for t in g.graph.get("twin_sets", [])]
    return Network(
        people=people,
        ties=ties,
        households={h.id: h for h in households},
        twin_sets={t.id: t for t in twins},
    )
