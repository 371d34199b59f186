"""COW formal alliances: dyad-years folded into spells, one symmetric ALLIANCE per spell."""

from __future__ import annotations

import pytest

from diplograph.errors import InputError
from diplograph.loaders import datasets


def test_dyad_years_become_spells_listed_once_for_both_directions(load):
    cow = load("cow_alliance_dyad_years.csv")
    assert cow.facts() == {
        # the flags changed after 1994: two spells
        ("state:RUS", "ALLIANCE", "state:TJK", "1994", "1994", "asserted"),
        # runs to the last year in the file (1997): no end date
        ("state:RUS", "ALLIANCE", "state:TJK", "1995", "", "asserted"),
        ("state:TUR", "ALLIANCE", "state:KGZ", "1995", "1996", "asserted"),
    }
    running = [c for c in cow.claims if c.date == "1995" and c.object == "state:TJK"][0]
    assert running.properties == {"alliance_type": "defense", "obligations": "defense, nonaggression, entente",
                                  "observed_until": "1997", "line": "3"}
    assert running.evidence == ("COW alliances: Russia – Tajikistan, defense (defense, nonaggression, entente), "
                                "1995–1997 (end of data)")
    assert running.method == "dataset:cow-alliances"
    entente = cow.only("state:TUR", "ALLIANCE", "state:KGZ")
    assert entente.properties["alliance_type"] == "entente"


def test_dyad_year_skips(load):
    summary = load("cow_alliance_dyad_years.csv").summary
    assert summary.rows == 13
    assert dict(summary.skipped) == {"no alliance type flagged": 1, "bad year": 1,
                                     "COW state code not in the gazetteer": 1}


def test_dated_dyads(load):
    cow = load("cow_alliance_dyads.csv")
    assert cow.facts() == {
        # right-censored: still in force when the data end
        ("state:RUS", "ALLIANCE", "state:TJK", "1992-05-15", "", "asserted"),
        # COW's -9 for an unknown day and month leaves the year
        ("state:TUR", "ALLIANCE", "state:KGZ", "1995", "2003-06-01", "asserted"),
    }
    assert cow.only("state:RUS", "ALLIANCE", "state:TJK").properties["treaty"] == "2001"
    assert dict(cow.summary.skipped) == {"COW state code not in the gazetteer": 1}


def test_a_short_row_names_file_and_line(tmp_path, fixtures, resolver):
    broken = tmp_path / "alliances.csv"
    broken.write_text((fixtures / "cow_alliance_dyad_years.csv").read_text() + "365,702,1998,1\n")
    with pytest.raises(InputError) as error:
        datasets.read(broken, resolver)
    assert (error.value.path, error.value.line) == (str(broken), 15)
