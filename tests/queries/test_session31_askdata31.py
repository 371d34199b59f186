"""Questions over event data in the analyst's own words (session 31, askdata31). Invented states, people, days and
wording (none taken from a question set).

- "how often did A and B meet" counts the days they met, as "how many times" does; "how many events (interactions,
  contacts) between A and B" counts the days anything at all happened between them;
- a meeting announced (CAMEO 036, intent to meet, stored as a planned claim) is no meeting: a count or a "when" rests
  on the claims that say it happened, plans only when nothing else does;
- "when did A and B last meet" gives the newest date; "last year" stays a window;
- "top 3 partners of X", "X's most frequent partner", "who did X interact with most" rank X's partners by claims;
- search-box fragments: "number of clashes between A and B" is a count, "first meeting between A and B" a date;
- a verb that names one event code ("sanctioned": 163) is answered by events of that code only, even when none
  answers: the actors of the relation's other events (an arrest, 173) are shown apart, not given as sanctioners.
"""

import pytest

from query_world import answer_names as names
from query_world import understood as reply


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("session31e") / "session31e.db")
    for name in ("Ostia", "Rhun", "Parva", "Tavia", "Quell"):
        w.actor(name, "state")
    w.source("coded", published="2014-12-31", publisher="Event Data Project")

    def event(doer, predicate, other, code, day, modality="reported"):
        ends = sorted([doer, other], key=lambda n: w.actors[n].id) if predicate in ("CONSULTATION", "AGREEMENT") \
            else [doer, other]
        w.say(ends[0], predicate, ends[1], source="coded", date=f"2014-{day}", method="dataset:icews",
              modality=modality, cameo=code, doer=w.actors[doer].id, sentence=f"coded 2014-{day}: {doer} -> {other}")

    event("Ostia", "CONSULTATION", "Rhun", "036", "01-20", modality="planned")  # said it wanted to meet
    event("Ostia", "CONSULTATION", "Rhun", "042", "02-14")
    event("Rhun", "CONSULTATION", "Ostia", "043", "02-14")  # the same visit from the host's end: one day
    event("Ostia", "CONSULTATION", "Rhun", "040", "06-03")
    event("Rhun", "CONSULTATION", "Ostia", "040", "10-09")
    event("Ostia", "AGREEMENT", "Rhun", "057", "06-03")
    event("Rhun", "CRITICISM", "Ostia", "111", "11-30")
    event("Ostia", "CONSULTATION", "Parva", "040", "03-05")
    event("Ostia", "CONSULTATION", "Tavia", "036", "05-05", modality="planned")  # only ever planned
    event("Quell", "ARMED_CLASH", "Parva", "190", "08-08")
    event("Quell", "COERCION", "Parva", "173", "09-01")  # an arrest: coercion, but no sanction
    return w.graph()


@pytest.mark.parametrize("question", ["how often did ostia and rhun meet", "How often have Ostia and Rhun met?",
                                      "how many times did ostia and rhun meet"])
def test_how_often_counts_the_days_they_met_not_the_announcement(events, question):
    answer = reply(events, question)
    assert answer.extra["count"] == 3  # 02-14 (told from both ends), 06-03, 10-09; not 01-20's intention


@pytest.mark.parametrize("question, count", [
    ("how many events between ostia and rhun", 4),  # the meetings' three days and the criticism's day
    ("how many interactions between ostia and rhun in 2014", 4),
    ("how many contacts were there between ostia and rhun", 4),
    ("how many events between quell and parva", 2),
])
def test_a_noun_of_no_kind_counts_every_event_day(events, question, count):
    assert reply(events, question).extra["count"] == count


def test_a_count_of_states_is_no_count_of_events():
    from diplograph.queries.event_counts import implied

    assert implied("how many countries between ostia and rhun") is None


@pytest.mark.parametrize("question, date", [
    ("when did ostia and rhun first meet", "2014-02-14"),  # the visit, not the wish to meet of 01-20
    ("when did ostia and rhun meet", "2014-02-14"),
    ("when did ostia and rhun last meet", "2014-10-09"),
    ("when was the most recent meeting between ostia and rhun", "2014-10-09"),
    ("when was the last time ostia and rhun met", "2014-10-09"),
    ("when did ostia and tavia meet", "2014-05-05"),  # only planned: the plan dates it
])
def test_first_or_last_time(events, question, date):
    assert reply(events, question).extra["when"] == date


def test_last_year_is_a_window_not_the_last_time():
    from diplograph.queries.latest import latest_asked

    assert not latest_asked("when did ostia and rhun meet last year")
    assert not latest_asked("when did ostia and rhun meet in the last two months")
    assert latest_asked("when did ostia and rhun last sign a deal")


@pytest.mark.parametrize("question", ["ostia's most frequent partner", "who did ostia interact with most",
                                      "who has ostia dealt with most often in 2014", "top 1 partners of ostia"])
def test_most_frequent_partner_is_ranked_by_claims(events, question):
    answer = reply(events, question)
    assert names(answer) == ["Rhun"]
    assert "number of claims" in answer.reading


def test_top_partners_fragment_keeps_as_many_as_asked(events):
    answer = reply(events, "top 2 partners of ostia")
    assert answer.answers[0].name == "Rhun"
    assert names(answer) == ["Parva", "Rhun", "Tavia"]  # Parva and Tavia tie for second place: both kept
    assert "the top 2" in answer.reading


@pytest.mark.parametrize("question, count", [
    ("number of meetings between ostia and rhun", 3),
    ("the total number of events between ostia and rhun", 4),
    ("how frequently did ostia and rhun meet", 3),
])
def test_a_count_said_as_a_noun_phrase(events, question, count):
    assert reply(events, question).extra["count"] == count


@pytest.mark.parametrize("question, date", [
    ("first meeting between ostia and rhun", "2014-02-14"),
    ("the latest meeting between ostia and rhun?", "2014-10-09"),
    ("most recent event between ostia and rhun", "2014-11-30"),  # the criticism, the newest of any kind
])
def test_first_or_last_thing_between_two_is_its_date(events, question, date):
    assert reply(events, question).extra["when"] == date


def test_a_fragment_that_asks_more_is_no_date():
    from diplograph.queries.latest import when_implied

    assert when_implied("first talks between ostia and rhun - who hosted them") is None
    assert when_implied("who hosted the first talks between ostia and rhun") is None


def test_a_verb_of_one_code_is_not_answered_by_the_relations_other_events(events):
    answer = reply(events, "who sanctioned parva")
    assert names(answer) == []
    assert [f.actor.name for f in answer.flagged] == ["Quell"]
    assert "no event coded CAMEO 163" in answer.reading
    assert names(reply(events, "who arrested people in parva")) == ["Quell"]  # the arrest is the code asked


def test_the_last_delivery_is_dated_by_its_end(tmp_path):
    from query_world import World

    w = World(tmp_path / "register.db")
    w.actor("Norland", "state"), w.actor("Ostia", "state")
    w.say("Norland", "ARMS_TRANSFER", "Ostia", date="2011", end_date="2016", method="dataset:sipri",
          delivery_years="2013, 2016", sentence="Norland -> Ostia, Falke-3, ordered 2011")
    w.say("Norland", "ARMS_TRANSFER", "Ostia", date="2014", end_date="2015", method="dataset:sipri",
          delivery_years="2015", sentence="Norland -> Ostia, Kite, ordered 2014")
    graph = w.graph()
    assert reply(graph, "when was the last delivery of norland arms to ostia").extra["when"] == "2016"
    assert reply(graph, "when did norland first sell arms to ostia").extra["when"] == "2011"
