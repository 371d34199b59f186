"""COW IGO memberships in its three layouts: years folded into spells, observers skipped."""

from __future__ import annotations

import pytest

from diplograph.errors import InputError
from diplograph.loaders import datasets


def test_long_state_years(load):
    igo = load("cow_igo_long.csv")
    assert igo.facts() == {
        ("state:TJK", "MEMBER_OF", "organization:csto", "2012", "", "asserted"),
        ("state:TKM", "MEMBER_OF", "organization:commonwealth-of-independent-states", "2012", "2012", "asserted"),
        ("state:TKM", "MEMBER_OF", "organization:commonwealth-of-independent-states", "2013", "", "asserted"),
        ("state:KGZ", "MEMBER_OF", "organization:shanghai-cooperation-organisation", "2013", "", "asserted"),
    }
    memberships = {(c.subject, c.date): c.properties["membership"] for c in igo.claims}
    assert memberships[("state:TKM", "2012")] == "full"
    assert memberships[("state:TKM", "2013")] == "associate"
    assert dict(igo.summary.skipped) == {"observer (no predicate for observers)": 2}
    tajik = igo.only("state:TJK", "MEMBER_OF", "organization:csto")
    assert tajik.properties["observed_until"] == "2014"
    assert tajik.evidence == ("COW IGO: Tajikistan, full member of CSTO (Collective Security Treaty Organization), "
                              "2012–2014 (end of data)")
    # an IGO the gazetteer lacks becomes an organisation named by its long name, abbreviation as alias
    cis = igo.actors["organization:commonwealth-of-independent-states"]
    assert cis.type == "organization" and "CIS" in cis.aliases


def test_igo_year_wide_layout(load):
    igo = load("cow_igo_year.csv")
    assert igo.facts() == {
        ("state:KGZ", "MEMBER_OF", "organization:csto", "2013", "", "asserted"),
        ("state:TJK", "MEMBER_OF", "organization:csto", "2013", "", "asserted"),
        ("state:KGZ", "MEMBER_OF", "organization:economic-cooperation-organization", "2013", "", "asserted"),
        # "soafrica" is COW state 560, by the table of abbreviated column names
        ("state:ZAF", "MEMBER_OF", "organization:economic-cooperation-organization", "2013", "", "asserted"),
    }
    assert dict(igo.summary.skipped) == {"observer (no predicate for observers)": 2,
                                         "state not found in the gazetteer": 2}
    assert "states not found: freedonia" in igo.summary.notes


def test_state_year_wide_layout(load):
    igo = load("cow_igo_state_year.csv")
    assert igo.facts() == {
        ("state:TJK", "MEMBER_OF", "organization:csto", "2013", "", "asserted"),
        ("state:KGZ", "MEMBER_OF", "organization:csto", "2013", "2013", "asserted"),
        ("state:KGZ", "MEMBER_OF", "organization:eco", "2013", "", "asserted"),
    }
    assert dict(igo.summary.skipped) == {"observer (no predicate for observers)": 2}


def test_a_row_with_an_extra_field_names_file_and_line(tmp_path, fixtures, resolver):
    broken = tmp_path / "igo.csv"
    broken.write_text((fixtures / "cow_igo_long.csv").read_text() + "702,2015,tajikistan,csto,1,full,CSTO,extra\n")
    with pytest.raises(InputError) as error:
        datasets.read(broken, resolver)
    assert (error.value.path, error.value.line) == (str(broken), 13)
