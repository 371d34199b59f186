"""``push --bulk``'s CSV export names a file for the import tool's slower multi-line parsing only
when a field in it holds a line break, and the tool gets the JVM options that fit the import's
size (the import itself is tested against the real server in tests/contract/test_neo4j_bulk.py)."""

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


def options_given_to_the_import_tool(tmp_path, monkeypatch, relations: int) -> str:
    """The JVM options ``run_import`` hands the import script for an import of ``relations``
    (a stand-in script records them: the import itself is tested against the real server)."""
    from diplograph.graph.bulk import ExportReport, run_import

    seen = tmp_path / "options.txt"
    script = tmp_path / "neo4j.sh"
    script.write_text(f'printf %s "${{DIPLOGRAPH_NEO4J_IMPORT_JAVA_OPTIONS-unset}}" > {seen}\n'
                      'echo "IMPORT DONE in 1s 5ms."\n')
    monkeypatch.setenv("DIPLOGRAPH_NEO4J_SCRIPT", str(script))
    report = ExportReport(tmp_path, relations=relations)
    assert run_import(report) == 1.005
    return seen.read_text()


def test_a_small_import_runs_on_the_quick_compiler_and_a_big_one_on_the_optimising_one(tmp_path, monkeypatch):
    monkeypatch.delenv("DIPLOGRAPH_NEO4J_IMPORT_JAVA_OPTIONS", raising=False)
    assert options_given_to_the_import_tool(tmp_path, monkeypatch, 100_000) == "-XX:TieredStopAtLevel=1"
    assert options_given_to_the_import_tool(tmp_path, monkeypatch, 1_000_000) == "unset"


def test_the_import_tools_options_can_be_given(tmp_path, monkeypatch):
    monkeypatch.setenv("DIPLOGRAPH_NEO4J_IMPORT_JAVA_OPTIONS", "")
    assert options_given_to_the_import_tool(tmp_path, monkeypatch, 100_000) == ""
