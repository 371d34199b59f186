"""Brokers and blocs, timelines and changes, evidence and contradictions, members."""

import pytest

from diplograph.queries import (QueryError, blocs, brokers, changes, contradictions, evidence, members,
                                timeline)


class TestBrokersAndBlocs:
    @pytest.fixture
    def two_camps(self, world):
        """Two tight camps of cooperating states, joined only through a mediator."""
        west, east = ["W1", "W2", "W3", "W4"], ["E1", "E2", "E3", "E4"]
        for name in west + east + ["Mediator"]:
            world.actor(name)
        for camp in (west, east):
            for i, a in enumerate(camp):
                for b in camp[i + 1:]:
                    world.say(a, "AGREEMENT", b)
        world.say("Mediator", "CONSULTATION", "W1")
        world.say("Mediator", "CONSULTATION", "E1")
        world.say("W2", "ARMED_CLASH", "E2")  # conflict does not join the camps
        return world.graph()

    def test_the_bridge_is_the_top_broker(self, two_camps):
        found = brokers(two_camps.nx, top=3)
        assert [b.actor.name for b in found][:1] == ["Mediator"]
        assert {b.actor.name for b in found[1:3]} == {"W1", "E1"}

    def test_blocs_follow_cooperation(self, two_camps):
        found = blocs(two_camps.nx)
        camps = [{a.name for a in b.actors} for b in found]
        assert {"W1", "W2", "W3", "W4"} <= camps[0] | camps[1]
        assert not any({"W2", "E2"} <= camp for camp in camps)

    def test_blocs_are_the_same_from_run_to_run_with_the_same_seed(self, two_camps):
        first = [[a.id for a in b.actors] for b in blocs(two_camps.nx, seed=3)]
        assert first == [[a.id for a in b.actors] for b in blocs(two_camps.nx, seed=3)]

    def test_options_are_checked(self, two_camps):
        with pytest.raises(QueryError, match="resolution"):
            blocs(two_camps.nx, resolution=0)
        with pytest.raises(QueryError, match="top"):
            brokers(two_camps.nx, top=0)


class TestTimelineAndChanges:
    @pytest.fixture
    def story(self, world):
        for name in ("Ardan", "Belos", "Cyra"):
            world.actor(name)
        world.source("early", published="2020-05-01", publisher="Early News")
        world.source("late", published="2024-01-10", publisher="Late News")
        world.say("Ardan", "COOPERATION", "Belos", "early", date="2019")
        world.say("Ardan", "ARMS_TRANSFER", "Belos", "early", date="2020-02", modality="reported")
        world.say("Ardan", "ARMS_TRANSFER", "Belos", "late", date="2023-06")
        world.say("Cyra", "CRITICISM", "Ardan", "late")  # undated: placed at 2024-01-10
        world.say("Ardan", "MILITARY_PRESENCE", "Cyra", "early", date="2015", end_date="2021")
        world.say("Belos", "AID", "Cyra", "early", date="2020")
        world.say("Belos", "AID", "Cyra", "late", date="2023", modality="denied")
        return world.graph()

    def test_a_timeline_is_in_date_order_with_undated_claims_at_their_sources_date(self, story):
        entries = timeline(story.nx, "Ardan")
        assert [(e.date, e.evidence.predicate) for e in entries] == [
            ("2015", "MILITARY_PRESENCE"), ("2019", "COOPERATION"), ("2020-02", "ARMS_TRANSFER"),
            ("2023-06", "ARMS_TRANSFER"), ("2024-01-10", "CRITICISM")]
        assert entries[-1].dated_by == "source"

    def test_what_appeared_and_disappeared(self, story):
        found = {(c.kind, c.subject.name, c.predicate, c.object.name) for c in changes(story.nx, "2020-06", "2024-06")}
        assert found == {("appeared", "Cyra", "CRITICISM", "Ardan"),
                         ("disappeared", "Ardan", "MILITARY_PRESENCE", "Cyra"),  # it ended in 2021
                         ("disappeared", "Belos", "AID", "Cyra"),  # a later source denies it
                         ("modality_changed", "Ardan", "ARMS_TRANSFER", "Belos")}  # reported, then asserted

    def test_a_change_carries_the_claims_that_made_it(self, story):
        [change] = [c for c in changes(story.nx, "2020-06", "2024-06") if c.predicate == "AID"]
        assert (change.before, change.after) == ("asserted", "denied")
        assert [e.source.publisher for e in change.evidence] == ["Late News"]

    def test_changes_for_one_actor_and_checked_dates(self, story):
        assert {c.predicate for c in changes(story.nx, "2020-06", "2024-06", actor="Belos")} == {"ARMS_TRANSFER", "AID"}
        with pytest.raises(QueryError, match="must come before"):
            changes(story.nx, "2024", "2020")


class TestEvidenceAndContradictions:
    @pytest.fixture
    def disputed(self, world):
        for name in ("Marl", "Nisk", "Oro"):
            world.actor(name)
        world.source("s1", published="2022-01-01", publisher="First")
        world.source("s2", published="2024-01-01", publisher="Second")
        world.say("Nisk", "ARMS_TRANSFER", "Marl", "s1", date="2021", modality="denied",
                  sentence="Marl has shown no interest in Nisk's drones.")
        world.say("Nisk", "ARMS_TRANSFER", "Marl", "s2", date="2023", sentence="Nisk supplies drones to Marl.")
        world.say("Oro", "ARMS_TRANSFER", "Marl", "s1", modality="unconfirmed")
        world.say("Oro", "ARMS_TRANSFER", "Marl", "s1")  # one source hedging and stating: no disagreement
        world.say("Marl", "SUPPORT", "Oro", "s1", date="2022")
        world.say("Marl", "CRITICISM", "Oro", "s2", date="2022-05")
        world.say("Marl", "THREAT", "Oro", "s2", date="2019")
        return world.graph()

    def test_evidence_lists_every_claim_with_its_source(self, disputed):
        found = evidence(disputed.nx, "Nisk", "ARMS_TRANSFER", "Marl")
        assert [(e.modality, e.source.publisher, e.date) for e in found] == [("denied", "First", "2021"),
                                                                              ("asserted", "Second", "2023")]
        assert found[0].sentence == "Marl has shown no interest in Nisk's drones."
        assert found[0].source.url == "https://example.org/s1"

    def test_evidence_reads_a_directed_predicate_in_its_direction(self, disputed):
        assert evidence(disputed.nx, "Marl", "ARMS_TRANSFER", "Nisk") == []
        assert len(evidence(disputed.nx, "Marl", None, "Oro")) == 5

    def test_a_denial_then_an_assertion_from_another_source_is_a_contradiction(self, disputed):
        found = [c for c in contradictions(disputed.nx) if c.kind == "denial"]
        assert [(c.subject.name, c.object.name) for c in found] == [("Nisk", "Marl")]
        assert [e.modality for e in found[0].one_side] == ["asserted"]
        assert [e.modality for e in found[0].other_side] == ["denied"]

    def test_opposite_polarity_at_overlapping_dates_from_different_sources(self, disputed):
        assert not [c for c in contradictions(disputed.nx) if c.kind == "polarity"]  # asked for by name only
        found = contradictions(disputed.nx, kinds=["polarity"])
        # support (2022) vs criticism (2022-05) overlap; the 2019 threat does not
        assert len(found) == 1
        assert {found[0].one_side[0].predicate, found[0].other_side[0].predicate} == {"SUPPORT", "CRITICISM"}

    def test_kinds_and_actor_focus(self, disputed):
        assert {c.kind for c in contradictions(disputed.nx, kinds=["polarity"])} == {"polarity"}
        assert contradictions(disputed.nx, actor="Nisk", kinds="polarity") == []
        with pytest.raises(QueryError, match="kinds must be one of"):
            contradictions(disputed.nx, kinds=["tone"])


class TestMembers:
    @pytest.fixture
    def pact(self, world):
        world.actor("The Pact", "organization", "TP")
        for name in ("Founder", "Leaver", "Joiner", "Applicant", "Rumoured"):
            world.actor(name)
        world.say("Founder", "MEMBER_OF", "The Pact")
        world.say("Leaver", "MEMBER_OF", "The Pact", date="2001", end_date="2012")
        world.say("Joiner", "MEMBER_OF", "The Pact", date="2015")
        world.say("Applicant", "MEMBER_OF", "The Pact", date="2023", modality="planned")
        world.say("Rumoured", "MEMBER_OF", "The Pact", modality="unconfirmed")
        return world.graph()

    def status(self, graph, **options):
        return [(m.actor.name, m.status) for m in members(graph.nx, "TP", **options)]

    def test_members_now_then_applicants_then_former_members(self, pact):
        assert self.status(pact) == [("Founder", "member"), ("Joiner", "member"), ("Applicant", "applicant"),
                                     ("Leaver", "former member")]

    def test_members_at_a_date(self, pact):
        assert self.status(pact, at="2010") == [("Founder", "member"), ("Leaver", "member")]
        assert self.status(pact, at="2016") == [("Founder", "member"), ("Joiner", "member")]

    def test_unconfirmed_memberships_on_request(self, pact):
        assert ("Rumoured", "unconfirmed") in self.status(pact, all_modalities=True)
