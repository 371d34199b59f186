"""Budgets per document: past its characters or its seconds, the rest of a file is not read,
the report says so by name, and what was read before still loads."""

import time

import pytest

from diplograph.core import DiploGraph
from diplograph.loaders.articles import read as reader
from diplograph.loaders.budget import Limits

from articles.pdfs import make_pdf, make_text_bomb

OPENING = "Kenya and Somalia signed a security agreement in Nairobi on 1 March 2024.\n\n"
FILLER = ("The committee met again in the afternoon to review the budget of the port authority, "
          "and the minutes of that meeting were published a week later with few changes.\n\n")
CLOSING = "Russia delivered attack helicopters to Mali in 2023.\n"


def test_a_pdf_text_bomb_stops_at_the_character_budget(tmp_path):
    path = tmp_path / "bomb.pdf"
    path.write_bytes(make_text_bomb(n_pages=1, repeats=150))  # 4 kB on disk, 2.6 M characters drawn
    assert path.stat().st_size < 10_000
    document = reader.read_document(path, budget=Limits(max_chars=20_000).start())
    assert 10_000 < len(document.text) <= 20_000
    assert document.stopped.startswith(f"stopped at 20,000 characters: the rest of {path} was not read")


def test_every_page_of_a_many_page_bomb_counts_against_one_budget(tmp_path):
    path = tmp_path / "pages.pdf"
    path.write_bytes(make_text_bomb(n_pages=300, repeats=20))
    document = reader.read_document(path, budget=Limits(max_chars=50_000).start())
    assert len(document.text) <= 50_000 and "the rest of" in document.stopped


def test_a_page_drawing_megabytes_is_skipped_before_it_is_parsed(tmp_path):
    path = tmp_path / "huge-page.pdf"
    path.write_bytes(make_text_bomb(n_pages=1, repeats=300))  # 5 MB of drawing instructions, one page
    with pytest.raises(reader.InputError, match=r"1 page\(s\) not read \(1\): their drawing instructions are over"):
        reader.read_document(path)


def test_a_pdf_stops_at_its_time_budget_between_pages(tmp_path):
    path = tmp_path / "slow.pdf"
    path.write_bytes(make_pdf(["Kenya and Somalia signed a security agreement."] * 5))
    budget = Limits(seconds=0.01).start()
    time.sleep(0.02)
    document = reader.read_document(path, budget=budget)
    assert document.stopped == (f"stopped after 0.01 s: the rest of {path} was not read (the time budget of one "
                                "document; raise it with --time-budget or DIPLOGRAPH_TIME_BUDGET)")


def test_text_and_html_are_cut_at_the_character_budget(tmp_path):
    text, page = tmp_path / "long.txt", tmp_path / "long.html"
    text.write_text(OPENING + FILLER * 200, encoding="utf-8")
    page.write_text("<body>" + "".join(f"<p>{FILLER}</p>" for _ in range(200)) + "</body>", encoding="utf-8")
    for path in (text, page):
        document = reader.read_document(path, budget=Limits(max_chars=5_000).start())
        assert 2_500 < len(document.text) <= 5_000, path
        assert document.stopped.startswith(f"stopped at 5,000 characters: the rest of {path}")
    assert reader.read_document(text, budget=Limits(max_chars=10**6).start()).stopped == ""


def test_extraction_stops_at_the_time_budget_and_keeps_what_it_found(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("A long report\n\n" + OPENING + FILLER * 300 + CLOSING, encoding="utf-8")
    with DiploGraph.open(store=tmp_path / "graph.db") as graph:
        report = graph.ingest(path, limits=Limits(seconds=1.0))
        assert report.ok and report.documents == 1
        assert report.warnings == [f"stopped after 1 s: the rest of {path} was not read (the time budget of one "
                                   "document; raise it with --time-budget or DIPLOGRAPH_TIME_BUDGET)"]
        assert [r.predicate for r in graph.relations("Somalia")] == ["AGREEMENT"]
        assert graph.backend.get_actor("state:MLI") is None  # the closing paragraph was not reached


def test_a_spent_budget_still_reads_past_a_heading_to_the_first_paragraph(tmp_path):
    # on a busy machine the budget may be gone after the heading alone: the first paragraph is still read
    path = tmp_path / "report.txt"
    path.write_text("A long report\n\n" + OPENING + FILLER * 300 + CLOSING, encoding="utf-8")
    with DiploGraph.open(store=tmp_path / "graph.db") as graph:
        report = graph.ingest(path, limits=Limits(seconds=1e-9))
        assert report.ok and report.documents == 1 and report.warnings
        assert [r.predicate for r in graph.relations("Somalia")] == ["AGREEMENT"]
        assert graph.backend.get_actor("state:MLI") is None
