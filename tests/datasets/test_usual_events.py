"""The usual coded event written straight to its stored row (``EventClaims.add_usual``): the
row must be the very one ``EventClaims.add`` makes of the same event, and any event that is
not usual (a quote, a doubled space, a character that is not printable, an empty field) must
be refused, so that ``add`` cleans or escapes it; ``EventClaims.skips``, asked first, must
skip and count exactly what ``add`` would.

The events below are invented."""

from __future__ import annotations

import pytest

from diplograph.graph.model import Actor, Source
from diplograph.loaders import datasets
from diplograph.loaders.datasets.events import EventClaims, Unresolved
from diplograph.loaders.datasets.output import Output

SOURCE = Source("src:events-test", title="invented events", kind="dataset")
LAOS = Actor("state:LAO", "Laos", "state")
NEPAL = Actor("state:NPL", "Nepal", "state")


def _rows(way: str, code: str, subject: Actor, object: Actor, date: str | None, evidence: str,
          **properties: str) -> list[tuple]:
    """The rows one event makes through add or add_usual (None when add_usual refuses it)."""
    out = Output(SOURCE, "test")
    events = EventClaims(out, resolver=None, method="dataset:test")
    if way == "add":
        events.add(code=code, subject=subject, object=object, date=date, evidence=evidence, properties=properties)
    else:
        checked = "|" + "|".join([evidence, *properties.values()]) + "|"
        fields = ", ".join(f'"{k}": "{v}"' for k, v in sorted(properties.items())) + "}"
        if not events.add_usual(code, subject, object, date, evidence, checked, fields):
            return None
    (batch,) = out.batches()
    assert out.summary.rows == 1
    return batch.unread_rows()


@pytest.mark.parametrize("code, subject, object", [
    ("042", NEPAL, LAOS),   # a visit, symmetric: stored in id order, Nepal kept as the doer
    ("042", LAOS, NEPAL),
    ("112", NEPAL, LAOS),   # an accusation: as given
    ("0332", LAOS, NEPAL),  # an intention: planned
])
def test_a_usual_event_is_stored_as_add_stores_it(code, subject, object):
    event = dict(date="2021-06-03", evidence="GDELT event 9 (2021-06-03): NEPAL [NPL] → LAOS [LAO], CAMEO x",
                 event_id="9", goldstein="-2.0", line="4", url="https://example.org/a?b=1&c=2")
    direct = _rows("usual", code, subject, object, **event)
    assert direct is not None and direct == _rows("add", code, subject, object, **event)


@pytest.mark.parametrize("evidence, url", [
    ('GDELT event 9: the "NEPAL" government → LAOS', "https://example.org/a"),  # a quote: JSON escapes it
    ("GDELT event 9: NEPAL\\GOV → LAOS", "https://example.org/a"),             # a backslash
    ("GDELT event 9: NEPAL  → LAOS", "https://example.org/a"),                 # a doubled space: cleaned
    ("GDELT event 9: NEPAL → LAOS", "https://example.org/a\u202e"),            # not printable: cleaned
    ("GDELT event 9: NEPAL → LAOS ", "https://example.org/a"),                 # an edge space: cleaned
])
def test_an_event_that_needs_cleaning_or_escaping_is_left_to_add(evidence, url):
    event = dict(date="2021-06-03", evidence=evidence, event_id="9", goldstein="1.0", line="4", url=url)
    assert _rows("usual", "042", NEPAL, LAOS, **event) is None
    (row,) = _rows("add", "042", NEPAL, LAOS, **event)  # stored all the same, cleaned and escaped
    assert row[2] == "CONSULTATION" and "  " not in row[9] and row[9] == row[9].strip()


@pytest.mark.parametrize("code, subject, object, date", [
    ("042", NEPAL, NEPAL, "2021-06-03"),  # the same actor twice
    ("042", NEPAL, LAOS, None),           # no real date
    ("010", NEPAL, LAOS, "2021-06-03"),   # a code with no predicate
    ("9999", NEPAL, LAOS, "2021-06-03"),  # not a CAMEO code
    ("042", Unresolved("non-state actor"), LAOS, "2021-06-03"),
])
def test_skips_counts_what_add_would_skip_under_the_same_reason(code, subject, object, date):
    asked, added = Output(SOURCE, "asked"), Output(SOURCE, "added")
    assert EventClaims(asked, resolver=None, method="dataset:test").skips(code, subject, object, date)
    EventClaims(added, resolver=None, method="dataset:test").add(
        code=code, subject=subject, object=object, date=date, evidence="e", properties={"line": "1"})
    assert asked.summary.skipped == added.summary.skipped and asked.summary.rows == added.summary.rows == 1
    assert added.summary.claims == 0


def test_skips_lets_a_usual_event_through_uncounted():
    out = Output(SOURCE, "test")
    assert not EventClaims(out, resolver=None, method="dataset:test").skips("042", NEPAL, LAOS, "2021-06-03")
    assert out.summary.rows == 0 and not out.summary.skipped


def test_an_empty_property_is_left_to_add():  # add drops it from the properties
    event = dict(date="2021-06-03", evidence="GDELT event 9: NEPAL → LAOS", event_id="9", goldstein="", line="4",
                 url="https://example.org/a")
    assert _rows("usual", "042", NEPAL, LAOS, **event) is None
    (row,) = _rows("add", "042", NEPAL, LAOS, **event)
    assert "goldstein" not in row[13]


# Invented ICEWS quadruples: names that recur, a name outside the gazetteer, a sector of a
# state (kept: the police stand for their state), an event with no predicate; the loader
# resolves each name once and asks skips first.
QUADRUPLES = [
    ("Iran", "Make_a_visit", "Tajikistan", "2014-03-02"),
    ("Iran", "Criticize_or_denounce", "Kazakhstan", "2014-03-03"),
    ("Zorblatt_Trading_House", "Make_a_visit", "Iran", "2014-03-04"),
    ("Police_(Kyrgyzstan)", "Criticize_or_denounce", "Iran", "2014-03-05"),
    ("Tajikistan", "Make_a_visit", "Iran", "2014-03-06"),
    ("Iran", "Make_an_appeal_or_request", "Tajikistan", "2014-03-07"),
    ("Zorblatt_Trading_House", "Criticize_or_denounce", "Kazakhstan", "2014-03-08"),
]


def test_icews_names_met_again_load_as_each_row_alone(tmp_path, resolver):
    def load(name, rows):
        path = tmp_path / name
        path.write_text("".join("\t".join(row) + "\n" for row in rows))
        return datasets.read(path, resolver)

    def facts(batches):  # each stored row but its id and source, which name the file
        return [row[1:4] + row[5:10] for batch in batches for row in batch.unread_rows()]

    batches, summary = load("all.txt", QUADRUPLES)
    alone, skipped = [], {}
    for n, row in enumerate(QUADRUPLES):
        one_batches, one = load(f"one{n}.txt", [row])
        alone += facts(one_batches)
        for reason, count in one.skipped.items():
            skipped[reason] = skipped.get(reason, 0) + count
    assert len(facts(batches)) == 4 and facts(batches) == alone  # the police stand for Kyrgyzstan
    assert dict(summary.skipped) == skipped and summary.rows == len(QUADRUPLES)
