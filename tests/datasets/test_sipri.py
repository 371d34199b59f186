"""SIPRI trade registers: one ARMS_TRANSFER per deal, licensed production where the data
says so, nothing invented."""

from __future__ import annotations

import pytest

from diplograph.errors import InputError
from diplograph.loaders import datasets


def test_deal_register_gives_one_transfer_per_deal(load):
    sipri = load("sipri_deals.csv")
    assert sipri.facts() == {
        ("state:TUR", "ARMS_TRANSFER", "state:KGZ", "2020", "2021", "asserted"),
        # ordered, nothing delivered yet: a planned transfer
        ("state:IRN", "ARMS_TRANSFER", "state:TJK", "2019", "", "planned"),
        # "Produced under licence in Tajikistan": production set up there, and Tajikistan makes it;
        # nothing delivered yet, so planned too: one deal, one modality whatever the predicate
        ("state:IRN", "CO_PRODUCTION", "state:TJK", "2019", "", "planned"),
        ("state:TJK", "MANUFACTURES", "weapon:sparrow-7", "2019", "", "planned"),
        # SIPRI marks non-state armed groups with '*'
        ("state:IRN", "ARMS_TRANSFER", "armed_group:hezbollah", "2006", "", "asserted"),
        # a comment with an unquoted line break, rejoined
        ("state:RUS", "ARMS_TRANSFER", "state:TJK", "2015", "2016", "asserted"),
    }


def test_each_claim_carries_method_line_and_a_readable_evidence(load):
    sipri = load("sipri_deals.csv")
    claim = sipri.only("state:TUR", "ARMS_TRANSFER", "state:KGZ")
    assert claim.method == "dataset:sipri"
    assert claim.evidence == "SIPRI: Turkiye → Kyrgyzstan, 4 Falcon-X (armed UAV), ordered 2020, delivered 2020-2021"
    assert claim.properties["weapon"] == "Falcon-X"
    assert claim.properties["status"] == "New"
    assert claim.properties["number_ordered"] == "4"
    assert claim.properties["uncertain"] == "number ordered"
    assert claim.properties["line"] == "7"
    rejoined = sipri.only("state:RUS", "ARMS_TRANSFER", "state:TJK")
    assert rejoined.properties["comments"] == "Aid; engines from Belarus"
    assert rejoined.properties["line"] == "12"


def test_file_is_one_dataset_source_dated_by_the_export(load):
    sipri = load("sipri_deals.csv")
    (source,) = sipri.sources.values()
    assert source.kind == "dataset"
    assert source.published == "2024-02-01"
    assert "SIPRI" in source.title
    assert {c.source_id for c in sipri.claims} == {source.id}


def test_bad_rows_are_skipped_and_counted(load):
    summary = load("sipri_deals.csv").summary
    assert summary.rows == 6
    assert summary.claims == 6
    assert dict(summary.skipped) == {"unknown supplier or recipient": 1, "bad order year": 1}
    assert any("rejoined" in note for note in summary.notes)


def test_weapon_actors_exist_only_for_licensed_production(load):
    sipri = load("sipri_deals.csv")
    weapons = {a.name for a in sipri.actors.values() if a.type == "weapon"}
    assert weapons == {"Sparrow-7"}
    hezbollah = sipri.actors["armed_group:hezbollah"]
    assert "Hezbollah (Lebanon)" in hezbollah.aliases


def test_delivery_register_folds_the_years_of_one_deal(load):
    sipri = load("sipri_deliveries.csv")
    assert sipri.facts() == {
        ("state:TUR", "ARMS_TRANSFER", "state:KGZ", "2020", "2021", "asserted"),
        ("state:CHN", "ARMS_TRANSFER", "state:KAZ", "2017", "2019", "asserted"),
        # "Local production: Yes"
        ("state:CHN", "CO_PRODUCTION", "state:KAZ", "2017", "2019", "asserted"),
        ("state:KAZ", "MANUFACTURES", "weapon:kite-5", "2017", "2019", "asserted"),
    }
    deal = sipri.only("state:TUR", "ARMS_TRANSFER", "state:KGZ")
    assert deal.properties["deal_id"] == "90001"
    assert deal.properties["number_delivered"] == "4"
    assert deal.properties["tiv_delivered"] == "8"
    assert deal.evidence == "SIPRI deal 90001: Turkiye → Kyrgyzstan, 4 Falcon X (armed UAV), ordered 2020, delivered 2020-2021"
    assert dict(sipri.summary.skipped) == {"bad order year": 1}


def test_a_row_with_the_wrong_number_of_fields_names_file_and_line(tmp_path, fixtures, resolver):
    broken = tmp_path / "register.csv"
    lines = (fixtures / "sipri_deals.csv").read_text().splitlines()
    lines.insert(8, "Armenia,Russia,2010,,2,,Bear-9,APC,2,,2011,New,,0.3,0.6,0.6,extra,fields")
    broken.write_text("\n".join(lines) + "\n")
    with pytest.raises(InputError) as error:
        datasets.read(broken, resolver)
    assert error.value.path == str(broken)
    assert error.value.line == 9
    assert "18" in error.value.reason
