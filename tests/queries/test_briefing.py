"""Briefings: what appeared, changed and ended since a date, by actor and family, each line
cited; the HTML page is offline and escaped."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.queries import QueryError
from diplograph.queries.briefing import briefing
from diplograph.reports import brief_html, brief_markdown

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
HOSTILE = "<script>alert(1)</script>*Front*"


@pytest.fixture
def news(world):
    for name in ("Marl", "Nisk", "Oro", "Quill", HOSTILE):
        world.actor(name)
    world.source("old", published="2022-03-01", publisher="Old Desk")
    world.source("new", published="2024-02-01", publisher="New Desk")
    world.source("echo", published="2024-03-01", publisher="Old Desk Again")
    # appeared: first said in 2024
    world.say("Nisk", "ARMS_TRANSFER", "Marl", "new", sentence="Nisk sold drones to Marl.")
    # changed: known in 2022, confirmed in 2024 by an independent source, asserted at last (symmetric:
    # stored as Marl-Oro)
    world.say("Oro", "COOPERATION", "Marl", "old", "2022", "reported", sentence="Oro and Marl reportedly cooperate.")
    world.say("Oro", "COOPERATION", "Marl", "new", "2024-01", sentence="Oro and Marl signed a cooperation plan.")
    # repeated by the same source: nothing new
    world.say("Oro", "CRITICISM", "Nisk", "old", "2022", sentence="Oro criticised Nisk.")
    world.say("Oro", "CRITICISM", "Nisk", "old", "2024", sentence="Oro criticised Nisk again.")
    # ended: a membership that ended in 2024, and a supply denied since
    world.actor("Pact", "organization")
    world.say("Quill", "MEMBER_OF", "Pact", "old", "2010", end_date="2024-05", sentence="Quill left the Pact in May 2024.")
    world.say("Quill", "ARMS_TRANSFER", "Oro", "old", "2022", sentence="Quill armed Oro.")
    world.say("Quill", "ARMS_TRANSFER", "Oro", "echo", "2024", "denied", sentence="Quill denied arming Oro.")
    # an undated standing fact is no news; a hostile name stays text
    world.say("Marl", "BORDERS", "Oro", "new", sentence="Marl borders Oro.")
    world.say(HOSTILE, "THREAT", "Marl", "new", "2024-02", sentence="<img src=x onerror=alert(2)> threatened Marl.")
    return world.graph()


def kinds(brief) -> dict:
    return {(i.subject.name, i.predicate, i.object.name): (i.kind, i.changes) for i in brief.items}


def test_what_appeared_changed_and_ended_since_the_date(news):
    found = kinds(briefing(news.nx, "2023-01-01"))

    assert found == {
        ("Nisk", "ARMS_TRANSFER", "Marl"): ("appeared", ()),
        (HOSTILE, "THREAT", "Marl"): ("appeared", ()),
        ("Marl", "COOPERATION", "Oro"): ("changed", ("reported → asserted", "+1 independent source", "grade F3 → F1")),
        ("Quill", "MEMBER_OF", "Pact"): ("ended", ("ended 2024-05",)),
        ("Quill", "ARMS_TRANSFER", "Oro"): ("ended", ("denied since",)),
    }


def test_a_window_and_a_focus_narrow_the_briefing(news):
    assert set(kinds(briefing(news.nx, "2023", until="2024-01"))) == {("Marl", "COOPERATION", "Oro"),
                                                                      ("Quill", "ARMS_TRANSFER", "Oro")}
    around = briefing(news.nx, "2023-01-01", focus="Quill")
    assert set(kinds(around)) == {("Quill", "MEMBER_OF", "Pact"), ("Quill", "ARMS_TRANSFER", "Oro")}
    assert len(kinds(briefing(news.nx, "2023-01-01", focus="Quill", depth=2))) > len(kinds(around))
    with pytest.raises(QueryError, match="before since"):
        briefing(news.nx, "2024", until="2023")


def test_items_group_by_actor_and_family_and_cite_their_sources(news):
    brief = briefing(news.nx, "2023-01-01")
    text = brief_markdown(brief)

    assert [actor.name for actor, _ in brief.sections()] == [HOSTILE, "Marl", "Nisk", "Quill"]
    assert "## Marl\n\n### Verbal cooperation\n\n- **Changed.** Marl cooperates with Oro" in text
    assert "## Sources" in text and "1. " in text
    line = next(line for line in text.splitlines() if "Nisk supplies arms to Marl" in line)
    assert line.endswith(f"[{brief.citation('src:new')}]")
    assert "\\<script\\>alert(1)\\</script\\>\\*Front\\*" in text  # inert in Markdown


def test_the_html_page_is_offline_and_escapes_everything(news):
    page = brief_html(briefing(news.nx, "2023-01-01"))

    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;img src=x onerror=alert(2)&gt;" in page
    assert "default-src 'none'" in page
    assert "https://example.org/new" in page and 'href="' not in page and "src=\"" not in page


def test_the_command_prints_markdown_or_writes_a_page(news, tmp_path):
    store = str(news.backend.path)
    runner = CliRunner()
    shown = runner.invoke(cli, ["--store", store, "brief", "--since", "2023-01-01"])
    out = tmp_path / "brief.html"
    written = runner.invoke(cli, ["--store", store, "brief", "--since", "2023-01-01", "--format", "html",
                                  "--out", str(out)])

    assert shown.exit_code == 0 and shown.output.startswith("# Briefing: what changed since 2023-01-01")
    assert written.exit_code == 0 and out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "not a date" in runner.invoke(cli, ["--store", store, "brief", "--since", "lately"]).output


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared sample corpus is not beside the checkout")
def test_a_cited_briefing_on_the_sample_corpus(tmp_path):
    store = str(tmp_path / "sample.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["--store", store, "ingest", str(CORPUS)]).exit_code == 0

    text = runner.invoke(cli, ["--store", store, "brief", "--since", "2023-01-01"]).output

    assert "**New.**" in text and "## Sources" in text
    assert "Turkish Drones to Draw Political Influences in the Caspian Region (Caspian Policy Center)" in text
    assert "Drone race in Central Asia" not in text  # published in 2022: before the briefing
