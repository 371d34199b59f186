"""GDELT and ICEWS events: CAMEO codes to predicates, states from codes and names, every
event that cannot become a claim counted under its reason."""

from __future__ import annotations

import pytest

from diplograph.errors import InputError
from diplograph.loaders import datasets


def test_gdelt_2_export_maps_cameo_roots_to_predicates(load):
    gdelt = load("gdelt2_events.export.CSV")
    assert gdelt.facts() == {
        ("state:JPN", "CONSULTATION", "state:TKM", "2023-03-14", "", "reported"),   # 042 make a visit (symmetric: in id order)
        ("state:USA", "CRITICISM", "state:IRN", "2023-03-14", "", "reported"),      # 112 accuse
        ("armed_group:taliban", "ARMED_CLASH", "state:AFG", "2023-03-14", "", "reported"),  # 190
        ("state:TUR", "AID", "state:KGZ", "2023-03-14", "", "planned"),             # 0332 intent to give military aid
    }


def test_gdelt_skips_are_counted_by_reason(load):
    summary = load("gdelt2_events.export.CSV").summary
    assert summary.rows == 8
    assert dict(summary.skipped) == {
        "no predicate for CAMEO 01 (make public statement)": 1,
        "non-state actor": 1,                               # a business
        "country code that is not a known state": 1,        # AFR, a region
        "same actor on both sides": 1,                      # Tajikistan and its government
    }


def test_gdelt_claims_keep_the_event_id_code_and_url(load):
    gdelt = load("gdelt2_events.export.CSV")
    claim = gdelt.only("state:JPN", "CONSULTATION", "state:TKM")  # symmetric: in id order
    assert claim.method == "dataset:gdelt"
    assert claim.properties == {"cameo": "042", "event_id": "700000001", "goldstein": "1.0",
                                "url": "https://news.example.org/story", "line": "1",
                                "doer": "state:TKM"}  # Turkmenistan made the visit, though stored second
    assert claim.evidence == "GDELT event 700000001 (2023-03-14): TURKMENISTAN [TKMGOV] → JAPAN [JPN], CAMEO 042 Make a visit"
    (source,) = gdelt.sources.values()
    assert source.kind == "dataset" and source.title.startswith("GDELT 2.0")
    assert source.published == "2023-03-15"
    # Japan is not in the test gazetteer: found by its ISO code through pycountry
    assert gdelt.actors["state:JPN"].name == "Japan"


def test_gdelt_1_rows_of_58_and_57_fields(load):
    gdelt = load("gdelt1_events.tsv")
    assert gdelt.facts() == {
        ("state:JPN", "CONSULTATION", "state:TKM", "2023-03-14", "", "reported"),  # symmetric: in id order
        ("state:TUR", "AID", "state:KGZ", "1999-01-01", "", "planned"),
    }
    assert gdelt.only("state:TUR", "AID", "state:KGZ").properties.get("url") is None  # 57 fields: no URL


def test_gdelt_row_of_another_width_is_a_layout_error(tmp_path, fixtures, resolver):
    broken = tmp_path / "events.CSV"
    lines = (fixtures / "gdelt2_events.export.CSV").read_text().splitlines()
    lines[2] = "\t".join(lines[2].split("\t")[:40])
    broken.write_text("\n".join(lines) + "\n")
    with pytest.raises(InputError) as error:
        datasets.read(broken, resolver)
    assert (error.value.path, error.value.line) == (str(broken), 3)
    assert "40" in error.value.reason


def test_icews_event_file_with_codes(load):
    icews = load("icews_events.tab")
    assert icews.facts() == {
        # state organs are their state
        ("state:RUS", "AGREEMENT", "state:TJK", "2014-03-02", "", "reported"),
        ("state:KAZ", "THREAT", "state:UZB", "2014-03-09", "", "reported"),
        # "42" is 042 with its leading zero lost
        ("state:IRN", "CONSULTATION", "state:TUR", "2014-04-01", "", "reported"),
    }
    assert dict(icews.summary.skipped) == {"non-state sector actor": 1, "bad event date": 1}
    assert icews.only("state:RUS", "AGREEMENT", "state:TJK").properties["event_id"] == "9100001"


def test_icews_named_quadruples_get_codes_from_event_names(load):
    icews = load("icews_quadruples.tsv")
    assert icews.facts() == {
        ("state:JPN", "CONSULTATION", "state:TKM", "2014-06-01", "", "reported"),  # symmetric: in id order
        ("armed_group:taliban", "ARMED_CLASH", "state:AFG", "2014-06-03", "", "reported"),
        ("state:IRN", "SUPPORT", "state:TJK", "2014-06-04", "", "reported"),
    }
    assert dict(icews.summary.skipped) == {
        "non-state sector actor": 1,        # Militant (Taliban)
        "not a CAMEO code": 1,              # an event name CAMEO does not have
        "actor not in the gazetteer": 1,
    }
    claim = icews.only("state:IRN", "SUPPORT", "state:TJK")
    assert claim.properties["cameo"] == "051"
    assert claim.evidence == "ICEWS 2014-06-04: Iran → Tajikistan, Praise or endorse"
    assert claim.method == "dataset:icews"


def test_icews_benchmark_text_without_header(load):
    icews = load("icews_benchmark_text.txt")
    assert icews.facts() == {
        ("state:CHN", "AGREEMENT", "state:KAZ", "2014-07-01", "", "reported"),  # symmetric: in id order
        ("state:KGZ", "CRITICISM", "state:KAZ", "2014-07-02", "", "reported"),
    }


def test_icews_benchmark_id_files_are_refused_with_a_reason(fixtures, resolver):
    with pytest.raises(InputError) as error:
        datasets.read(fixtures / "icews14_ids" / "train.txt", resolver)
    assert error.value.line == 1
    assert "decode" in error.value.reason.lower()
    batches, summary = datasets.read(fixtures / "icews14_ids" / "entity2id.txt", resolver)
    assert batches == [] and summary.claims == 0
