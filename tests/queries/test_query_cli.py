"""The query commands as an analyst runs them: tables, JSON, CSV, errors, help."""

import csv
import io
import json

import pytest
from click.testing import CliRunner

from diplograph.cli import main


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from query_world import World

    w = World(tmp_path_factory.mktemp("cli") / "cli.db")
    w.actor("Norland", "state", "Norlandic")
    w.actor("Parva", "state")
    w.actor("Quell", "state")
    w.actor("Ostia", "state")
    w.actor("Pact [bold]X[/bold]", "organization", "PX")
    w.source("a", published="2021-04-01", publisher="Alpha Times")
    w.source("b", published="2023-09-01", publisher="Beta Wire")
    w.say("Norland", "ARMS_TRANSFER", "Parva", "a", date="2021", weapon="Hawk-7",
          sentence="Norland sold [red]Hawk-7[/red] drones to Parva.")
    w.say("Ostia", "ARMS_TRANSFER", "Quell", "b", date="2023")
    w.say("Norland", "ARMS_TRANSFER", "Quell", "b", date="2023", modality="denied")
    w.say("Norland", "ARMS_TRANSFER", "Quell", "a", date="2021")
    w.say("Parva", "ARMED_CLASH", "Quell", "b", date="2023-02")
    w.say("Norland", "RIVALRY", "Ostia", "a")
    w.say("Parva", "MEMBER_OF", "Pact [bold]X[/bold]", "a", date="2010")
    w.say("Quell", "MEMBER_OF", "Pact [bold]X[/bold]", "b", date="2024", modality="planned")
    w.graph().close()
    return w.path


def run(store, *args):
    """Run ``diplograph --store STORE ARGS`` as the console script does; (exit code, stdout, stderr)."""
    runner = CliRunner()
    with runner.isolation() as streams:
        try:
            main(["--store", str(store), *args])
            code = 0
        except SystemExit as stop:
            code = stop.code
    return code, streams[0].getvalue().decode(), streams[1].getvalue().decode()


def test_suppliers_as_json_carry_every_claim_and_source(store):
    code, out, _ = run(store, "suppliers", "Parva", "--format", "json")
    assert code == 0
    [tie] = json.loads(out)
    assert tie["actor"]["name"] == "Norland"
    claim = tie["links"][0]["evidence"][0]
    assert claim["source"]["publisher"] == "Alpha Times" and claim["properties"] == {"weapon": "Hawk-7"}


def test_suppliers_as_csv(store):
    code, out, _ = run(store, "suppliers", "Quell", "--format", "csv", "--all-modalities")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert [r["actor"] for r in rows] == ["Norland", "Ostia"]
    assert rows[0]["confirmed"] == "yes" and rows[0]["sources"] == "2"


def test_tables_print_source_text_literally_never_as_markup(store):
    code, out, _ = run(store, "suppliers", "Parva")
    assert code == 0
    assert "[red]Hawk-7[/red]" in out
    code, out, _ = run(store, "members", "PX")
    assert "Pact [bold]X[/bold]" in out


def test_names_resolve_through_aliases(store):
    code, out, _ = run(store, "recipients", "Norlandic", "--format", "json")
    assert code == 0 and [t["actor"]["name"] for t in json.loads(out)] == ["Parva", "Quell"]


def test_an_unknown_actor_is_one_clear_error(store):
    code, out, err = run(store, "partners", "Norlnd")
    assert code == 1 and out == ""
    assert "no actor called 'Norlnd'" in err and "Norland" in err and "Traceback" not in err


def test_a_bad_option_is_one_clear_error(store):
    code, _, err = run(store, "suppliers", "Parva", "--since", "next spring")
    assert code == 1 and "since: not a date" in err
    code, _, err = run(store, "neighbours", "Parva", "--predicate", "SELLS")
    assert code == 1 and "unknown predicate 'SELLS'" in err


@pytest.mark.parametrize("args, expected", [
    (["neighbours", "Parva", "--depth", "2"], "Ostia"),
    (["path", "Parva", "Ostia", "-k", "2"], "ARMED_CLASH"),
    (["concentration", "Quell"], "HHI 5000 over 2 suppliers"),
    (["concentration", "Parva"], "HHI 10000 over 1 suppliers"),
    (["partners", "Parva"], "Norland"),
    (["adversaries", "Parva"], "Quell"),
    (["proxies"], "Ostia"),
    (["brokers"], "Norland"),
    (["blocs"], "bloc"),
    (["timeline", "Quell"], "Beta Wire"),
    (["changes", "--from", "2022", "--to", "2024"], "appeared"),
    (["evidence", "Norland", "ARMS_TRANSFER", "Quell"], "denied"),
    (["evidence", "Parva", "any", "Quell"], "ARMED_CLASH"),
    (["contradictions"], "Report b (Beta Wire)"),
    (["members", "PX", "--at", "2012"], "Parva"),
])
def test_each_command_answers_in_a_table(store, args, expected):
    code, out, err = run(store, *args)
    assert code == 0, err
    assert expected in out


@pytest.mark.parametrize("command", ["neighbours", "path", "suppliers", "recipients", "concentration", "partners",
                                     "adversaries", "proxies", "brokers", "blocs", "timeline", "changes",
                                     "evidence", "contradictions", "members", "ask"])
def test_every_command_has_help_with_examples(store, command):
    code, out, _ = run(store, command, "--help")
    assert code == 0 and "Examples:" in out and f"diplograph {command}" in out


@pytest.mark.parametrize("command", ["neighbours Parva", "path Parva Ostia", "timeline Parva", "members PX",
                                     "contradictions", "changes --from 2020 --to 2024"])
def test_json_and_csv_outputs_parse(store, command):
    code, out, _ = run(store, *command.split(), "--format", "json")
    assert code == 0 and json.loads(out) is not None
    code, out, _ = run(store, *command.split(), "--format", "csv")
    assert code == 0 and len(list(csv.reader(io.StringIO(out)))) >= 1


def test_evidence_in_the_wrong_direction_says_which_way_to_ask(store):
    code, out, _ = run(store, "evidence", "Parva", "ARMS_TRANSFER", "Norland")
    assert code == 0 and "try: diplograph evidence 'Norland' ARMS_TRANSFER 'Parva'" in out


class TestAsk:
    def test_json_has_answers_flagged_query_and_evidence(self, store):
        code, out, _ = run(store, "ask", "--format", "json", "Who supplies drones to Quell?")
        reply = json.loads(out)
        assert code == 0
        assert sorted(a["name"] for a in reply["answers"]) == ["Norland", "Ostia"]
        assert {"id", "type", "aliases"} <= set(reply["answers"][0])
        assert reply["query"]["function"] == "suppliers"
        assert {e["modality"] for e in reply["evidence"]} == {"asserted", "denied"}

    def test_text_shows_answers_with_their_evidence(self, store):
        code, out, _ = run(store, "ask", "Who supplies drones to Parva?")
        assert code == 0
        assert "Norland (state)" in out and "Alpha Times" in out and "[red]Hawk-7[/red]" in out

    def test_applicants_are_shown_apart(self, store):
        code, out, _ = run(store, "ask", "Who are the members of PX?")
        assert "Flagged, not counted as answers:" in out and "Quell (state): applicant" in out

    def test_a_question_it_cannot_read_exits_non_zero_with_no_answers(self, store):
        code, out, _ = run(store, "ask", "--format", "json", "What is the population of Parva?")
        reply = json.loads(out)
        assert code == 2 and reply["answers"] == [] and reply["understood"] is False and reply["suggestions"]
        code, out, _ = run(store, "ask", "What is the population of Parva?")
        assert code == 2 and "did not understand" in out

    def test_an_empty_question_is_refused(self, store):
        code, _, err = run(store, "ask", "  ")
        assert code == 1 and "ask needs a question" in err
