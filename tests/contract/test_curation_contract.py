"""The curation part of the backend contract, run on both backends: records kept beside the
claims, replaced by id (how an act is undone), applied by every reader, holding when the same
batch is written again, and copied by ``push``."""

from __future__ import annotations

from diplograph.cli.neo4j_commands import push_store
from diplograph.core import DiploGraph
from diplograph.graph.curation import Curations, new_record
from diplograph.graph.view import view_of


def record(act, claim, **fields):
    return new_record(act, claim.id, fields, who="ana", why=f"{act} test", claim=claim)


def test_records_come_back_as_written_and_an_undo_replaces_its_record(backend, sample):
    backend.write(sample.batch())
    factory = sample.claims[0]
    reject, note = record("reject", factory), record("note", factory, text="«Ababil-2» <b>")
    backend.record_curations([reject, note])
    assert sorted(backend.curations(), key=lambda r: r.id) == sorted([reject, note], key=lambda r: r.id)
    backend.record_curations([reject.undone("bo", "a second look")])
    [undone] = [r for r in backend.curations() if r.id == reject.id]
    assert (undone.active, undone.undone_by, undone.undone_why) == (False, "bo", "a second look")
    assert len(backend.curations()) == 2


def test_get_claim_reads_one_stored_claim(backend, sample):
    backend.write(sample.batch())
    stored = backend.claims()[0]
    assert backend.get_claim(stored.id) == stored
    assert backend.get_claim("claim:nothing") is None


def test_the_view_applies_the_records_and_they_hold_when_the_batch_is_written_again(backend, sample):
    backend.write(sample.batch())
    claims = {(c.subject, c.predicate, c.object, c.source_id): c for c in backend.claims()}
    factory = claims[(sample.iran.id, "CO_PRODUCTION", sample.tajikistan.id, sample.article.id)]
    transfer = claims[(sample.turkiye.id, "ARMS_TRANSFER", sample.tajikistan.id, sample.dataset.id)]
    backend.record_curations([record("reject", factory), record("correct", transfer, modality="denied")])
    backend.write(sample.batch())  # loading the same sources again
    view = view_of(backend)
    [left] = view.edges[sample.iran.id, sample.tajikistan.id, "CO_PRODUCTION"]["claims"]
    assert left.source_id == sample.dataset.id  # the article's claim is rejected, the dataset's stays
    [fixed] = view.edges[sample.turkiye.id, sample.tajikistan.id, "ARMS_TRANSFER"]["claims"]
    assert fixed.modality == "denied" and fixed.id == transfer.id
    assert view.graph["curations"].status(transfer.id) == "corrected"
    assert [c.id for c, _ in view.graph["curations"].rejected] == [factory.id]


def test_clear_deletes_the_records_too(backend, sample):
    backend.write(sample.batch())
    backend.record_curations([record("confirm", backend.claims()[0])])
    backend.clear()
    assert backend.curations() == []


def test_push_copies_the_records_and_neo4j_applies_them(embedded_backend, neo4j_backend, sample):
    embedded_backend.write(sample.batch())
    factory = next(c for c in embedded_backend.claims() if c.source_id == sample.article.id and c.predicate == "CO_PRODUCTION")
    embedded_backend.record_curations([record("reject", factory)])
    push_store(embedded_backend, neo4j_backend)
    assert neo4j_backend.curations() == embedded_backend.curations()
    on_neo4j, on_disk = DiploGraph(neo4j_backend), DiploGraph(embedded_backend)
    assert [r.n_sources for r in on_neo4j.relations("Iran")] == [r.n_sources for r in on_disk.relations("Iran")] == [1]
    assert sorted(on_neo4j.nx.edges(keys=True)) == sorted(on_disk.nx.edges(keys=True))
    assert Curations(neo4j_backend.curations()).merged == {}
