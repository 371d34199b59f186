"""Files that meet spreadsheets: CSV exports open as data, never as formulas, and curated CSVs
written by Excel (semicolons, a byte-order mark, day-first dates) load, or are refused with what
to change."""

import csv
import io

import pytest
from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.core import DiploGraph
from diplograph.spreadsheet import neutralise

FORMULA = '=HYPERLINK("http://evil.example/x","y")'


@pytest.fixture
def run(tmp_path):
    def invoke(store, *args):
        return CliRunner().invoke(cli, ["--store", str(store), *args], catch_exceptions=False)
    return invoke


@pytest.fixture
def hostile_store(tmp_path, run):
    """A graph whose sources quote formulas, as a scraped page or a careless sheet would."""
    facts = tmp_path / "facts.csv"
    with facts.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["subject", "predicate", "object", "date", "source", "evidence", "confidence"])
        writer.writerow(["Turkey", "ARMS_TRANSFER", "Kyrgyzstan", "2021", "https://example.org/a", FORMULA, "0.75"])
        writer.writerow(["Iran", "CO_PRODUCTION", "Tajikistan", "2022", "@SUM(1+1)", "-the plant opened", ""])
        writer.writerow(["Russia", "ARMS_TRANSFER", "Tajikistan", "2020", "Desk notes", "+7 drones", "1"])
    store = tmp_path / "hostile.db"
    assert run(store, "ingest", str(facts)).exit_code == 0
    return store


def cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_an_exported_formula_opens_as_text_and_numbers_stay_numbers(hostile_store, run):
    rows = cells(run(hostile_store, "export", "--format", "csv").output)
    flat = [cell for row in rows for cell in row]

    assert "'" + FORMULA in flat and FORMULA not in flat
    assert "'@SUM(1+1)" in flat and "'-the plant opened" in flat and "'+7 drones" in flat
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in flat)
    assert "0.75" in flat and "2021" in flat
    assert [neutralise(n) for n in ("-0.5", "+3", "1e-3")] == ["-0.5", "+3", "1e-3"]  # numbers stay numbers


def test_raw_csv_writes_the_cells_as_stored_and_both_forms_load_back_the_same(hostile_store, run, tmp_path):
    safe, raw = tmp_path / "safe.csv", tmp_path / "raw.csv"
    run(hostile_store, "export", "--format", "csv", "--out", str(safe))
    run(hostile_store, "export", "--format", "csv", "--raw-csv", "--out", str(raw))

    assert FORMULA in [c for row in cells(raw.read_text(encoding="utf-8")) for c in row]
    evidence = []
    for name, path in (("safe", safe), ("raw", raw)):
        store = tmp_path / f"{name}.db"
        assert run(store, "ingest", str(path)).exit_code == 0
        with DiploGraph.open(store=store) as graph:
            evidence.append(sorted(c.evidence for c in graph.backend.claims()))
    assert evidence[0] == evidence[1]
    assert FORMULA in evidence[0] and "-the plant opened" in evidence[0]


def test_a_query_in_csv_neutralises_its_cells_too(hostile_store, run):
    rows = cells(run(hostile_store, "timeline", "Kyrgyzstan", "--format", "csv").output)

    assert any(cell.startswith("'=HYPERLINK") for row in rows for cell in row)


EXCEL = ("sep=;\r\n"
         "subject;predicate;object;date;end_date;modality;source;evidence;confidence\r\n"
         "Turkey;ARMS_TRANSFER;Kyrgyzstan;17/05/2022;;;Desk notes;\"Drones; delivered\";0,8\r\n"
         "Iran;CO_PRODUCTION;Tajikistan;17-May-2022;31.12.2023;reported;;;\r\n")


def test_a_csv_saved_by_excel_in_a_european_locale_loads(run, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(b"\xef\xbb\xbf" + EXCEL.encode("utf-8"))
    store = tmp_path / "graph.db"

    result = run(store, "ingest", str(path))

    assert result.exit_code == 0, result.output
    with DiploGraph.open(store=store) as graph:
        claims = {c.predicate: c for c in graph.backend.claims()}
    transfer, plant = claims["ARMS_TRANSFER"], claims["CO_PRODUCTION"]
    assert (transfer.date, transfer.confidence, transfer.evidence) == ("2022-05-17", 0.8, "Drones; delivered")
    assert (plant.date, plant.end_date, plant.modality) == ("2022-05-17", "2023-12-31", "reported")


@pytest.mark.parametrize("date, advice", [
    ("05/17/2022", "reads as month first (MM/DD/YYYY), but dates here are day first: write 2022-05-17"),
    ("17/05/22", "two-digit year"),
    ("44698", "serial number for a date"),
])
def test_a_date_that_cannot_be_read_for_sure_is_refused_with_what_to_write(run, tmp_path, date, advice):
    path = tmp_path / "excel.csv"
    path.write_text(f"subject;predicate;object;date\nTurkey;ARMS_TRANSFER;Kyrgyzstan;{date}\n", encoding="utf-8")

    result = run(tmp_path / "graph.db", "ingest", str(path))

    assert result.exit_code == 1
    assert f"excel.csv:2: {date} " in result.output and advice in result.output


def test_a_csv_in_a_windows_code_page_is_refused_with_how_to_save_it(run, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes("subject;predicate;object\nTürkiye;ARMS_TRANSFER;Kyrgyzstan\n".encode("cp1252"))

    result = run(tmp_path / "graph.db", "ingest", str(path))

    assert result.exit_code == 1 and "CSV UTF-8" in result.output
