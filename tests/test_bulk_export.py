"""``push --bulk``'s CSV export names a file for the import tool's slower multi-line parsing only
when a field in it holds a line break (the import itself is tested against the real server in
tests/contract/test_neo4j_bulk.py)."""

from __future__ import annotations

from diplograph.graph.backends.embedded import EmbeddedBackend
from diplograph.graph.bulk import export_csv
from diplograph.graph.model import Actor, Batch, Claim, Source


def exported(tmp_path, evidence: str):
    store = EmbeddedBackend(tmp_path / "graph.db")
    store.write(Batch([Actor.new("Ruritania", "state"), Actor.new("Freedonia", "state")],
                      [Source("src:wire", title="A wire story")],
                      [Claim("state:ruritania", "COOPERATION", "state:freedonia", "src:wire", evidence=evidence)]))
    report = export_csv(store, tmp_path / "csv")
    store.close()
    return report


def test_files_without_line_breaks_are_read_as_plain_csv(tmp_path):
    report = exported(tmp_path, 'Ruritania and Freedonia signed a "framework" on grain.')
    assert report.multiline == []
    assert not [a for a in report.arguments() if a.startswith("--multiline")]


def test_only_the_files_with_a_line_break_in_a_field_are_read_as_multi_line(tmp_path):
    report = exported(tmp_path, "Ruritania and Freedonia signed\r\na framework.")
    assert report.multiline == ["claims.csv"]
    [files] = [a for a in report.arguments() if a.startswith("--multiline-fields=")]
    assert files == f"--multiline-fields={(tmp_path / 'csv' / 'claims.csv').resolve()}"
    assert "--multiline-fields-format=v2" in report.arguments()
