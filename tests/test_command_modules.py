"""The CLI imports a command's module when the command runs: the map it reads that from must
name every command each module defines, and `ingest` must start without the graph libraries."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from diplograph.cli.main import COMMAND_MODULES, cli

ROOT = Path(__file__).resolve().parent.parent


def test_every_command_is_listed_under_the_module_that_defines_it():
    for module in COMMAND_MODULES:
        importlib.import_module(f"diplograph.cli.{module}")
    defined: dict[str, set[str]] = {}
    for name, command in cli.commands.items():
        defined.setdefault(command.callback.__module__.rsplit(".", 1)[1], set()).add(name)
    assert defined == {module: set(names) for module, names in COMMAND_MODULES.items()}
    files = {p.stem for p in (ROOT / "diplograph" / "cli").glob("*_commands.py")}
    assert files == set(COMMAND_MODULES)


def test_help_lists_every_command_and_a_typo_is_answered_with_a_suggestion():
    runner = CliRunner()
    listed = runner.invoke(cli, ["--help"]).output
    for name in ("ingest", "suppliers", "push", "review", "serve", "viz", "extract", "grade"):
        assert f"  {name}" in listed
    wrong = runner.invoke(cli, ["suplliers", "Iran"])
    assert wrong.exit_code != 0 and "suppliers" in wrong.output


def test_ingest_of_a_curated_file_imports_neither_networkx_nor_numpy(tmp_path):
    facts = tmp_path / "facts.csv"
    facts.write_text("subject,predicate,object\nIran,CO_PRODUCTION,Tajikistan\n", encoding="utf-8")
    script = ("import sys\nfrom diplograph.cli import main\n"
              "try:\n    main(['--store', sys.argv[1], 'ingest', '--quiet', sys.argv[2]])\nexcept SystemExit:\n    pass\n"
              "print(sorted(m for m in ('networkx', 'numpy') if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "g.db"), str(facts)], capture_output=True,
                          text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"
    shown = subprocess.run([sys.executable, "-c", script.replace("'ingest', '--quiet', sys.argv[2]", "'stats'"),
                            str(tmp_path / "g.db"), str(facts)], capture_output=True, text=True, cwd=ROOT,
                           env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert shown.returncode == 0, shown.stderr
    assert "networkx" in shown.stdout.strip().splitlines()[-1]  # a command that reads the graph still has it
