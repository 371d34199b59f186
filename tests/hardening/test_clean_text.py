"""Clean text everywhere it leaves: control characters and bidirectional overrides from file
names and sources are cleaned on the way in, never reach a terminal, and every GraphML and GEXF
export parses, even of a store written before the cleaning."""

import io
import json
import sqlite3

import networkx as nx
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.core import DiploGraph
from diplograph.exports import export_text

ESCAPES = "\x1b[2J\x1b]0;pwned\x07"
ARTICLE = "Kenya and Somalia signed a security agreement in Nairobi on 1 March 2024.\n"
HEADER = "subject,predicate,object,date,modality,source,evidence,subject_type,object_type\n"


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_a_control_character_file_name_is_clean_in_the_store_and_on_the_terminal(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / f"brief{ESCAPES}.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / f"empty{ESCAPES}.txt").write_text("", encoding="utf-8")
    store = tmp_path / "graph.db"
    ingest = run("--store", store, "ingest", folder)
    assert ingest.exit_code == 1
    assert "\x1b" not in ingest.output and "\x07" not in ingest.output
    assert "empty\\x1b[2J\\x1b]0;pwned\\x07.txt: the file is empty" in ingest.output
    with DiploGraph.open(store=store) as graph:
        [source] = graph.backend.sources()
        assert source.path == str(folder / f"brief{ESCAPES}.txt")  # it names the file: kept as it is
    show = run("--store", store, "show", "Kenya")
    assert show.exit_code == 0 and "\x1b" not in show.output and "\x07" not in show.output
    assert "brief\\x1b[2J\\x1b]0;pwned\\x07.txt" in show.output


def test_a_title_from_a_file_is_one_clean_line(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(f"<title>Kenya\u202e and{ESCAPES} Somalia\n sign</title><p>{ARTICLE}</p>", encoding="utf-8")
    with DiploGraph.open(store=tmp_path / "graph.db") as graph:
        assert graph.ingest(page).ok
        [source] = graph.backend.sources()
        assert source.title == "Kenya and[2J]0;pwned Somalia sign"


def test_bidirectional_overrides_are_removed_from_names(tmp_path):
    facts = tmp_path / "facts.csv"
    facts.write_text(HEADER + "Acme\u202egnp.exe Corp,ARMS_TRANSFER,Mali,2022,,,Acme\u202egnp.exe sold arms.,company,\n",
                     encoding="utf-8")
    with DiploGraph.open(store=tmp_path / "graph.db") as graph:
        assert graph.ingest(facts).ok
        [company] = graph.actors(type="company")
        assert company.name == "Acmegnp.exe Corp"
        [claim] = graph.backend.claims(company.id)
        assert claim.evidence == "Acmegnp.exe sold arms."


def dirty_store(path):
    """A store written before names were cleaned: control characters everywhere text goes."""
    with DiploGraph.open(store=path) as graph:
        graph.ingest_facts([("Kenya", "AGREEMENT", "Somalia")])
    db = sqlite3.connect(path)
    with db:
        db.execute("UPDATE actors SET name = ?, aliases = ? WHERE id = 'state:KEN'",
                   ("Ke\x1bnya\x00\x0b", json.dumps(["Al\x01ias", "\u202eX"])))
        db.execute("UPDATE claims SET evidence = ?", ("signed\x1b[31m \x08 a pact\ufffe",))
        db.execute("UPDATE sources SET title = ?, path = ?, kind = 'article'", ("ti\x02tle", "/in/a\x1b.txt"))
    db.close()


def test_graphml_and_gexf_of_any_store_parse(tmp_path):
    store = tmp_path / "graph.db"
    dirty_store(store)
    with DiploGraph.open(store=store) as graph:
        graphml = nx.read_graphml(io.BytesIO(export_text(graph, "graphml").encode("utf-8")))
        gexf = nx.read_gexf(io.BytesIO(export_text(graph, "gexf").encode("utf-8")))
    for read in (graphml, gexf):
        assert read.number_of_nodes() == 2 and read.number_of_edges() == 1
    names = {data["label"] for _, data in graphml.nodes(data=True)}
    assert "Kenya" in names and "Somalia" in names  # what XML forbids left out
    [(_, _, edge)] = graphml.edges(data=True)
    assert edge["evidence"] == "signed[31m  a pact" and edge["sources"] == "title"
    assert graphml.nodes["state:KEN"]["aliases"] == "Alias; \u202eX"


def test_json_lines_stay_one_line_each_whatever_the_text(tmp_path):
    store = tmp_path / "graph.db"
    dirty_store(store)
    db = sqlite3.connect(store)
    with db:  # characters str.splitlines() and JavaScript take for line breaks
        db.execute("UPDATE sources SET title = ?, path = ?", ("a\u2028b\u2029c", "/in/\x85.txt"))
    db.close()
    with DiploGraph.open(store=store) as graph:
        lines = export_text(graph, "jsonl").splitlines()
    records = [json.loads(line) for line in lines]
    [source] = [r for r in records if r["kind"] == "source"]
    assert (source["title"], source["path"]) == ("a\u2028b\u2029c", "/in/\x85.txt")


def test_show_of_a_dirty_store_prints_escapes_not_control_characters(tmp_path):
    store = tmp_path / "graph.db"
    dirty_store(store)
    result = run("--store", store, "show", "Somalia")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\\x1b" in result.output
