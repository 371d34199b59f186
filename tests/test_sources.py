"""Sources as analysts know them: titles, authors, publishers and dates read from the files or
from a manifest beside them, listed by `diplograph sources`, and shown by title and publisher
wherever a claim is cited."""

import json
import sqlite3
from pathlib import Path

import pytest

from diplograph.core import DiploGraph
from diplograph.errors import InputError
from diplograph.graph.backends.embedded import EmbeddedBackend
from diplograph.loaders.manifest import read_manifest

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"

ARTICLE_A = "Drone ties deepen\n\nTurkey delivered Bayraktar TB2 drones to Kyrgyzstan in 2021.\n"
ARTICLE_B = "Iran opened a drone factory in Tajikistan on 17 May 2022.\n"


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "briefs"
    path.mkdir()
    (path / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (path / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    return path


def sources_by_file(store: Path) -> dict:
    with DiploGraph.open(store=store) as graph:
        return {Path(s.path).name: s for s in graph.sources().values()}


# -- manifests ------------------------------------------------------------------------------------


def test_an_index_table_describes_the_files_and_is_not_an_article(folder, run, tmp_path):
    (folder / "INDEX.md").write_text(
        "# Our briefs\n\n| file | title | author / publisher | date |\n| --- | --- | --- | --- |\n"
        "| a.txt | Turkish drones in Kyrgyzstan | Jane Roe, Example Policy Center | 2021-06 |\n"
        "| b.txt | Iran's plant in Tajikistan | Example Wire (Dushanbe) | 17 May 2022 |\n", encoding="utf-8")

    result = run("ingest", str(folder))

    assert result.exit_code == 0, result.output
    assert "Read 2 document(s) from 2 file(s)" in result.output
    assert "INDEX.md (describes 2 file(s)): read as a manifest" in result.output
    found = sources_by_file(tmp_path / "graph.db")
    assert set(found) == {"a.txt", "b.txt"}
    a, b = found["a.txt"], found["b.txt"]
    assert (a.title, a.author, a.publisher, a.published) == (
        "Turkish drones in Kyrgyzstan", "Jane Roe", "Example Policy Center", "2021-06")
    assert (b.title, b.author, b.publisher, b.published) == ("Iran's plant in Tajikistan", "", "Example Wire", "2022-05-17")


def test_a_semicolon_csv_manifest_with_a_bom_gives_urls_and_dates(folder, run, tmp_path):
    (folder / "sources.csv").write_bytes(
        "\ufefffilename;headline;outlet;published;link\n"
        "a.txt;Drone ties deepen;Example Times;2021-07-01;https://example.org/a\n".encode("utf-8"))

    result = run("ingest", str(folder))

    assert result.exit_code == 0, result.output
    a = sources_by_file(tmp_path / "graph.db")["a.txt"]
    assert (a.publisher, a.published, a.url) == ("Example Times", "2021-07-01", "https://example.org/a")


def test_a_yaml_manifest_lists_sources_under_a_sources_key(folder):
    (folder / "manifest.yaml").write_text(
        "sources:\n  - file: b.txt\n    title: Iran's plant\n    publisher: Example Wire\n    date: 2022-05\n",
        encoding="utf-8")

    manifest = read_manifest(folder / "manifest.yaml")

    assert manifest.entries == {(folder / "b.txt").resolve(): {"title": "Iran's plant", "publisher": "Example Wire",
                                                                "date": "2022-05"}}


def test_the_manifest_wins_over_the_file_and_a_file_it_does_not_name_keeps_its_own(folder, run, tmp_path):
    (folder / "INDEX.md").write_text("| file | title |\n|---|---|\n| b.txt | Iran's plant |\n| gone.txt | Lost |\n",
                                     encoding="utf-8")

    result = run("ingest", str(folder))

    found = sources_by_file(tmp_path / "graph.db")
    assert found["b.txt"].title == "Iran's plant"
    assert found["a.txt"].title == "Drone ties deepen"  # its own headline
    assert "no file 'gone.txt' beside the manifest" in result.output


def test_a_manifest_with_a_bad_date_is_refused_with_its_line_and_the_articles_still_load(folder, run, tmp_path):
    (folder / "INDEX.md").write_text("| file | date |\n|---|---|\n| a.txt | 2021 |\n| b.txt | last spring |\n",
                                     encoding="utf-8")

    result = run("ingest", str(folder))

    assert result.exit_code == 1
    assert "INDEX.md:4: the date 'last spring' is not a date" in result.output
    assert set(sources_by_file(tmp_path / "graph.db")) == {"a.txt", "b.txt"}


def test_a_markdown_article_with_a_table_is_still_an_article(folder):
    table = folder / "notes.md"
    table.write_text("# Deliveries\n\n| file | note |\n|---|---|\n| drones.pdf | not here |\n", encoding="utf-8")

    assert read_manifest(table) is None  # it names no file beside it


def test_adding_a_manifest_later_updates_the_sources_already_loaded(folder, run, tmp_path):
    run("ingest", str(folder))
    (folder / "INDEX.md").write_text("| file | publisher | date |\n|---|---|---|\n| a.txt | Example Times | 2021-07 |\n",
                                     encoding="utf-8")

    result = run("ingest", str(folder))

    assert "+0 sources" in result.output
    a = sources_by_file(tmp_path / "graph.db")["a.txt"]
    assert (a.title, a.publisher, a.published) == ("Drone ties deepen", "Example Times", "2021-07")


def test_a_file_named_alone_is_still_described_by_the_index_beside_it(folder, run, tmp_path):
    (folder / "INDEX.md").write_text("| file | title |\n|---|---|\n| b.txt | Iran's plant |\n", encoding="utf-8")

    result = run("ingest", str(folder / "b.txt"))

    assert "Read 1 document(s) from 1 file(s)" in result.output
    assert sources_by_file(tmp_path / "graph.db")["b.txt"].title == "Iran's plant"


def test_a_manifest_describes_a_curated_file_but_not_the_sources_its_facts_cite(folder, run, tmp_path):
    (folder / "facts.csv").write_text("subject,predicate,object,source\n"
                                      "Turkey,ARMS_TRANSFER,Kyrgyzstan,https://example.org/tb2\n", encoding="utf-8")
    (folder / "INDEX.md").write_text("| file | title | reliability |\n|---|---|---|\n| facts.csv | Desk facts | B |\n",
                                     encoding="utf-8")

    run("ingest", str(folder / "facts.csv"))

    with DiploGraph.open(store=tmp_path / "graph.db") as graph:
        by_url = {s.url: s for s in graph.sources().values()}
    assert (by_url[""].title, by_url[""].reliability) == ("Desk facts", "B")
    assert (by_url["https://example.org/tb2"].title, by_url["https://example.org/tb2"].reliability) == ("", "")


def test_a_manifest_row_gives_a_reliability_grade_a_to_f_or_is_refused(folder):
    (folder / "INDEX.md").write_text("| file | reliability |\n|---|---|\n| a.txt | Z |\n", encoding="utf-8")

    with pytest.raises(InputError, match="not a grade A to F") as caught:
        read_manifest(folder / "INDEX.md")
    assert caught.value.line == 3


# -- the sources command and labels ---------------------------------------------------------------


def test_sources_lists_title_publisher_date_and_counts(folder, run):
    (folder / "INDEX.md").write_text("| file | publisher |\n|---|---|\n| a.txt | Example Times |\n", encoding="utf-8")
    run("ingest", str(folder))

    listed = json.loads(run("sources", "--format", "json").output)
    table = run("sources").output

    by_title = {s["title"]: s for s in listed}
    assert by_title["Drone ties deepen"]["publisher"] == "Example Times"
    assert by_title["Drone ties deepen"]["label"] == "Drone ties deepen (Example Times)"
    assert by_title["Drone ties deepen"]["claims"] >= 1 and by_title["Drone ties deepen"]["kind"] == "article"
    assert "Example Times" in table and "2 source(s)" in table


def test_a_curated_fact_cited_by_url_is_shown_by_its_address_not_an_id(run, tmp_path):
    facts = tmp_path / "facts.csv"
    facts.write_text("subject,predicate,object,date,source\n"
                     "Turkey,ARMS_TRANSFER,Kyrgyzstan,2021,https://www.example.org/tb2-deal\n", encoding="utf-8")
    run("ingest", str(facts))

    for args in (["timeline", "Kyrgyzstan"], ["evidence", "Turkey", "ARMS_TRANSFER", "Kyrgyzstan"]):
        output = run(*args).output
        assert "example.org/tb2-deal" in output and "src:" not in output, args
    listed = json.loads(run("sources", "--format", "json").output)
    assert {s["publisher"] for s in listed if s["url"]} == {"example.org"}


def test_a_store_written_before_sources_had_authors_opens_and_keeps_its_sources(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        INSERT INTO meta VALUES ('schema_version', '1');
        CREATE TABLE actors (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
                             aliases TEXT NOT NULL DEFAULT '[]', external_ids TEXT NOT NULL DEFAULT '{}');
        CREATE TABLE sources (id TEXT PRIMARY KEY, title TEXT, url TEXT, publisher TEXT, published TEXT, path TEXT, kind TEXT);
        INSERT INTO sources VALUES ('src:old', 'An old brief', '', 'Desk', '2020', 'old.txt', 'article');
        CREATE TABLE claims (id TEXT PRIMARY KEY, subject TEXT NOT NULL, predicate TEXT NOT NULL, object TEXT NOT NULL,
            source_id TEXT NOT NULL, date TEXT, end_date TEXT, modality TEXT NOT NULL, confidence REAL,
            evidence TEXT, evidence_start INTEGER, evidence_end INTEGER, method TEXT, properties TEXT);
        CREATE TABLE merges (drop_id TEXT PRIMARY KEY, keep_id TEXT NOT NULL, merged_at TEXT NOT NULL);
    """)
    db.close()

    store = EmbeddedBackend(path)

    [old] = store.sources()
    assert (old.title, old.publisher, old.author) == ("An old brief", "Desk", "")
    store.close()


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared sample corpus is not beside the checkout")
def test_the_sample_corpus_gives_four_sources_with_their_headlines_and_dates(run, tmp_path):
    result = run("ingest", str(CORPUS))

    assert "Read 4 document(s) from 4 file(s)" in result.output
    found = sources_by_file(tmp_path / "graph.db")
    assert "INDEX.md" not in found and len(found) == 4
    by_number = {name[:3]: source for name, source in found.items()}
    assert by_number["001"].title.startswith("Drone race in Central Asia")
    assert by_number["001"].published == "2022-08-14"
    assert by_number["002"].title.startswith("Turkish Drones to Draw Political Influences")
    assert by_number["002"].publisher == "Caspian Policy Center" and by_number["002"].author == "Meray Ozat"
    assert by_number["003"].publisher == "AsiaNews"
    assert all(s.title and s.published for s in found.values())
