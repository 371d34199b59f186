"""MONDIAL memberships and headquarters, read through MONDIAL's own country codes."""

from __future__ import annotations

import shutil

import pytest

from diplograph.errors import InputError
from diplograph.loaders import datasets


def test_memberships_members_and_candidates(load):
    mondial = load("mondial/ismember.csv")
    assert mondial.facts() == {
        ("state:KAZ", "MEMBER_OF", "organization:csto", "", "", "asserted"),
        ("state:TJK", "MEMBER_OF", "organization:csto", "", "", "asserted"),
        # an applicant: planned membership, as the ontology reads MEMBER_OF
        ("state:TJK", "MEMBER_OF", "organization:test-steppe-council", "", "", "planned"),
        ("state:KAZ", "MEMBER_OF", "organization:test-steppe-council", "", "", "asserted"),
    }
    associate = mondial.only("state:KAZ", "MEMBER_OF", "organization:test-steppe-council")
    assert associate.properties == {"membership": "associate member", "line": "6"}
    assert associate.evidence == "MONDIAL: Kazakhstan is an associate member of TSC (Test Steppe Council)"
    assert associate.method == "dataset:mondial"
    # "R" is MONDIAL's code for Russia; the observer row is skipped, not read as membership
    assert dict(mondial.summary.skipped) == {"observer (not a membership)": 1, "country not found": 2}


def test_organisation_table_gives_headquarters(load):
    mondial = load("mondial/organization.csv")
    assert mondial.facts() == {
        ("organization:csto", "BASED_IN", "state:RUS", "", "", "asserted"),
        ("organization:test-steppe-council", "BASED_IN", "state:KAZ", "", "", "asserted"),
    }
    assert mondial.only("organization:csto", "BASED_IN", "state:RUS").properties["established"] == "2002-10-07"
    assert dict(mondial.summary.skipped) == {"no headquarters country": 1}


def test_country_table_loads_nothing(load):
    mondial = load("mondial/country.csv")
    assert mondial.claims == [] and mondial.summary.notes


def test_memberships_without_the_country_table_are_refused(tmp_path, fixtures, resolver):
    shutil.copy(fixtures / "mondial" / "ismember.csv", tmp_path / "ismember.csv")
    with pytest.raises(InputError) as error:
        datasets.read(tmp_path / "ismember.csv", resolver)
    assert error.value.path == str(tmp_path / "ismember.csv")
    assert "Country" in error.value.reason and error.value.line == 1
