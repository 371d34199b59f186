"""Filter options are checked before a query runs, and dates, modalities and sources mean what
the documentation says."""

import pytest

from diplograph.queries import QueryError, RelationFilter, neighbourhood, suppliers, ties


class TestOptionsAreCheckedUpFront:
    def test_an_unknown_predicate_names_the_known_ones(self):
        with pytest.raises(QueryError, match="unknown predicate 'SUPPLIES'.*ARMS_TRANSFER"):
            RelationFilter.build(predicates=["SUPPLIES"])

    def test_an_unknown_family_names_the_known_ones(self):
        with pytest.raises(QueryError, match="unknown family.*verbal_conflict"):
            RelationFilter.build(families=["hostility"])

    def test_an_unknown_actor_type_is_refused(self):
        with pytest.raises(QueryError, match="unknown actor type 'country'"):
            RelationFilter.build(actor_types=["country"])

    def test_a_bad_date_names_the_option(self):
        with pytest.raises(QueryError, match="until: not a date"):
            RelationFilter.build(until="soon")

    def test_as_of_does_not_combine_with_a_window(self):
        with pytest.raises(QueryError, match="as_of cannot be combined"):
            RelationFilter.build(as_of="2022", since="2021")

    def test_a_window_must_run_forwards(self):
        with pytest.raises(QueryError, match="since .2023. is after until .2021."):
            RelationFilter.build(since="2023", until="2021")

    @pytest.mark.parametrize("bad", [0, -1, 1.5, "2", True])
    def test_min_sources_is_a_positive_whole_number(self, bad):
        with pytest.raises(QueryError, match="min_sources"):
            RelationFilter.build(min_sources=bad)

    def test_predicates_and_families_combine_as_a_union(self):
        flt = RelationFilter.build(predicates=["BORDERS"], families=["material_conflict"])
        assert {"BORDERS", "ARMED_CLASH", "ATTACK"} <= flt.predicates
        assert "THREAT" not in flt.predicates

    def test_comma_lists_are_accepted(self):
        assert RelationFilter.build(predicates="threat, criticism").predicates == {"THREAT", "CRITICISM"}

    def test_by_default_only_modalities_that_answer_count(self):
        assert RelationFilter.build().modalities == {"asserted", "reported", "planned"}
        assert "denied" in RelationFilter.build(all_modalities=True).modalities

    def test_query_functions_check_their_own_options(self, example):
        with pytest.raises(QueryError, match="direction must be one of"):
            ties(example, "Borvia", direction="sideways")
        with pytest.raises(QueryError, match="depth"):
            neighbourhood(example, "Borvia", depth=9)


class TestDates:
    @pytest.fixture
    def graph(self, world):
        world.actor("Aland")
        world.actor("Borvia")
        world.actor("Caldor")
        world.actor("Dastan")
        world.source("old", published="2019-06-01")
        world.source("new", published="2024-03-01")
        world.say("Aland", "ARMS_TRANSFER", "Borvia", "old", date="2018")
        world.say("Caldor", "ARMS_TRANSFER", "Borvia", "new")  # undated: placed at its source's date
        world.say("Borvia", "BORDERS", "Dastan", "new")  # undated standing fact: holds at every date
        world.say("Dastan", "ARMED_CLASH", "Borvia", "old", date="2015-03", end_date="2016-11")
        return world.graph()

    def names(self, graph, **options):
        return sorted(t.actor.name for t in ties(graph.nx, "Borvia", **options))

    def test_a_window_keeps_claims_that_overlap_it(self, graph):
        assert self.names(graph, since="2016") == ["Aland", "Caldor", "Dastan"]
        assert self.names(graph, since="2017") == ["Aland", "Caldor", "Dastan"]  # Dastan by the border
        assert self.names(graph, since="2017", predicates=["ARMED_CLASH"]) == []
        assert self.names(graph, until="2016-01", predicates=["ARMED_CLASH"]) == ["Dastan"]

    def test_an_undated_event_is_placed_at_its_sources_date(self, graph):
        assert self.names(graph, until="2023", predicates=["ARMS_TRANSFER"]) == ["Aland"]
        assert self.names(graph, since="2024", predicates=["ARMS_TRANSFER"]) == ["Caldor"]

    def test_a_year_covers_every_day_of_it(self, graph):
        assert self.names(graph, since="2018-12-31", until="2018-12-31", predicates=["ARMS_TRANSFER"]) == ["Aland"]

    def test_as_of_is_the_graph_as_it_stood_then(self, graph):
        assert self.names(graph, as_of="2016") == ["Dastan"]  # the war was on; the border always is
        assert self.names(graph, as_of="2016", predicates=["ARMED_CLASH"]) == ["Dastan"]
        assert self.names(graph, as_of="2017", predicates=["ARMED_CLASH"]) == []  # it had ended
        assert self.names(graph, as_of="2020") == ["Aland", "Dastan"]
        assert self.names(graph, as_of="2025") == ["Aland", "Caldor", "Dastan"]


class TestModalityAndSources:
    @pytest.fixture
    def graph(self, world):
        for name in ("Aland", "Borvia", "Caldor", "Dastan"):
            world.actor(name)
        world.say("Aland", "ARMS_TRANSFER", "Dastan", "a")
        world.say("Aland", "ARMS_TRANSFER", "Dastan", "b", modality="reported")
        world.say("Borvia", "ARMS_TRANSFER", "Dastan", "a", modality="unconfirmed")
        world.say("Caldor", "ARMS_TRANSFER", "Dastan", "a", modality="denied")
        world.say("Caldor", "ARMS_TRANSFER", "Dastan", "c", modality="planned")
        return world.graph()

    def test_unconfirmed_and_denied_claims_do_not_count_by_default(self, graph):
        found = suppliers(graph.nx, "Dastan")
        assert [t.actor.name for t in found] == ["Aland", "Caldor"]
        caldor = found[1]
        assert [e.modality for e in caldor.evidence] == ["planned"]  # the denial is not part of the tie

    def test_all_modalities_shows_them_and_says_which_ties_are_confirmed(self, graph):
        found = {t.actor.name: t for t in suppliers(graph.nx, "Dastan", all_modalities=True)}
        assert set(found) == {"Aland", "Borvia", "Caldor"}
        assert not found["Borvia"].confirmed and found["Borvia"].modalities == ["unconfirmed"]
        assert found["Caldor"].confirmed and found["Caldor"].modalities == ["denied", "planned"]

    def test_chosen_modalities(self, graph):
        assert [t.actor.name for t in suppliers(graph.nx, "Dastan", modalities=["unconfirmed"])] == ["Borvia"]

    def test_min_sources_counts_distinct_sources_of_the_claims_that_pass(self, graph):
        assert [t.actor.name for t in suppliers(graph.nx, "Dastan", min_sources=2)] == ["Aland"]
        # Caldor has two sources, but one of them denies it:
        assert [t.actor.name for t in suppliers(graph.nx, "Dastan", min_sources=2, all_modalities=True)] == \
            ["Aland", "Caldor"]
