"""A small invented graph that the examples in the query docstrings run on.

Six invented states (Aland, Borvia, Caldor, Dastan, Eskar, Fenmark), an alliance, a drone
maker, its drone, a minister and an armed group, with claims from three invented sources.

>>> view = example_view()
>>> view.number_of_nodes(), view.number_of_edges()
(12, 22)
"""

from __future__ import annotations

import networkx as nx

from diplograph.graph.model import Actor, Claim, Source
from diplograph.graph.view import build_view


def example_actors() -> list[Actor]:
    def state(name, iso3, *aliases):
        return Actor.new(name, "state", aliases, {"iso3": iso3})

    return [
        state("Aland", "ALD", "Alandic"),
        state("Borvia", "BRV", "Borvian", "Borvians"),
        state("Caldor", "CLD", "Caldorian"),
        state("Dastan", "DST", "Dastani"),
        state("Eskar", "ESK", "Eskari"),
        state("Fenmark", "FNM", "Fenmarkish"),
        Actor.new("Northern Pact", "organization", ["NP"]),
        Actor.new("Kestrel Dynamics", "company", ["Kestrel"]),
        Actor.new("Kestrel-2", "weapon", ["Kestrel 2", "K-2 drone"]),
        Actor.new("Ilse Varro", "person", ["Varro"]),
        Actor.new("Red Hand", "armed_group"),
        Actor.new("Tomas Orlo", "person", ["Orlo"]),
    ]


def example_sources() -> list[Source]:
    return [
        Source("src:review", "Borvian drones abroad", "https://example.org/review", "Example Review", "2022-03-01"),
        Source("src:wire", "Clashes on the Caldor–Dastan border", "https://example.org/wire", "Example Wire", "2022-10-01"),
        Source("src:digest", "Arms market digest", "https://example.org/digest", "Example Digest", "2024-02-01"),
    ]


def example_claims() -> list[Claim]:
    def c(s, p, o, src, date="", modality="asserted", sentence="", end_date="", **props):
        return Claim(s, p, o, f"src:{src}", date=date, end_date=end_date, modality=modality,
                     evidence=sentence, properties=props)

    return [
        c("state:BRV", "ARMS_TRANSFER", "state:CLD", "review", "2021", sentence="Borvia sold Kestrel-2 drones to Caldor.", weapon="Kestrel-2"),
        c("state:BRV", "ARMS_TRANSFER", "state:CLD", "wire", "2021", "reported", "Caldor flew Borvian drones, officials said.", weapon="Kestrel-2"),
        c("company:kestrel-dynamics", "ARMS_TRANSFER", "state:CLD", "review", "2021", sentence="Kestrel Dynamics delivered the first batch to Caldor."),
        c("state:ALD", "ARMS_TRANSFER", "state:DST", "wire", "2022", sentence="Dastan fielded Alandic artillery drones."),
        c("state:ALD", "ARMS_TRANSFER", "state:CLD", "digest", "2023", "unconfirmed", "Unconfirmed reports say Aland also sold drones to Caldor."),
        c("state:FNM", "ARMS_TRANSFER", "state:DST", "review", "2022-02", "denied", "Fenmark said it has no interest in selling drones to Dastan."),
        c("state:FNM", "ARMS_TRANSFER", "state:DST", "digest", "2023-11", sentence="Fenmark delivered drones to Dastan in November 2023."),
        c("state:BRV", "CO_PRODUCTION", "state:ESK", "review", "2022-01-20", sentence="Borvia opened a Kestrel-2 assembly line in Eskar.", weapon="Kestrel-2"),
        c("state:CLD", "ARMED_CLASH", "state:DST", "wire", "2022-09", sentence="Caldorian and Dastani troops clashed in September 2022."),
        c("state:CLD", "ARMED_CLASH", "state:DST", "digest", "2022-09", sentence="The 2022 border war between Caldor and Dastan."),
        c("state:CLD", "BORDERS", "state:DST", "wire", sentence="the Caldor–Dastan border"),
        c("state:ALD", "RIVALRY", "state:BRV", "review", sentence="Aland and Borvia compete for the regional drone market."),
        c("state:BRV", "MANUFACTURES", "weapon:kestrel-2", "review", sentence="Borvia's Kestrel-2 drone"),
        c("company:kestrel-dynamics", "MANUFACTURES", "weapon:kestrel-2", "review", sentence="Kestrel Dynamics builds the Kestrel-2."),
        c("company:kestrel-dynamics", "BASED_IN", "state:BRV", "review", sentence="the Borvian firm Kestrel Dynamics"),
        c("person:ilse-varro", "AFFILIATED_WITH", "state:BRV", "review", sentence="Borvian Defence Minister Ilse Varro", role="Defence Minister"),
        c("person:tomas-orlo", "AFFILIATED_WITH", "state:DST", "wire", sentence="Dastani President Tomas Orlo", role="President"),
        c("state:BRV", "LEADS", "organization:northern-pact", "review", sentence="the Borvian-led Northern Pact"),
        c("state:BRV", "MEMBER_OF", "organization:northern-pact", "review", "2001", sentence="Borvia, a member of the Pact since 2001"),
        c("state:CLD", "MEMBER_OF", "organization:northern-pact", "wire", "2015", end_date="2020", sentence="Caldor, a member from 2015 until it left in 2020"),
        c("state:ESK", "MEMBER_OF", "organization:northern-pact", "digest", "2023", "planned", "Eskar has applied to join the Pact."),
        c("armed_group:red-hand", "THREAT", "state:CLD", "wire", "2022-01", sentence="The Red Hand threatened Caldor with reprisals."),
        c("state:CLD", "CONSULTATION", "state:BRV", "review", "2020", sentence="Caldorian and Borvian ministers met in 2020."),
        c("state:DST", "CRITICISM", "state:BRV", "wire", "2022-09", sentence="Dastan condemned Borvia for arming Caldor."),
        c("state:ESK", "COOPERATION", "state:BRV", "review", "2022", sentence="Eskar and Borvia pledged to cooperate on security."),
    ]


def example_view() -> nx.MultiDiGraph:
    """The example graph as a networkx view (built directly, no store needed)."""
    return build_view(example_actors(), [claim.normalised() for claim in example_claims()], example_sources())
