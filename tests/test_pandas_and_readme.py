"""The notebook as a workspace: query results print as text tables outside Jupyter, turn into
pandas DataFrames, and the README's Python snippet runs as written."""

from __future__ import annotations

import re
import shutil
from importlib import resources
from pathlib import Path

import pytest

from diplograph import queries
from diplograph.queries.example import example_view

README = Path(__file__).resolve().parents[1] / "README.md"


def test_results_print_as_a_text_table(capsys):
    print(queries.suppliers(example_view(), "Caldor"))
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:4] == ["actor", "type", "relations", "confirmed"]
    assert set(lines[1]) <= {"-", " "} and lines[2].startswith("Borvia ")
    assert str(queries.suppliers(example_view(), "Red Hand")) == "nothing found"


def test_results_and_paths_convert_to_pandas():
    pandas = pytest.importorskip("pandas")
    found = queries.suppliers(example_view(), "Caldor")
    frame = found.to_pandas()
    assert isinstance(frame, pandas.DataFrame) and list(frame["actor"]) == ["Borvia", "Kestrel Dynamics"]
    assert frame.columns[0] == "actor" and len(frame) == len(found)
    path = queries.shortest_path(example_view(), "Red Hand", "Eskar")
    hops = path.to_pandas()
    assert len(hops) == path.length and "Red Hand" in str(path)


def test_the_readme_python_snippet_runs(tmp_path, monkeypatch):
    pytest.importorskip("pandas")
    [snippet] = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
    (tmp_path / "facts.csv").write_text(
        "subject,predicate,object,date,source,evidence\n"
        "Iran,CO_PRODUCTION,Tajikistan,2022-05,https://example.org/a,Iran opened a drone plant in Tajikistan.\n"
        "Turkey,ARMS_TRANSFER,Tajikistan,2022,https://example.org/b,Turkey sold drones to Tajikistan.\n", encoding="utf-8")
    reports = tmp_path / "reports"
    reports.mkdir()
    for brief in resources.files("diplograph.examples").joinpath("briefs").iterdir():
        shutil.copy(str(brief), reports / brief.name)
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(snippet, "README.md", "exec"), namespace)  # the snippet as an analyst would paste it
    assert [s.actor.name for s in namespace["suppliers"]][:1] and (tmp_path / "analysis.db").exists()
