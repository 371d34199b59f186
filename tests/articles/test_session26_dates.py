"""When an article was written, read where news pages and wire copy put it: a date line with its hour, its
label or its writer, and the dateline that opens a wire story ("TOKYO, August 27, 2024 (Kyodo) - ")."""

import pytest

from diplograph.loaders.articles.metadata import dateline_date, header_date
from diplograph.loaders.articles.pipeline import ArticleExtractor
from diplograph.loaders.articles.read import read_document


@pytest.mark.parametrize("line, iso", [
    ("Tuesday 14 October 2025 10:32 BST", "2025-10-14"),
    ("Published 14 Oct 2025, 10:32", "2025-10-14"),
    ("Updated: October 14, 2025 at 10:32 a.m. ET", "2025-10-14"),
    ("Posted on 3 March 2024 by Jane Roe", "2024-03-03"),
    ("Last updated: 9 June 2023", "2023-06-09"),
    ("First published on Tue 14 Oct 2025 10.32 BST", "2025-10-14"),
    ("Sat, Feb 1, 2025 - 08:15 GMT+2", "2025-02-01"),
])
def test_a_date_line_keeps_its_date_whatever_follows_it(line, iso):
    assert header_date(line) == iso


@pytest.mark.parametrize("line", [
    "Iran said on 14 October 2025 that talks would resume",
    "Signed 14 October 2025 by Iran and Iraq",
    "Meeting at 10:30 in Baku",
])
def test_a_sentence_that_holds_a_date_is_no_date_line(line):
    assert header_date(line) == ""


@pytest.mark.parametrize("line, iso", [
    ("TOKYO, August 27, 2024 (Kyodo) - Japan lodged a protest.", "2024-08-27"),
    ("BOGOTA, 26 January 2025 (Andean Wire) — Colombia refused two flights.", "2025-01-26"),
    ("NEW DELHI, Aug 20, 2023: India said it would respond.", "2023-08-20"),
    ("KYIV, 3 March (Reuters) - Ukraine signed a deal.", ""),  # no year: the day alone is no date
    ("ASTANA (AsiaNews) - Kazakhstan hosted talks.", ""),
])
def test_a_wire_dateline_dates_its_story_when_it_gives_the_year(line, iso):
    assert dateline_date(line) == iso


def test_a_story_dated_only_by_its_dateline_dates_its_relations_from_it(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text("Japan protests airspace violation\n\nTOKYO, August 27, 2024 (North Sea Wire) - Japan lodged a "
                    "protest with China on Monday after a Chinese aircraft entered its airspace.\n", encoding="utf-8")
    document = read_document(path)
    assert document.date == "2024-08-27"
    batch = ArticleExtractor().extract(document)
    dates = {str(c.date) for c in batch.claims if c.predicate == "PROTEST" and c.object == "state:CHN"}
    assert "2024-08-26" in dates  # "on Monday": the Monday before the Tuesday it was filed


def test_the_date_a_header_gives_wins_over_the_dateline(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text("Date: 2024-09-02\n---\nTOKYO, August 27, 2024 (North Sea Wire) - Japan protested.\n",
                    encoding="utf-8")
    assert read_document(path).date == "2024-09-02"


def test_an_undated_text_counts_relative_dates_from_its_latest_past_year_not_a_plan_to_come(tmp_path):
    from diplograph.loaders.articles.claim_dates import document_anchor

    path = tmp_path / "undated.txt"
    path.write_text("Kenya and Ethiopia signed a pact in March 2023. They plan to finish the road by 2091.\n",
                    encoding="utf-8")
    assert str(document_anchor(read_document(path))) == "2023"
