"""The article loader end to end: one batch per document with provenance, bad files reported
one line each while the rest of the folder loads, and nothing loaded at import time."""

import subprocess
import sys
import warnings

import pytest

from diplograph.core import DiploGraph
from diplograph.loaders.articles import accepts, load
from diplograph.loaders.articles import read as reader
from diplograph.loaders.articles.nlp import ModelMissingWarning
from diplograph.loaders.articles.pipeline import ArticleExtractor

from .pdfs import make_pdf

ARTICLE = """Drone deals in the Horn of Africa

3 Feb 2024

Author: A. Writer

On 12 January, Turkey delivered Bayraktar TB2 drones to Ethiopia. The two countries signed a
defence agreement in Addis Ababa last March, Ethiopian officials said.

References

[1] Someone, "A title", Example, 2024.
"""


@pytest.fixture
def graph(tmp_path):
    with DiploGraph.open(store=tmp_path / "graph.db") as g:
        yield g


def test_the_loader_takes_article_formats_only(tmp_path):
    assert all(accepts(tmp_path / f"a{s}") for s in (".txt", ".md", ".html", ".htm", ".pdf", ".TXT"))
    assert not any(accepts(tmp_path / f"a{s}") for s in (".csv", ".yaml", ".json", ".docx"))


def test_one_batch_per_document_with_source_evidence_and_offsets(tmp_path):
    path = tmp_path / "horn.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [batch] = list(load(path))
    [source] = batch.sources
    assert (source.kind, source.title, source.published) == (
        "article", "Drone deals in the Horn of Africa", "2024-02-03")
    assert source.path == str(path)
    text = reader.read_document(path).text
    assert batch.claims
    for claim in batch.claims:
        assert claim.source_id == source.id
        assert claim.method.startswith("rules:v1:")
        # the sentence as written, its wrapped lines joined
        assert " ".join(text[claim.evidence_start:claim.evidence_end].split()) == claim.evidence
        assert "\n" not in claim.evidence
    transfer = next(c for c in batch.claims if c.predicate == "ARMS_TRANSFER")
    assert (transfer.subject, transfer.object, transfer.date) == ("state:TUR", "state:ETH", "2024-01-12")
    agreement = next(c for c in batch.claims if c.predicate == "AGREEMENT")
    assert (agreement.date, agreement.modality) == ("2023-03", "reported")
    assert "signed a defence agreement" in agreement.evidence  # a sentence wrapped across two lines
    assert not any("Example" in c.evidence for c in batch.claims)  # the references are not the article


def test_a_folder_loads_though_some_files_are_bad(graph, tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_TEXT_BYTES", 5000)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" * 20)
    (folder / "broken.pdf").write_bytes(make_pdf(["Turkey sold drones to Mali."])[:200])
    (folder / "huge.md").write_text("Mali bought drones from Turkey. " * 400, encoding="utf-8")
    report = graph.ingest(folder)
    assert report.documents == 1
    assert len(report.errors) == 4
    for name, reason in (("empty.txt", "empty"), ("binary.txt", "binary"), ("broken.pdf", "PDF"),
                         ("huge.md", "limit")):
        [line] = [e for e in report.errors if name in e]
        assert reason in line and "\n" not in line
    assert graph.counts().sources == 1  # nothing of the bad files reached the store
    assert {r.predicate for r in graph.relations("Ethiopia")} >= {"ARMS_TRANSFER", "AGREEMENT"}


def test_loading_the_same_article_twice_adds_nothing(graph, tmp_path):
    path = tmp_path / "horn.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    graph.ingest(path)
    before = graph.counts()
    report = graph.ingest(path)
    assert graph.counts() == before and report.claims == 0


def test_html_and_pdf_articles_give_relations(graph, tmp_path):
    (tmp_path / "a.html").write_text(
        "<html><head><title>Sahel</title><meta property='article:published_time' content='2024-05-02'>"
        "</head><body><p>Mali purchased Bayraktar TB2 drones from Turkey in 2022.</p></body></html>")
    (tmp_path / "b.pdf").write_bytes(make_pdf(["Kenya and Somalia signed a security agreement in 2023."]))
    report = graph.ingest(tmp_path)
    assert report.ok, report.errors
    assert [r.predicate for r in graph.relations("Mali")] == ["ARMS_TRANSFER"]
    assert [r.predicate for r in graph.relations("Kenya")] == ["AGREEMENT"]


def test_without_the_model_the_pipeline_still_finds_actors_and_warns_once(tmp_path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        first = ArticleExtractor(model="no_such_spacy_model_installed")
        second = ArticleExtractor(model="no_such_spacy_model_installed")
    assert [w.category for w in caught] == [ModelMissingWarning]
    assert first.nlp is second.nlp and "parser" not in first.nlp.pipe_names
    batch = first.extract_text("Turkey delivered drones to Ethiopia. Addis Ababa thanked Ankara.")
    assert {"state:TUR", "state:ETH"} <= {a.id for a in batch.actors}


def test_importing_the_loader_loads_no_model():
    code = ("import sys, diplograph.loaders.articles, diplograph.loaders; "
            "print(any(m.startswith('spacy') for m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_guessed_encoding_is_reported_on_one_line(tmp_path, caplog):
    path = tmp_path / "latin.txt"
    path.write_bytes("Die Türkei lieferte Drohnen an Äthiopien, sagte das Ministerium in Ankara.".encode("cp1252"))
    with caplog.at_level("WARNING"):
        [batch] = list(load(path))
    [record] = caplog.records
    assert str(path) in record.getMessage() and "not valid UTF-8" in record.getMessage()
    assert batch.sources
