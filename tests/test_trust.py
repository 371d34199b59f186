"""Trust: Admiralty grades (source reliability A-F, information credibility 1-6), copies of one
story counted once, and filtering by grade, on graphs built for the purpose."""

import json

import pytest

from diplograph.graph.model import Claim, Source
from diplograph.graph.trust import Grade, Trust, credibility, fingerprint, similarity, source_groups

WIRE = ("Turkey delivered Bayraktar TB2 drones to Kyrgyzstan in 2021. Officials in Bishkek confirmed the "
        "purchase on Monday. The purchase followed months of talks between the two defence ministries, and the first crews "
        "trained at a base near Ankara before the aircraft were flown east. Analysts say the deal gives "
        "Bishkek an edge over its neighbours along a disputed border where troops clashed last year, and "
        "that more orders from the region are likely as prices fall.\n")
COPY = ("Drone deal reported\nSource: Regional Wire Digest\n\n" + WIRE +
        "\nThis story was republished from a partner agency. Follow us for more news from the region.\n")
OTHER = ("Kyrgyzstan's army now flies Turkish drones. Turkey delivered Bayraktar TB2 drones to Kyrgyzstan in "
         "2021, according to a report by a defence research group that tracks arms sales in Central Asia, "
         "which counted at least three aircraft at an airfield outside the capital in satellite images.\n")


def said(source: str, modality: str = "asserted") -> Claim:
    return Claim("state:TUR", "ARMS_TRANSFER", "state:KGZ", source, modality=modality)


# -- the scales ---------------------------------------------------------------------------------


def test_a_grade_is_a_letter_and_a_number_and_b2_or_better_means_both():
    assert Grade.parse(" c3 ") == Grade("C", 3)
    assert Grade("A", 2).meets(Grade.parse("B2")) and Grade("B", 1).meets(Grade.parse("B2"))
    assert not Grade("C", 1).meets(Grade.parse("B2")) and not Grade("A", 3).meets(Grade.parse("B2"))
    with pytest.raises(ValueError, match="reliability letter A-F and a credibility number 1-6"):
        Grade.parse("G7")


@pytest.mark.parametrize("claims, groups, expected", [
    ([said("s1"), said("s2", "reported")], {}, 1),  # confirmed by two independent sources
    ([said("s1"), said("s2")], {"s2": "s1"}, 2),  # a copy confirms nothing
    ([said("s1")], {}, 2),
    ([said("s1", "reported")], {}, 3),
    ([said("s1"), said("s2"), said("s3", "denied")], {}, 3),
    ([said("s1"), said("s2", "denied")], {}, 4),
    ([said("s1", "speculative")], {}, 4),
    ([said("s1", "unconfirmed"), said("s2", "speculative")], {}, 4),
    ([said("s1", "denied")], {}, 5),
    ([said("s1", "speculative"), said("s1")], {}, 2),  # one source's firmest word counts
    ([], {}, 6),
])
def test_credibility_follows_independent_sources_and_their_modalities(claims, groups, expected):
    assert credibility(claims, groups) == expected


def test_reliability_comes_from_the_source_then_its_publisher_then_is_f():
    sources = {"s1": Source("s1", publisher="Example Times", reliability="A"),
               "s2": Source("s2", publisher="example  TIMES"), "s3": Source("s3", publisher="Other")}
    trust = Trust(sources, {"Example Times": "C"})
    assert trust.reliability == {"s1": "A", "s2": "C", "s3": "F"}
    assert str(trust.grade([said("s2"), said("s3")])) == "C1"


# -- copies -------------------------------------------------------------------------------------


def test_a_republished_story_is_recognised_and_a_different_one_is_not():
    assert similarity(fingerprint(WIRE), fingerprint(COPY)) >= 0.6
    assert similarity(fingerprint(WIRE), fingerprint(OTHER)) < 0.2
    assert fingerprint("Too short to say.") == ""
    groups = source_groups([Source("src:b", fingerprint=fingerprint(COPY)), Source("src:a", fingerprint=fingerprint(WIRE)),
                            Source("src:c", fingerprint=fingerprint(OTHER))])
    assert groups == {"src:a": "src:a", "src:b": "src:a"}


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "news"
    path.mkdir()
    (path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (path / "copy.txt").write_text(COPY, encoding="utf-8")
    return path


def turkey(run, *options) -> dict:
    [tie] = [t for t in json.loads(run(*options, "suppliers", "Kyrgyzstan", "--format", "json").output)
             if t["actor"]["name"] == "Turkey"]
    return tie


def test_copies_of_one_story_count_as_one_source_until_an_independent_one_confirms(run, folder):
    run("ingest", str(folder))

    tie = turkey(run)
    assert (tie["n_sources"], tie["grade"]) == (1, "F2")  # two files, one story
    listed = {s["path"].rsplit("/", 1)[-1]: s for s in json.loads(run("sources", "--format", "json").output)}
    assert listed["copy.txt"]["group"] == listed["wire.txt"]["group"]
    assert listed["copy.txt"]["copy_of"] or listed["wire.txt"]["copy_of"]

    (folder / "other.txt").write_text(OTHER, encoding="utf-8")
    run("ingest", str(folder / "other.txt"))

    tie = turkey(run)
    assert (tie["n_sources"], tie["grade"]) == (2, "F1")
    assert "independent source" in run("show", "Kyrgyzstan").output


def test_grades_come_from_a_manifest_or_the_publishers_table_and_filter_every_query(run, folder):
    (folder / "INDEX.md").write_text("| file | publisher | reliability |\n|---|---|---|\n"
                                     "| wire.txt | Example Wire | B |\n",
                                     encoding="utf-8")
    run("ingest", str(folder))
    assert turkey(run)["grade"] == "B2"

    run("grade", "regional wire digest", "A")  # the copy's publisher; names match ignoring case
    assert turkey(run)["grade"] == "A2"
    assert "A  regional wire digest" in run("grade").output

    assert turkey(run, "--min-grade", "B2")
    assert run("--min-grade", "A1", "suppliers", "Kyrgyzstan", "--format", "json").output.strip() == "[]"
    run("grade", "regional wire digest", "--forget")
    assert turkey(run)["grade"] == "B2"


def test_a_bad_grade_is_refused_with_what_a_grade_looks_like(run, tmp_path):
    assert "A1 is the best" in run("--min-grade", "Z9", "stats").output
    refused = run("grade", "Example Wire", "G")
    assert refused.exit_code != 0 and "not a reliability grade" in refused.output
    table = tmp_path / "publishers.csv"
    table.write_text("publisher;reliability\nExample Wire;B\nOther Post;K\n", encoding="utf-8")
    result = run("grade", "--file", str(table))
    assert result.exit_code == 1 and "publishers.csv:3" in result.output


def test_exports_and_show_carry_grades_and_independent_counts(run, folder):
    run("ingest", str(folder))
    run("grade", "Regional Wire Digest", "C")

    relations = [json.loads(line) for line in run("export", "--format", "jsonl").output.splitlines()]
    [transfer] = [r for r in relations if r["kind"] == "relation" and r["predicate"] == "ARMS_TRANSFER"
                  and r["subject"]["name"] == "Turkey"]
    assert (transfer["n_sources"], transfer["grade"]) == (1, "C2")  # the copy's publisher is graded C
    sources = [r for r in relations if r["kind"] == "source"]
    assert all("fingerprint" not in s and s["reliability"] in "ABCDEF" for s in sources)
    shown = run("show", "Kyrgyzstan").output
    assert "grade " in shown and "1 independent source(s)" in shown
