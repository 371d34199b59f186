"""Suppliers, recipients, concentration, partners, adversaries and proxy patterns."""

import pytest

from diplograph.graph.ontology import load_ontology
from diplograph.queries.ask import ask
from diplograph.queries import (QueryError, adversaries, partners, proxy_patterns, recipients,
                                supplier_concentration, suppliers)
from diplograph.queries.supply import supply_predicates


@pytest.fixture
def market(world):
    """Two makers selling to three buyers, with a named weapon."""
    world.actor("Norland")
    world.actor("Ostia")
    world.actor("Parva")
    world.actor("Quell")
    world.actor("Rhun")
    world.actor("Hawk Works", "company", "Hawk")
    world.actor("Hawk-7", "weapon", "H-7", "Hawk 7 drone")
    world.say("Norland", "ARMS_TRANSFER", "Parva", "a", date="2019", weapon="H-7")
    world.say("Norland", "ARMS_TRANSFER", "Parva", "b", date="2020", weapon="Hawk-7")
    world.say("Norland", "ARMS_TRANSFER", "Parva", "c", date="2021")
    world.say("Hawk Works", "ARMS_TRANSFER", "Parva", "a", date="2019", weapon="hawk 7 drone")
    world.say("Ostia", "ARMS_TRANSFER", "Parva", "b", date="2023")
    world.say("Ostia", "CO_PRODUCTION", "Parva", "b", date="2023")
    world.say("Norland", "ARMS_TRANSFER", "Quell", "a", date="2022", modality="unconfirmed")
    world.say("Norland", "CO_PRODUCTION", "Rhun", "c", date="2021", weapon="Hawk-7")
    world.say("Norland", "AID", "Quell", "a")  # aid is not a supply relation
    return world.graph()


class TestSupply:
    def test_supply_predicates_come_from_the_ontology(self):
        onto = load_ontology()
        assert supply_predicates() == ["ARMS_TRANSFER", "CO_PRODUCTION"]
        for name in supply_predicates():
            predicate = onto.predicate(name)
            assert "weapon" in predicate.properties and onto.families[predicate.family].polarity == 1

    def test_suppliers_of_a_recipient_most_sourced_first(self, market):
        found = suppliers(market.nx, "Parva")
        assert [(t.actor.name, t.n_sources) for t in found] == [("Norland", 3), ("Hawk Works", 1), ("Ostia", 1)]
        assert found[2].predicates == ["ARMS_TRANSFER", "CO_PRODUCTION"]

    def test_a_weapon_matches_by_any_of_its_names(self, market):
        found = suppliers(market.nx, "Parva", weapon="Hawk 7 drone")
        assert [(t.actor.name, len(t.evidence)) for t in found] == [("Norland", 2), ("Hawk Works", 1)]
        assert [t.actor.name for t in recipients(market.nx, "Norland", weapon="H-7")] == ["Parva", "Rhun"]

    def test_a_weapon_that_no_claim_names_gives_nothing(self, market):
        assert suppliers(market.nx, "Parva", weapon="Kestrel") == []

    def test_period(self, market):
        assert [t.actor.name for t in suppliers(market.nx, "Parva", since="2022")] == ["Ostia"]
        assert [t.actor.name for t in suppliers(market.nx, "Parva", until="2019")] == ["Hawk Works", "Norland"]

    def test_recipients_and_production_hosts(self, market):
        assert [t.actor.name for t in recipients(market.nx, "Norland")] == ["Parva", "Rhun"]
        assert [t.actor.name for t in recipients(market.nx, "Norland", predicates=["CO_PRODUCTION"])] == ["Rhun"]
        assert [t.actor.name for t in recipients(market.nx, predicates="CO_PRODUCTION")] == ["Parva", "Rhun"]

    def test_unconfirmed_transfers_are_shown_apart_only_on_request(self, market):
        assert "Quell" not in [t.actor.name for t in recipients(market.nx, "Norland")]
        quell = [t for t in recipients(market.nx, "Norland", all_modalities=True) if t.actor.name == "Quell"]
        assert len(quell) == 1 and not quell[0].confirmed

    def test_only_supply_predicates_are_accepted(self, market):
        with pytest.raises(QueryError, match="not a supply predicate: AID"):
            suppliers(market.nx, "Parva", predicates=["AID"])

    def test_concentration_by_relations(self, market):
        c = supplier_concentration(market.nx, "Parva")
        # Norland 1 relation, Hawk Works 1, Ostia 2 (transfer and co-production): shares 1/4, 1/4, 1/2
        assert {s.actor.name: s.count for s in c.shares} == {"Norland": 1, "Hawk Works": 1, "Ostia": 2}
        assert c.hhi == pytest.approx(10_000 * (0.25 ** 2 + 0.25 ** 2 + 0.5 ** 2), abs=0.1)
        assert c.equivalent_suppliers == pytest.approx(1 / (0.25 ** 2 + 0.25 ** 2 + 0.5 ** 2), abs=0.01)

    def test_concentration_by_claims(self, market):
        c = supplier_concentration(market.nx, "Parva", basis="claims")
        assert {s.actor.name: s.count for s in c.shares} == {"Norland": 3, "Hawk Works": 1, "Ostia": 2}
        assert c.hhi == pytest.approx(10_000 * ((3 / 6) ** 2 + (1 / 6) ** 2 + (2 / 6) ** 2), abs=0.1)

    def test_a_single_supplier_is_full_concentration_and_none_is_zero(self, market):
        assert supplier_concentration(market.nx, "Rhun").hhi == 10_000
        assert supplier_concentration(market.nx, "Norland").hhi == 0
        with pytest.raises(QueryError, match="basis must be one of"):
            supplier_concentration(market.nx, "Parva", basis="value")


class TestAlignment:
    @pytest.fixture
    def region(self, world):
        for name in ("Sarn", "Tor", "Ulm", "Vey"):
            world.actor(name)
        world.actor("Ward Watch", "ngo")
        world.say("Sarn", "AGREEMENT", "Tor", "a")
        world.say("Tor", "ARMS_TRANSFER", "Sarn", "b")
        world.say("Sarn", "CRITICISM", "Ulm", "a")
        world.say("Ward Watch", "CRITICISM", "Sarn", "c")
        world.say("Sarn", "BORDERS", "Vey", "a")  # a standing fact: neither partner nor adversary
        world.say("Ulm", "THREAT", "Sarn", "b", modality="speculative")
        return world.graph()

    def test_partners_are_cooperative_in_either_direction_with_distinct_sources(self, region):
        assert [(t.actor.name, t.n_sources) for t in partners(region.nx, "Sarn")] == [("Tor", 2)]

    def test_allies_are_partners_as_ask_answers_them(self, world):
        for name in ("Sarn", "Tor", "Vey"):
            world.actor(name)
        world.say("Sarn", "ALLIANCE", "Vey", "a", date="2001", end_date="2010")
        world.say("Tor", "AID", "Sarn", "b", date="2015")
        with world.graph() as graph:
            assert [t.actor.name for t in partners(graph.nx, "Sarn")] == ["Tor", "Vey"]
            # a window on an alliance keeps the ones that held then
            assert [t.actor.name for t in partners(graph.nx, "Sarn", as_of="2005")] == ["Vey"]
            assert [t.actor.name for t in partners(graph.nx, "Sarn", as_of="2016")] == ["Tor"]
            asked = ask(graph.nx, "Who are Sarn's partners?")
            assert [a.name for a in asked.answers] == [t.actor.name for t in partners(graph.nx, "Sarn")]

    def test_adversaries_are_conflictual_in_either_direction(self, region):
        assert [t.actor.name for t in adversaries(region.nx, "Sarn")] == ["Ulm", "Ward Watch"]
        assert adversaries(region.nx, "Sarn", actor_types=["ngo"])[0].actor.name == "Ward Watch"

    def test_polarity_is_read_from_the_ontology(self, region):
        onto = load_ontology()
        for tie in partners(region.nx, "Sarn"):
            assert all(onto.family_of(l.predicate).polarity == 1 for l in tie.links)
        for tie in adversaries(region.nx, "Sarn", all_modalities=True):
            assert all(onto.family_of(l.predicate).polarity == -1 for l in tie.links)

    def test_speculative_hostility_is_flagged_not_counted(self, region):
        ulm = [t for t in adversaries(region.nx, "Sarn", all_modalities=True) if t.actor.name == "Ulm"][0]
        assert ulm.confirmed  # the criticism is asserted
        assert ulm.modalities == ["asserted", "speculative"]


class TestProxies:
    @pytest.fixture
    def theatre(self, world):
        for name in ("Big A", "Big B", "Small X", "Small Y", "Small Z"):
            world.actor(name)
        world.say("Big A", "ARMS_TRANSFER", "Small X")
        world.say("Big B", "ARMS_TRANSFER", "Small Y")
        world.say("Small X", "ARMED_CLASH", "Small Y")
        world.say("Big A", "RIVALRY", "Big B")
        world.say("Big B", "ARMS_TRANSFER", "Small Z", modality="unconfirmed")
        world.say("Small Z", "DISPUTE", "Small X")
        return world.graph()

    def test_a_match_is_four_actors_with_their_four_relations(self, theatre):
        [match] = proxy_patterns(theatre.nx)
        assert [a.name for a in match.actors] == ["Big A", "Small X", "Big B", "Small Y"]
        assert sorted(l.predicate for l in match.links) == ["ARMED_CLASH", "ARMS_TRANSFER", "ARMS_TRANSFER", "RIVALRY"]

    def test_disputes_count_as_conflict_and_unconfirmed_supply_only_on_request(self, theatre):
        found = proxy_patterns(theatre.nx, all_modalities=True)
        assert sorted(tuple(a.name for a in m.actors) for m in found) == [
            ("Big A", "Small X", "Big B", "Small Y"), ("Big A", "Small X", "Big B", "Small Z")]

    def test_no_rivalry_no_match(self, world):
        for name in ("A", "B", "X", "Y"):
            world.actor(name)
        world.say("A", "ARMS_TRANSFER", "X")
        world.say("B", "ARMS_TRANSFER", "Y")
        world.say("X", "ARMED_CLASH", "Y")
        assert proxy_patterns(world.graph().nx) == []

    def test_one_supplier_arming_both_sides_is_not_a_proxy_pattern(self, world):
        for name in ("A", "B", "X", "Y"):
            world.actor(name)
        world.say("A", "ARMS_TRANSFER", "X")
        world.say("A", "ARMS_TRANSFER", "Y")
        world.say("X", "ARMED_CLASH", "Y")
        world.say("A", "RIVALRY", "B")
        assert proxy_patterns(world.graph().nx) == []

    def test_roles_are_options_checked_against_the_ontology(self, theatre):
        assert proxy_patterns(theatre.nx, conflict=["ATTACK"]) == []
        with pytest.raises(QueryError, match="rivalry: unknown predicate"):
            proxy_patterns(theatre.nx, rivalry=["RIVALS"])

    def test_focus_on_an_actor(self, theatre):
        assert len(proxy_patterns(theatre.nx, actor="Small Y")) == 1
        assert proxy_patterns(theatre.nx, actor="Small Z") == []
