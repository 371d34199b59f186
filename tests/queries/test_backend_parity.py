"""Queries run on the networkx view of a backend, so every backend gives the same answers.

The example graph is written to each backend; every query must return the same records as
on the view built directly from the example's actors, claims and sources.
"""

import pytest

from diplograph.core import DiploGraph
from diplograph.graph.model import Batch
from diplograph.queries import (adversaries, blocs, brokers, changes, contradictions, evidence, k_shortest_paths,
                                members, neighbourhood, partners, proxy_patterns, recipients,
                                supplier_concentration, suppliers, timeline)
from diplograph.queries.example import example_actors, example_claims, example_sources, example_view

QUERIES = {
    "neighbourhood": lambda v: neighbourhood(v, "Borvia", depth=2),
    "paths": lambda v: k_shortest_paths(v, "Red Hand", "Eskar", k=3),
    "suppliers": lambda v: suppliers(v, "Caldor", all_modalities=True),
    "recipients": lambda v: recipients(v, "Borvia", since="2021"),
    "concentration": lambda v: supplier_concentration(v, "Caldor", basis="claims"),
    "partners": lambda v: partners(v, "Caldor"),
    "adversaries": lambda v: adversaries(v, "Dastan", all_modalities=True),
    "proxies": lambda v: proxy_patterns(v),
    "brokers": lambda v: brokers(v),
    "blocs": lambda v: blocs(v),
    "timeline": lambda v: timeline(v, "Borvia"),
    "changes": lambda v: changes(v, "2021", "2024", all_modalities=True),
    "evidence": lambda v: evidence(v, "Fenmark", "ARMS_TRANSFER", "Dastan"),
    "contradictions": lambda v: contradictions(v),
    "members": lambda v: members(v, "Northern Pact"),
}


def records(result):
    if isinstance(result, list):
        return [r.to_dict() for r in result]
    return result.to_dict()


def reference():
    view = example_view()
    return {name: records(query(view)) for name, query in QUERIES.items()}


def check_backend(graph: DiploGraph):
    graph.write(Batch(example_actors(), example_sources(), example_claims()))
    expected = reference()
    for name, query in QUERIES.items():
        assert records(query(graph.nx)) == expected[name], name


def test_the_embedded_store_gives_the_answers_of_the_plain_view(tmp_path):
    with DiploGraph.open(store=tmp_path / "g.db") as graph:
        check_backend(graph)


@pytest.mark.neo4j
def test_neo4j_gives_the_answers_of_the_plain_view(empty_neo4j):
    from diplograph.graph.backends.neo4j import Neo4jBackend

    with DiploGraph(Neo4jBackend.from_settings(**empty_neo4j)) as graph:
        check_backend(graph)
