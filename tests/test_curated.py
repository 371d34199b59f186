"""Curated facts: analysts write CSV or YAML by hand; a bad row rejects the whole file, naming the line."""

import pytest

from diplograph.core import DiploGraph

HEADER = "subject,predicate,object,date,modality,source,evidence,subject_type,object_type\n"


@pytest.fixture
def graph(tmp_path):
    with DiploGraph.open(store=tmp_path / "graph.db") as g:
        yield g


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return path


def test_a_csv_of_facts_resolves_names_through_the_gazetteer(graph, tmp_path):
    facts = write(tmp_path, "facts.csv", HEADER +
                  "Iran,co_production,Dushanbe,17 May 2022,,https://example.org/plant,Iran opened a plant.,,\n"
                  "Ankara,RIVALRY,Tehran,,reported,,,,\n")
    report = graph.ingest(facts)
    assert report.ok, report.errors
    assert graph.actor("Tajikistan").id == "state:TJK"
    [plant] = graph.relations("Iran")[0:1]
    assert (plant.predicate, plant.object, plant.first_date, plant.modality) == (
        "CO_PRODUCTION", "state:TJK", "2022-05-17", "asserted")
    rivalry = [r for r in graph.relations("Turkey") if r.predicate == "RIVALRY"]
    assert rivalry and rivalry[0].modality == "reported"


def test_the_cited_source_of_each_fact_counts_as_its_own_source(graph, tmp_path):
    facts = write(tmp_path, "facts.csv", HEADER +
                  "Kyrgyzstan,BORDERS,Tajikistan,,,https://a.example/1,,,\n"
                  "Tajikistan,BORDERS,Kyrgyzstan,,,https://b.example/2,,,\n")
    graph.ingest(facts)
    [border] = graph.relations("Kyrgyzstan")
    assert border.n_sources == 2  # one symmetric relation, two independent sources


def test_unknown_actors_need_a_type_unless_the_predicate_allows_only_one(graph, tmp_path):
    ok = write(tmp_path, "ok.csv", HEADER + "Acme Drones,MANUFACTURES,Sky Lance,,,,,company,\n")
    assert graph.ingest(ok).ok
    assert graph.actor("Sky Lance").type == "weapon"  # MANUFACTURES only takes weapons as object
    missing = write(tmp_path, "missing.csv", HEADER + "Acme Drones,ARMS_TRANSFER,Nowhere Land,,,,,company,\n")
    [error] = graph.ingest(missing).errors
    assert error.startswith(f"{missing}:2:") and "object_type" in error


@pytest.mark.parametrize("bad_row, line, reason", [
    ("Iran,SELLS_TO,Tajikistan,,,,,,", 3, "unknown predicate 'SELLS_TO'"),
    ("Iran,AID,Tajikistan,2022-13-01,,,,,", 3, "not a valid date"),
    ("Iran,AID,Tajikistan,,rumoured,,,,", 3, "unknown modality 'rumoured'"),
    ("Iran,AID,Tajikistan", 3, "expected 9 fields, found 3"),
    ("Iran,MANUFACTURES,Tajikistan,,,,,,", 3, "MANUFACTURES cannot link a state"),
    (",AID,Tajikistan,,,,,,", 3, "the subject is empty"),
    ("Iran,AID,Iran,,,,,,", 3, "the same actor"),
    ("Iran,AID,Tajikistan,,,,,planet,", 3, "unknown actor type 'planet'"),
])
def test_one_bad_row_rejects_the_whole_file_with_its_line(graph, tmp_path, bad_row, line, reason):
    facts = write(tmp_path, "facts.csv", HEADER + "Turkey,ARMS_TRANSFER,Kyrgyzstan,2021,,,,,\n" + bad_row + "\n")
    report = graph.ingest(facts)
    [error] = report.errors
    assert error.startswith(f"{facts}:{line}: ") and reason in error
    assert graph.counts().claims == 0  # the good first row was not written either


def test_a_header_without_the_required_columns_is_refused(graph, tmp_path):
    facts = write(tmp_path, "facts.csv", "from,to\nIran,Tajikistan\n")
    [error] = graph.ingest(facts).errors
    assert f"{facts}:1:" in error and "subject" in error and "predicate" in error


def test_files_that_are_not_utf8_text_are_refused_with_what_to_do(graph, tmp_path):
    latin1 = write(tmp_path, "latin1.csv", HEADER + "Turkey,ARMS_TRANSFER,Kyrgyzstan,,,,Türkiye sold drones,,\n",
                   encoding="latin-1")
    binary = write(tmp_path, "binary.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    empty = write(tmp_path, "empty.csv", "")
    report = graph.ingest(latin1, binary, empty)
    errors = "\n".join(report.errors)
    assert f"{latin1}:2: not UTF-8" in errors and "save the file as UTF-8" in errors
    assert f"{binary}: looks like a binary file" in errors
    assert f"{empty}: the file is empty" in errors
    assert graph.counts().claims == 0


def test_a_bom_is_accepted(graph, tmp_path):
    facts = write(tmp_path, "bom.csv", "\ufeff" + HEADER + "Turkey,ARMS_TRANSFER,Kyrgyzstan,,,,,,\n")
    assert graph.ingest(facts).ok and graph.counts().claims == 1


def test_yaml_facts_with_properties_and_aliases(graph, tmp_path):
    facts = write(tmp_path, "facts.yaml", """
facts:
  - subject: Baykar
    subject_type: company
    subject_aliases: [Baykar Defense]
    predicate: ARMS_TRANSFER
    object: Kyrgyzstan
    date: 2021-11
    weapon: Bayraktar TB2
    evidence: Kyrgyzstan bought TB2 drones.
""")
    assert graph.ingest(facts).ok
    baykar = graph.actor("Baykar Defense")
    [sale] = graph.relations(baykar.id)
    assert sale.claims[0].properties == {"weapon": "Bayraktar TB2"}
    assert sale.claims[0].date_precision == "month"


def test_malformed_yaml_names_its_line(graph, tmp_path):
    facts = write(tmp_path, "facts.yaml", "facts:\n  - subject: Iran\n    predicate: [AID\n")
    [error] = graph.ingest(facts).errors
    assert error.startswith(f"{facts}:") and "malformed YAML" in error


def test_yaml_fact_with_an_unknown_key_names_the_fact_line(graph, tmp_path):
    facts = write(tmp_path, "facts.yaml",
                  "- {subject: Iran, predicate: AID, object: Tajikistan}\n- {subject: Iran, predicat: AID}\n")
    [error] = graph.ingest(facts).errors
    assert error.startswith(f"{facts}:2:") and "predicat" in error


def test_hostile_strings_are_stored_verbatim(graph, tmp_path):
    hostile = "<img src=x onerror=alert(1)> href"
    facts = write(tmp_path, "facts.csv", HEADER + f'"{hostile}",ARMS_TRANSFER,"x\'}}) DETACH DELETE n //",,,,,company,state\n')
    assert graph.ingest(facts).ok
    names = {a.name for a in graph.actors()}
    assert hostile in names and "x'}) DETACH DELETE n //" in names


def test_loading_the_same_file_twice_changes_nothing(graph, tmp_path):
    facts = write(tmp_path, "facts.csv", HEADER + "Turkey,ARMS_TRANSFER,Kyrgyzstan,2021,,,,,\n")
    graph.ingest(facts)
    first = (graph.counts(), graph.actors())
    report = graph.ingest(facts)
    assert (graph.counts(), graph.actors()) == first and report.claims == 0
