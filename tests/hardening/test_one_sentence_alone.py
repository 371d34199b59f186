"""A bug met on one sentence costs that sentence, not the document: ingest leaves it out, says
which line and why, and keeps every relation the other sentences give. Tests and notebooks
(``extract_text``) still see the error itself."""

import pytest

from diplograph.core import DiploGraph
from diplograph.loaders.articles import relations as sentence_relations
from diplograph.loaders.articles.pipeline import ArticleExtractor

TEXT = ("Security notes\n\n"
        "Kenya and Somalia signed a security agreement in Nairobi on 1 March 2024.\n\n"
        "Ruritania sold drones to Niger in 2023.\n\n"
        "Turkey delivered drones to Mali in 2023.\n")


@pytest.fixture
def a_bug_on_ruritania(monkeypatch):
    """The relation reader fails on any sentence naming Ruritania, as a bug in one rule would."""
    read = sentence_relations.SentenceRelations.extract

    def failing(self):
        if "Ruritania" in self.sent.text:
            raise IndexError("list index out of range")
        return read(self)

    monkeypatch.setattr(sentence_relations.SentenceRelations, "extract", failing)


def test_ingest_leaves_out_the_sentence_and_keeps_the_rest(tmp_path, a_bug_on_ruritania):
    path = tmp_path / "notes.txt"
    path.write_text(TEXT, encoding="utf-8")
    with DiploGraph.open(store=tmp_path / "graph.db") as graph:
        report = graph.ingest(path)
        assert report.documents == 1 and not report.errors
        [warning] = report.warnings
        assert warning.startswith(f"{path}: line 5: the sentence 'Ruritania sold drones to Niger in 2023.' was left out")
        assert "IndexError" in warning
        assert [r.predicate for r in graph.relations("Somalia")] == ["AGREEMENT"]
        assert [r.predicate for r in graph.relations("Mali")] == ["ARMS_TRANSFER"]


def test_extracting_a_text_directly_raises_the_error(a_bug_on_ruritania):
    with pytest.raises(IndexError):
        ArticleExtractor().extract_text(TEXT)
