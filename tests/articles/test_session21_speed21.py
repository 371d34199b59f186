"""Session 21, speed: a folder's small articles are parsed ahead in one batch and read exactly as one by
one; the unions of noun classes the rules ask for are made once and hold every word of their classes."""

from diplograph.core import DiploGraph
from diplograph.errors import ActorNotFound
from diplograph.loaders.articles import extractor
from diplograph.loaders.articles.lexicon import load_lexicon

FIRST = """Border talks

Kenya and Somalia signed a security agreement in Nairobi on 4 March 2024.
"""
SECOND = """Drone deliveries

Turkey delivered Bayraktar TB2 drones to Mali last year, officials in Bamako said.
Mali denied that it had bought drones from Russia.
"""


def _relations(store, *paths):
    with DiploGraph.open(store=store) as graph:
        report = graph.ingest(*paths)
        assert report.ok
        found = set()
        for name in ("Somalia", "Mali"):
            try:
                found |= {(r.subject, r.predicate, r.object, r.modality) for r in graph.relations(name)}
            except ActorNotFound:
                pass
        return sorted(found)


def test_a_folder_parsed_ahead_reads_as_each_article_alone(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(FIRST, encoding="utf-8")
    (folder / "b.txt").write_text(SECOND, encoding="utf-8")
    together = _relations(tmp_path / "together.db", folder)
    assert extractor().ahead.docs  # the two were parsed ahead, in one batch
    extractor().ahead.docs = {}
    alone = _relations(tmp_path / "a.db", folder / "a.txt") + _relations(tmp_path / "b.db", folder / "b.txt")
    assert together == sorted(set(alone))
    assert any(p == "AGREEMENT" for _, p, _, _ in together) and any(p == "ARMS_TRANSFER" for _, p, _, _ in together)


def test_a_short_budget_parses_each_article_within_its_own(tmp_path):
    from diplograph.loaders.budget import Limits

    (tmp_path / "a.txt").write_text(FIRST, encoding="utf-8")
    extractor().ahead.docs = {}
    with DiploGraph.open(store=tmp_path / "graph.db") as graph:
        assert graph.ingest(tmp_path / "a.txt", limits=Limits(seconds=5)).ok
    assert not extractor().ahead.docs


def test_unions_of_noun_classes_hold_the_words_of_each_class():
    lexicon = load_lexicon()
    union = lexicon.classes("act", "judged_act")
    assert union == lexicon.noun_class["act"] | lexicon.noun_class["judged_act"]
    assert lexicon.classes("act", "judged_act") is union  # made once
    holders = lexicon.holders(("meeting", "exercise"))
    assert all("meeting" in holders[w] for w in lexicon.noun_class["meeting"])
    assert "summit" not in lexicon.noun_class["exercise"] or "exercise" in holders["summit"]
