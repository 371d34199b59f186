"""ATOP member-level alliances: every two members whose memberships overlap are allied."""

from __future__ import annotations

from diplograph.loaders import datasets


def test_members_with_overlapping_memberships_are_allied(load):
    atop = load("atop_members.csv")
    assert atop.facts() == {
        ("state:RUS", "ALLIANCE", "state:TJK", "1992-05-15", "2002-10-07", "asserted"),
        ("state:RUS", "ALLIANCE", "state:KGZ", "1992-05-15", "2002-10-07", "asserted"),
        ("state:TJK", "ALLIANCE", "state:KGZ", "1992-05-15", "2002-10-07", "asserted"),
        # the second phase: in force when the data end (yrexit 0)
        ("state:KGZ", "ALLIANCE", "state:RUS", "2002-10-07", "", "asserted"),
        ("state:KGZ", "ALLIANCE", "state:TJK", "2002-10-07", "", "asserted"),
        ("state:RUS", "ALLIANCE", "state:TJK", "2002-10-07", "", "asserted"),
        # a phase that ends the day the next begins is not an overlap: no one-day alliances
    }


def test_alliance_claims_name_the_treaty_and_its_obligations(load):
    claim = [c for c in load("atop_members.csv").claims
             if (c.subject, c.object, c.end_date) == ("state:RUS", "state:TJK", "")][0]
    assert claim.properties == {"atopid": "9001", "alliance_type": "defense",
                                "obligations": "defense, nonaggression, consultation", "line": "5"}
    assert claim.evidence == "ATOP 9001: Russia – Tajikistan, defense (defense, nonaggression, consultation), 2002-10-07–in force"
    assert claim.method == "dataset:atop"


def test_members_the_gazetteer_lacks_and_bad_years_are_counted(load):
    summary = load("atop_members.csv").summary
    assert summary.rows == 8
    assert dict(summary.skipped) == {"COW state code not in the gazetteer": 1, "bad entry year": 1}


def test_alliance_level_file_is_recognised_and_loads_nothing(tmp_path, resolver):
    level = tmp_path / "alliances.csv"
    level.write_text("atopid,cowid,cow4id,begyr,begmo,begday,endyr,mem1,mem2\n9001,,,1992,5,15,0,365,702\n")
    assert datasets.describe(level) == "atop-alliances"
    batches, summary = datasets.read(level, resolver)
    assert batches == [] and "member-level" in summary.notes[0]
