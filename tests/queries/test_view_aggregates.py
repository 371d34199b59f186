"""The view groups claims itself (for speed); it must agree with model.aggregate() exactly."""

import random

from diplograph.graph.model import Actor, Claim, aggregate
from diplograph.graph.view import build_view


def test_view_edges_hold_the_relations_of_aggregate_whatever_the_input_order():
    rng = random.Random(11)
    actors = [Actor.new(f"S{i}", "state") for i in range(8)]
    claims = []
    for n in range(400):
        a, b = rng.sample(actors, 2)
        predicate = rng.choice(["ARMS_TRANSFER", "CRITICISM", "BORDERS", "AGREEMENT"])
        claims.append(Claim(a.id, predicate, b.id, f"src:{rng.randrange(4)}", date=rng.choice(["", "2020", "2021-05"]),
                            end_date=rng.choice(["", "", "2023"]),
                            modality=rng.choice(["asserted", "reported", "unconfirmed", "denied"]),
                            evidence=f"sentence {n % 7}").normalised())
    relations = {(r.subject, r.predicate, r.object): r for r in aggregate(claims)}
    rng.shuffle(claims)
    view = build_view(actors, claims)
    assert view.number_of_edges() == len(relations)
    for u, v, key, data in view.edges(keys=True, data=True):
        relation = relations[(u, key, v)]
        assert data["claims"] == list(relation.claims)
        assert (data["n_sources"], data["first_date"], data["last_date"], data["modality"]) == \
            (relation.n_sources, relation.first_date, relation.last_date, relation.modality)
    assert {(u, k, v) for u, v, k in view.edges(keys=True)} == set(relations)
