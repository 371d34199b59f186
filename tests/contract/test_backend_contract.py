"""The backend contract: every backend stores and returns the graph in exactly the same way.

Each test runs once on the embedded SQLite store and once on Neo4j (see ``conftest.py``), with
the same expectations, so a command gives the same answer whichever backend holds the graph.
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from diplograph.errors import OntologyError
from diplograph.graph.backend import Backend
from diplograph.graph.model import Actor, Batch, Claim, Counts, Source
from diplograph.graph.view import build_view, view_of

WRITE_STATEMENT = re.compile(r"\b(INSERT|UPDATE|DELETE|REPLACE|MERGE|CREATE|SET|REMOVE)\b", re.IGNORECASE)


def by_id(items):
    return sorted(items, key=lambda item: item.id)


def normalised(claims: list[Claim]) -> list[Claim]:
    """The claims as a backend must return them: canonical case, symmetric pairs in id order."""
    return by_id({c.id: c for c in (claim.normalised() for claim in claims)}.values())


def edges(graph) -> dict:
    return {(u, v, k): (d["n_sources"], d["first_date"], d["last_date"], d["modality"], d["family"],
                        d["symmetric"], [c.id for c in d["claims"]])
            for u, v, k, d in graph.edges(keys=True, data=True)}


def nodes(graph) -> dict:
    return dict(graph.nodes(data=True))


# -- round trip ----------------------------------------------------------------------------------


def test_a_backend_satisfies_the_protocol(backend):
    assert isinstance(backend, Backend)
    assert backend.counts() == Counts(0, 0, 0, 0)


def test_actors_sources_and_claims_come_back_exactly_as_written(backend, sample):
    report = backend.write(sample.batch())

    assert (report.actors, report.sources, report.claims, report.rejected) == (8, 2, 7, [])
    assert backend.actors() == by_id(sample.actors)
    assert backend.sources() == by_id(sample.sources)
    assert backend.claims() == normalised(sample.claims)


def test_every_field_survives_including_unicode_offsets_and_properties(backend, sample):
    backend.write(sample.batch())

    minister = backend.get_actor(sample.minister.id)
    assert minister.name == "Шерали Мирзо" and minister.aliases == ("Sherali Mirzo",)
    assert backend.get_actor("state:IRN").external_ids == {"iso3": "IRN", "wikidata": "Q794"}
    assert backend.get_actor("state:TUR").aliases == ("Turkey", "Ankara")
    article = next(s for s in backend.sources() if s.id == sample.article.id)
    assert article.title == "Иран открыл завод «Абабиль-2» в Душанбе"
    assert article.url == "https://example.org/news?id=1&lang=ru"
    factory = next(c for c in backend.claims() if c.evidence_start == 120)
    assert (factory.date, factory.confidence, factory.evidence_end, factory.method) == ("2022-05-17", 0.9, 171, "rules")
    assert factory.evidence == "Iran opened a drone factory in Dushanbe — «Ababil-2»."
    assert factory.properties == {"weapon": "Ababil-2"}
    transfer = next(c for c in backend.claims() if c.predicate == "ARMS_TRANSFER")
    assert (transfer.end_date, transfer.modality) == ("2023-03", "reported")
    assert transfer.properties == {"weapon": "Bayraktar TB2", "status": "delivered"}
    assert transfer.evidence_start is None and transfer.evidence == ""


def test_get_actor_returns_none_for_an_unknown_id(backend, sample):
    backend.write(sample.batch())
    assert backend.get_actor("state:XXX") is None


def test_lists_are_ordered_by_id_as_python_orders_text(backend, sample):
    # ids outside ASCII: U+FF5A sorts before U+1D538 by code point, after it in UTF-16
    wide, astral = Actor("person:\uff5a", "Wide z", "person"), Actor("person:\U0001d538", "Double-struck A", "person")
    backend.write(Batch([astral, wide, sample.iran], [], []))

    assert [a.id for a in backend.actors()] == ["person:\uff5a", "person:\U0001d538", "state:IRN"]


# -- determinism and idempotence -----------------------------------------------------------------


def test_writing_the_same_batch_twice_changes_nothing(backend, sample):
    backend.write(sample.batch())
    before = (backend.counts(), backend.actors(), backend.sources(), backend.claims())

    again = backend.write(sample.batch())

    assert (again.actors, again.sources, again.claims) == (0, 0, 0)
    assert (backend.counts(), backend.actors(), backend.sources(), backend.claims()) == before


def test_ids_are_deterministic_so_a_rebuilt_batch_lands_on_the_same_rows(backend, sample):
    backend.write(sample.batch())
    rebuilt = Batch([Actor.new("Iran", "state", external_ids={"iso3": "IRN"})], [],
                    [Claim("state:IRN", "CO_PRODUCTION", "state:TJK", sample.dataset.id, date="2022",
                           modality="reported")])

    report = backend.write(rebuilt)

    assert report.claims == 0
    assert backend.counts() == Counts(actors=8, relations=6, claims=7, sources=2)


def test_a_claim_loaded_again_replaces_its_row_and_only_new_claims_count(backend, sample):
    backend.write(sample.batch())
    old = sample.batch().claims[0]
    better = dataclasses.replace(old, confidence=0.25, method="rescored")  # neither is part of the id
    new = Claim("state:IRN", "AID", "state:TJK", sample.dataset.id)

    report = backend.write(Batch([], [], [new, better]))

    assert better.id == old.id and report.claims == 1
    stored = backend.get_claim(old.id)
    assert (stored.confidence, stored.method) == (0.25, "rescored") and backend.get_claim(new.id) == new
    assert backend.counts().claims == 8


def test_an_actor_written_again_keeps_its_name_and_type_and_gains_aliases_and_ids(backend, sample):
    backend.write(sample.batch())
    persia = Actor.new("Persia", "state", aliases=["Iran"], external_ids={"iso3": "IRN", "wikidata": "Q0", "gdelt": "IRN"})

    report = backend.write(Batch(actors=[persia]))

    iran = backend.get_actor("state:IRN")
    assert report.actors == 1
    assert (iran.name, iran.type) == ("Iran", "state")
    assert iran.aliases == ("Islamic Republic of Iran", "Tehran", "Persia")
    assert iran.external_ids == {"iso3": "IRN", "wikidata": "Q794", "gdelt": "IRN"}


def test_a_source_written_again_takes_the_fields_it_now_gives_and_keeps_the_rest(backend, sample):
    backend.write(sample.batch())
    described = Source(sample.article.id, title="Iran opens a drone plant in Dushanbe", publisher="Example Review",
                       published="2022-05-17")  # what a manifest says; no URL, path or author given

    report = backend.write(Batch(sources=[described]))

    [article] = [s for s in backend.sources() if s.id == sample.article.id]
    assert report.sources == 0 and backend.counts().sources == 2
    assert (article.title, article.publisher, article.published) == (
        "Iran opens a drone plant in Dushanbe", "Example Review", "2022-05-17")
    assert (article.url, article.path, article.kind, article.author) == (
        sample.article.url, "briefs/iran.html", "article", "Нигора Саидова")


def test_publisher_grades_are_kept_matched_ignoring_case_forgotten_and_cleared(backend, sample):
    backend.write(sample.batch())

    backend.grade_publisher("Example Wire", "B")
    backend.grade_publisher("Déjà Vu Press", "D")
    backend.grade_publisher("example wire", "C")  # the same publisher, written otherwise
    assert backend.publisher_grades() == {"Déjà Vu Press": "D", "example wire": "C"}
    backend.grade_publisher("DEJA VU PRESS", None)
    assert backend.publisher_grades() == {"example wire": "C"}

    backend.clear()
    assert backend.publisher_grades() == {}


def test_a_source_keeps_its_own_reliability_and_fingerprint(backend, sample):
    graded = Source.from_content("a wire story", title="Drones for Bishkek", publisher="Example Wire",
                                 kind="article", reliability="B", fingerprint="0a1b2c3d" * 64)
    backend.write(Batch(sources=[graded]))

    [stored] = backend.sources()
    assert (stored.reliability, stored.fingerprint) == ("B", "0a1b2c3d" * 64)


def test_a_symmetric_predicate_is_stored_once_in_id_order(backend, sample):
    backwards = Claim("state:TJK", "BORDERS", "state:KGZ", sample.article.id)
    forwards = Claim("state:KGZ", "borders", "state:TJK", sample.article.id)
    backend.write(Batch([sample.tajikistan, sample.kyrgyzstan], [sample.article], [backwards, forwards]))

    [claim] = backend.claims()
    assert (claim.subject, claim.predicate, claim.object) == ("state:KGZ", "BORDERS", "state:TJK")
    assert backend.counts().relations == 1


# -- validation ----------------------------------------------------------------------------------


def test_strict_write_with_an_unknown_predicate_raises_and_writes_nothing(backend, sample):
    batch = sample.batch()
    batch.claims.append(Claim("state:IRN", "FRIENDS_WITH", "state:TJK", sample.article.id))

    with pytest.raises(OntologyError, match="unknown predicate 'FRIENDS_WITH'"):
        backend.write(batch)

    assert backend.counts() == Counts(0, 0, 0, 0)
    assert backend.actors() == [] and backend.sources() == []


def test_strict_write_with_a_disallowed_subject_type_raises_and_leaves_the_graph_as_it_was(backend, sample):
    backend.write(sample.batch())
    before = (backend.counts(), backend.actors(), backend.claims())
    newcomer = Actor.new("Ababil-2", "weapon")
    bad = Claim(sample.tb2.id, "ARMS_TRANSFER", "state:TJK", sample.dataset.id)  # a weapon supplies nothing

    with pytest.raises(OntologyError, match="does not take a weapon as subject"):
        backend.write(Batch([newcomer], [], [bad]))

    assert (backend.counts(), backend.actors(), backend.claims()) == before
    assert backend.get_actor(newcomer.id) is None


def test_non_strict_write_keeps_the_good_claims_and_reports_the_rejected_ones(backend, sample):
    good = Claim("state:IRN", "SUPPORT", "state:TJK", sample.article.id)
    unknown = Claim("state:IRN", "FRIENDS_WITH", "state:TJK", sample.article.id)
    wrong_type = Claim(sample.tb2.id, "ARMS_TRANSFER", "state:TJK", sample.article.id)
    dangling = Claim("state:IRN", "SUPPORT", "state:ZZZ", sample.article.id)

    report = backend.write(Batch([sample.iran, sample.tajikistan, sample.tb2], [sample.article],
                                 [good, unknown, wrong_type, dangling]), strict=False)

    assert report.claims == 1
    assert [(claim.predicate, claim.object) for claim, _ in report.rejected] == [
        ("FRIENDS_WITH", "state:TJK"), ("ARMS_TRANSFER", "state:TJK"), ("SUPPORT", "state:ZZZ")]
    assert "no actor 'state:ZZZ'" in report.rejected[2][1]
    assert backend.claims() == [good]


def test_a_claim_may_refer_to_an_actor_stored_by_an_earlier_batch(backend, sample):
    backend.write(Batch([sample.iran, sample.tajikistan], [], []))
    later = Claim("state:IRN", "AID", "state:TJK", sample.dataset.id)

    report = backend.write(Batch([], [sample.dataset], [later]))

    assert report.claims == 1 and backend.claims("state:TJK") == [later]


# -- reading -------------------------------------------------------------------------------------


def test_counts_count_distinct_relations_separately_from_claims(backend, sample):
    backend.write(sample.batch())
    # two claims (two sources) on Iran CO_PRODUCTION Tajikistan make one relation
    assert backend.counts() == Counts(actors=8, relations=6, claims=7, sources=2)


def test_claims_of_an_actor_are_those_where_it_is_subject_or_object(backend, sample):
    backend.write(sample.batch())
    expected = [c for c in normalised(sample.claims) if "state:KGZ" in (c.subject, c.object)]

    assert backend.claims("state:KGZ") == expected
    assert len(backend.claims("state:TJK")) == 6
    assert backend.claims(sample.tb2.id) == [c for c in normalised(sample.claims) if c.predicate == "MANUFACTURES"]
    assert backend.claims("state:XXX") == []


def test_clear_deletes_everything_and_the_backend_stays_usable(backend, sample):
    backend.write(sample.batch())
    backend.merge("state:TJK", "state:KGZ")

    backend.clear()

    assert backend.counts() == Counts(0, 0, 0, 0)
    assert (backend.actors(), backend.sources(), backend.claims(), backend.merges()) == ([], [], [], {})
    backend.write(sample.batch())
    assert backend.counts() == Counts(actors=8, relations=6, claims=7, sources=2)


def test_the_view_aggregates_claims_into_the_same_relations(backend, sample):
    backend.write(sample.batch())
    expected = build_view(sample.actors, normalised(sample.claims), sample.sources)

    graph = view_of(backend)

    assert nodes(graph) == nodes(expected)
    assert edges(graph) == edges(expected)
    assert graph.edges["state:IRN", "state:TJK", "CO_PRODUCTION"]["n_sources"] == 2
    assert graph.edges["state:KGZ", "state:TJK", "BORDERS"]["symmetric"] is True
    assert set(graph.graph["sources"]) == {sample.article.id, sample.dataset.id}


# -- merging -------------------------------------------------------------------------------------


@pytest.fixture
def two_spellings(sample):
    """The same minister under two spellings, with one claim that becomes a duplicate on merging."""
    short = Actor.new("S. Mirzo", "person")
    claims = [
        Claim(short.id, "AFFILIATED_WITH", "state:TJK", sample.article.id, modality="unconfirmed",
              evidence="Мирзо, the defence minister", properties={"role": "minister of defence"}),
        Claim(short.id, "CONSULTATION", "state:IRN", sample.dataset.id, date="2023-01"),
    ]
    batch = sample.batch()
    batch.actors.append(short)
    batch.claims.extend(claims)
    return short, batch


def test_merge_folds_claims_and_aliases_into_the_kept_actor(backend, sample, two_spellings):
    short, batch = two_spellings
    backend.write(batch)
    keep = sample.minister.id

    backend.merge(keep, short.id)

    assert backend.get_actor(short.id) is None
    assert backend.get_actor(keep).aliases == ("Sherali Mirzo", "S. Mirzo")
    assert backend.merges() == {short.id: keep}
    assert backend.claims(short.id) == []
    mine = backend.claims(keep)
    assert sorted((c.predicate, c.subject, c.object) for c in mine) == [
        ("AFFILIATED_WITH", keep, "state:TJK"), ("CONSULTATION", keep, "state:IRN")]
    assert backend.counts() == Counts(actors=8, relations=7, claims=8, sources=2)


def test_a_merge_survives_writing_the_original_batch_again(backend, sample, two_spellings):
    short, batch = two_spellings
    backend.write(batch)
    backend.merge(sample.minister.id, short.id)
    after_merge = (backend.counts(), backend.actors(), backend.claims())

    backend.write(batch)

    assert (backend.counts(), backend.actors(), backend.claims()) == after_merge
    assert backend.get_actor(short.id) is None


def test_merging_into_an_actor_that_is_merged_later_follows_the_chain(backend, sample, two_spellings):
    short, batch = two_spellings
    backend.write(batch)
    backend.merge(sample.minister.id, short.id)
    dup = Actor.new("Mirzo", "person")
    backend.write(Batch([dup], [], [Claim(dup.id, "SUPPORT", "state:IRN", sample.dataset.id)]))

    backend.merge(dup.id, sample.minister.id)

    assert backend.merges() == {short.id: dup.id, sample.minister.id: dup.id}
    backend.write(batch)
    assert {a.id for a in backend.actors()} & {short.id, sample.minister.id} == set()
    assert {c.subject for c in backend.claims(dup.id)} == {dup.id}


# -- injection -----------------------------------------------------------------------------------

PAYLOAD = "x'}) DETACH DELETE n //"


def test_an_actor_named_like_cypher_is_stored_verbatim_and_deletes_nothing(backend, sample):
    hostile = Actor.new(PAYLOAD, "organization", aliases=['"]) MATCH (m) DETACH DELETE m //', "$param `tick` \\"])
    batch = sample.batch()
    batch.actors.append(hostile)
    batch.claims.append(Claim(hostile.id, "CRITICISM", "state:IRN", sample.article.id, evidence=PAYLOAD,
                              properties={"quote": "'; MATCH (n) DETACH DELETE n; //"}))

    backend.write(batch)

    stored = backend.get_actor(hostile.id)
    assert stored.name == PAYLOAD
    assert stored.aliases == hostile.aliases
    assert backend.counts() == Counts(actors=9, relations=7, claims=8, sources=2)
    [criticism] = backend.claims(hostile.id)
    assert criticism.evidence == PAYLOAD and criticism.properties["quote"].startswith("';")


def test_a_relation_type_outside_the_ontology_is_refused_before_reaching_the_database(backend, sample, statement_log):
    backend.write(sample.batch())
    log_from = len(statement_log)
    smuggled = Claim("state:IRN", "ALLY]->(m) DETACH DELETE m //", "state:TJK", sample.article.id)

    with pytest.raises(OntologyError, match="unknown predicate"):
        backend.write(Batch([], [], [smuggled]))

    sent = statement_log[log_from:]
    assert not any("DETACH" in s or "ALLY" in s for s in sent)
    assert not any(WRITE_STATEMENT.search(s) for s in sent)
    assert backend.counts() == Counts(actors=8, relations=6, claims=7, sources=2)


# -- the two backends side by side ---------------------------------------------------------------


@pytest.mark.neo4j
def test_both_backends_hold_the_same_graph_after_the_same_writes(embedded_backend, neo4j_backend, sample,
                                                                 two_spellings):
    short, batch = two_spellings
    for store in (embedded_backend, neo4j_backend):
        store.write(batch)
        store.merge(sample.minister.id, short.id)
        store.write(Batch([], [Source("src:extra", title="Late note")],
                          [Claim("state:TUR", "COOPERATION", "state:IRN", "src:extra", date="2024-02")]))

    embedded, neo4j = view_of(embedded_backend), view_of(neo4j_backend)

    assert nodes(embedded) == nodes(neo4j)
    assert edges(embedded) == edges(neo4j)
    assert embedded_backend.sources() == neo4j_backend.sources()
    assert embedded_backend.counts() == neo4j_backend.counts()


def test_the_store_view_reads_each_actor_and_pair_as_the_whole_view_has_them(backend, sample):
    from diplograph.graph.store_view import StoreView

    backend.write(sample.batch())
    whole = view_of(backend)
    for node in whole:
        lazy = StoreView(backend)
        assert lazy.nodes[node] == whole.nodes[node]
        assert [(o, list(e.items())) for o, e in lazy._succ[node].items()] == \
               [(o, list(e.items())) for o, e in whole._succ[node].items()]
        assert [(o, list(e.items())) for o, e in lazy._pred[node].items()] == \
               [(o, list(e.items())) for o, e in whole._pred[node].items()]
        for other in whole._succ[node]:
            assert StoreView(backend)._succ[node][other] == whole._succ[node][other]
        assert not lazy.loaded
    lazy = StoreView(backend)
    assert edges(lazy) == edges(whole) and nodes(lazy) == nodes(whole)


def test_the_store_view_reads_many_relations_at_once_as_the_whole_view_has_them(backend, sample):
    from diplograph.graph.store_view import StoreView

    backend.write(sample.batch())
    whole = view_of(backend)
    keys = [(u, key, v) for u, v, key in whole.edges(keys=True)]
    assert len(keys) > 1
    lazy = StoreView(backend)
    lazy.read_actors(whole.nodes)
    lazy.read_relations(keys + [("state:nowhere", "BORDERS", keys[0][2])])  # a relation no store has
    backend.clear()  # read already: nothing more is read
    for u, key, v in keys:
        assert lazy.relation(u, v, key) == whole._succ[u][v][key]
    assert not lazy.loaded


def test_the_claims_of_a_source_are_read_as_the_whole_view_has_them(backend, sample):
    backend.write(sample.batch())
    whole = view_of(backend)
    listed = [c for _, _, data in whole.edges(data=True) for c in data["claims"]]
    for source in backend.sources():
        expected = sorted((c.id, c) for c in listed if c.source_id == source.id)
        assert expected and sorted((c.id, c) for c in backend.source_claims(source.id)) == expected
    assert backend.source_claims("no such source") == []


def test_an_actor_is_read_a_page_of_relations_at_a_time_with_the_aggregates_of_every_claim(backend, sample):
    from diplograph.core import DiploGraph
    from diplograph.graph.model import RelationSummary, aggregate

    backend.write(sample.batch())
    graph = DiploGraph(backend)
    for actor in sorted({c.subject for c in backend.claims()}):
        every = aggregate(backend.claims(actor))
        total, page = graph.relations_page(actor, offset=1, limit=2, claims=1)
        assert total == len(every)
        assert [(r.subject, r.predicate, r.object) for r in page] == \
               [(r.subject, r.predicate, r.object) for r in every[1:3]]
        for shown, full in zip(page, every[1:3]):
            assert shown.claims == full.claims[:1]
            assert (shown.n_sources, shown.first_date, shown.last_date, shown.modality) == \
                   (full.n_sources, full.first_date, full.last_date, full.modality)
            assert isinstance(shown, RelationSummary) == (len(full.claims) > 1)
