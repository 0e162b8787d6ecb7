"""to_graph / from_graph lose nothing."""

from __future__ import annotations

from hypothesis import given, settings

from netwerkkaart.example import example_case
from netwerkkaart.model.graph import from_graph, to_graph
from tests.strategies import cases


def test_example_graph_shape() -> None:
    net = example_case().network
    g = to_graph(net)
    assert g.number_of_nodes() == len(net.people)
    assert g.number_of_edges() == len(net.ties)
    client = net.client()
    assert client is not None and g.graph["refs"]["client"] == client.id
    assert len(g.graph["records"]["assignments"]) == len(net.records("assignments"))


@settings(max_examples=60, deadline=None)
@given(case=cases())
def test_round_trip(case) -> None:
    assert from_graph(to_graph(case.network)) == case.network
