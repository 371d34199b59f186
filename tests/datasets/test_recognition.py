"""Dataset files are recognised by their layout, before the curated loader (which takes any
.csv) sees them; other files are left to the loaders after this one."""

from __future__ import annotations

import pytest

from diplograph.loaders import LOADERS, loader_for
from diplograph.loaders import datasets


@pytest.mark.parametrize("name, format", [
    ("sipri_deals.csv", "sipri"),
    ("sipri_deliveries.csv", "sipri"),
    ("gdelt2_events.export.CSV", "gdelt"),
    ("gdelt1_events.tsv", "gdelt"),
    ("icews_events.tab", "icews"),
    ("icews_quadruples.tsv", "icews"),
    ("icews_benchmark_text.txt", "icews"),
    ("icews14_ids/train.txt", "icews-ids"),
    ("icews14_ids/entity2id.txt", "icews-dictionary"),
    ("cow_alliance_dyad_years.csv", "cow-alliances"),
    ("cow_alliance_dyads.csv", "cow-alliances"),
    ("cow_igo_long.csv", "cow-igo-long"),
    ("cow_igo_year.csv", "cow-igo-year"),
    ("cow_igo_state_year.csv", "cow-igo-state-year"),
    ("atop_members.csv", "atop-members"),
    ("mondial/ismember.csv", "mondial-memberships"),
    ("mondial/organization.csv", "mondial-organizations"),
    ("mondial/country.csv", "mondial-countries"),
])
def test_each_fixture_is_recognised_as_its_format(fixtures, name, format):
    assert datasets.describe(fixtures / name) == format


def test_recognition_is_by_content_not_by_name(tmp_path, fixtures):
    renamed = tmp_path / "whatever.dat"
    renamed.write_bytes((fixtures / "gdelt2_events.export.CSV").read_bytes())
    assert datasets.describe(renamed) == "gdelt"
    misleading = tmp_path / "sipri_trade_register.csv"
    misleading.write_text("subject,predicate,object\nTurkey,ARMS_TRANSFER,Kyrgyzstan\n")
    assert datasets.describe(misleading) is None


def test_datasets_come_before_curated_and_curated_files_still_reach_it(tmp_path, fixtures):
    assert LOADERS.index("diplograph.loaders.datasets") < LOADERS.index("diplograph.loaders.curated")
    assert loader_for(fixtures / "cow_igo_long.csv").__name__ == "diplograph.loaders.datasets"
    curated = tmp_path / "facts.csv"
    curated.write_text("subject,predicate,object\nIran,CO_PRODUCTION,Tajikistan\n")
    assert loader_for(curated).__name__ == "diplograph.loaders.curated"


def test_gdelt_column_lists_are_recognised_and_load_nothing(tmp_path):
    columns = tmp_path / "GDELT_columns.csv"
    columns.write_text('tableId,dataType,Empty,Description\nGLOBALEVENTID,INTEGER,NULLABLE,"The event id"\n')
    assert datasets.describe(columns) == "gdelt-columns"
    assert datasets.read(columns)[0] == []


def test_binary_empty_and_plain_text_files_are_not_datasets(tmp_path):
    (tmp_path / "blob.csv").write_bytes(b"\x00\x01\x02ccode1,ccode2")
    (tmp_path / "empty.csv").write_text("")
    (tmp_path / "note.txt").write_text("Iran and Tajikistan signed an agreement.\n")
    assert [datasets.describe(tmp_path / n) for n in ("blob.csv", "empty.csv", "note.txt")] == [None, None, None]
    assert datasets.describe(tmp_path) is None  # a folder


def test_reading_an_unknown_file_is_an_input_error(tmp_path):
    from diplograph.errors import InputError

    other = tmp_path / "x.csv"
    other.write_text("a,b\n1,2\n")
    with pytest.raises(InputError, match="not a dataset format"):
        datasets.read(other)
