"""Cold start (issue 14): what every command makes of the shipped YAML files is kept as JSON in the
user's cache folder, named by the hash of the data and code it was made from.

The gazetteer and the question grammar's word tries come out of the cache exactly as they come out
of the YAML; a changed data file (or a changed reader) is read from the YAML again; a cache that
cannot be written, or a cache file cut short, changes nothing but speed; and a cold question asked
with the cache answers as it answers without it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from diplograph import datacache
from diplograph.gazetteer import Gazetteer, _gazetteer_from_yaml, load_gazetteer
from diplograph.queries import grammar as grammar_module

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("DIPLOGRAPH_CACHE_DIR", str(folder))
    return folder


def _fresh_gazetteer() -> Gazetteer:
    load_gazetteer.cache_clear()
    try:
        return load_gazetteer()
    finally:
        load_gazetteer.cache_clear()


def _same(first: Gazetteer, second: Gazetteer) -> bool:
    return list(first) == list(second) and {k: [tuple(h) for h in v] for k, v in first._index.items()} == \
        {k: [tuple(h) for h in v] for k, v in second._index.items()}


def test_the_gazetteer_read_back_from_the_cache_is_the_one_made_from_the_yaml(cache_dir):
    made = _fresh_gazetteer()
    assert [p.name for p in cache_dir.glob("gazetteer-*.json")] != []
    again = _fresh_gazetteer()
    reference = _gazetteer_from_yaml()
    assert _same(made, reference) and _same(again, reference)
    for text in ("Türkiye", "Dushanbe", "Congolese", "ISIS-K", "Gyumri"):
        assert [(e.id, k) for e, k in again.candidates(text, {"name", "alias", "demonym", "capital", "place"})] == \
            [(e.id, k) for e, k in reference.candidates(text, {"name", "alias", "demonym", "capital", "place"})]


def test_a_cached_result_is_made_again_when_a_file_it_was_made_from_changes(cache_dir):
    calls = []

    def make():
        calls.append(1)
        return {"aliases": ["Ruritania"]}

    assert datacache.cached("demo-table", [b"- name: Ruritania\n", b"reader v1"], make) == {"aliases": ["Ruritania"]}
    datacache.cached("demo-table", [b"- name: Ruritania\n", b"reader v1"], make)
    assert len(calls) == 1  # the second process reads it back
    datacache.cached("demo-table", [b"- name: Ruritania\n- name: Freedonia\n", b"reader v1"], make)
    datacache.cached("demo-table", [b"- name: Ruritania\n", b"reader v2"], make)
    assert len(calls) == 3  # new data, then new code: made again each time
    for version in range(10):
        datacache.cached("demo-table", [f"reader v{version + 3}".encode()], make)
    assert len(list(cache_dir.glob("demo-table-*.json"))) == datacache.KEPT  # the oldest are removed


def test_the_gazetteer_is_made_again_when_one_of_its_data_files_is_edited(cache_dir, monkeypatch):
    _fresh_gazetteer()
    first = {p.name for p in cache_dir.glob("gazetteer-*.json")}
    real = Path.read_bytes

    def edited(path):  # as if states.yaml had been edited since the cache was written
        data = real(path)
        return data + b"\n# edited\n" if Path(path).name == "states.yaml" else data

    monkeypatch.setattr(Path, "read_bytes", edited)
    _fresh_gazetteer()
    second = {p.name for p in cache_dir.glob("gazetteer-*.json")}
    assert second and second != first


def test_a_cache_file_cut_short_or_an_unwritable_cache_only_costs_time(cache_dir, tmp_path, monkeypatch):
    reference = _gazetteer_from_yaml()
    _fresh_gazetteer()
    (written,) = cache_dir.glob("gazetteer-*.json")
    written.write_bytes(written.read_bytes()[:1000])
    assert _same(_fresh_gazetteer(), reference)
    json.loads(written.read_bytes())  # and the file was made whole again
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("DIPLOGRAPH_CACHE_DIR", str(blocked / "cache"))
    assert _same(_fresh_gazetteer(), reference)
    monkeypatch.setenv("DIPLOGRAPH_CACHE_DIR", "off")
    assert _same(_fresh_gazetteer(), reference)


def _grammar_sources(cache: str, monkeypatch) -> list[str]:
    monkeypatch.setenv("DIPLOGRAPH_CACHE_DIR", cache)
    grammar_module.load_grammar.cache_clear()
    grammar_module._trie_regex.cache_clear()
    grammar_module._MADE_TRIES.clear()
    try:
        grammar = grammar_module.load_grammar()
        return [p.regex.pattern for form in grammar.forms for p in form.patterns[:2]]
    finally:
        grammar_module.load_grammar.cache_clear()
        grammar_module._trie_regex.cache_clear()


def test_the_grammar_compiled_with_cached_tries_is_the_grammar_compiled_without(cache_dir, monkeypatch):
    without = _grammar_sources("off", monkeypatch)
    first = _grammar_sources(str(cache_dir), monkeypatch)
    assert list(cache_dir.glob("grammar-tries-*.json"))
    from_cache = _grammar_sources(str(cache_dir), monkeypatch)
    assert without == first == from_cache


def test_a_cold_question_answers_the_same_with_and_without_the_cache(tmp_path):
    facts = tmp_path / "facts.csv"
    facts.write_text("subject,predicate,object\nFrance,ARMS_TRANSFER,Greece\nItaly,CO_PRODUCTION,Greece\n"
                     "Greece,ARMS_TRANSFER,Cyprus\n", encoding="utf-8")
    store = tmp_path / "graph.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DIPLOGRAPH_CACHE_DIR": str(tmp_path / "cache")}

    def run(*args, cache):
        env["DIPLOGRAPH_CACHE_DIR"] = cache
        done = subprocess.run([sys.executable, "-m", "diplograph", "--store", str(store), *args], env=env,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        return done.stdout

    run("ingest", str(facts), cache="off")
    for question in (["ask", "Who supplies arms to Greece?"], ["suppliers", "Greek"]):
        plain = run(*question, cache="off")
        assert "France" in plain and "Italy" in plain and "Cyprus" not in plain  # Cyprus buys from Greece
        assert run(*question, cache=str(tmp_path / "cache")) == plain  # the cache made
        assert run(*question, cache=str(tmp_path / "cache")) == plain  # the cache read


@pytest.mark.parametrize("question, regions, rest", [
    ("Which Central Asian countries buy drones from Ruritania?", ["Central Asia"], "Which countries buy drones from Ruritania?"),
    ("who armed the gulf states in 2020?", ["Gulf states"], "who armed the states in 2020?"),
    ("Which Gulf state hosts Freedonian troops?", ["Gulf states"], "Which state hosts Freedonian troops?"),
    ("Is Ruritania a Gulf state?", [], "Is Ruritania a Gulf state?"),  # said of a name, not asked for
    ("Who supplies arms to Ruritania?", [], "Who supplies arms to Ruritania?"),
    ("Which Central Asian countries buy from Türkiye?", ["Central Asia"], "Which countries buy from Türkiye?"),
    ("Which Nordic and Baltic members back Ruritania?", ["Nordic countries or Baltic states"], "Which countries back Ruritania?"),
    ("sahel bayraktar customers", ["Sahel"], "bayraktar customers"),
])
def test_region_words_are_found_with_only_the_patterns_of_the_regions_the_question_names(question, regions, rest):
    """A region's pattern is compiled only when all its words are in the question (ASCII questions);
    the regions found and the question left are what every pattern would give."""
    from diplograph.queries.named import _region_words

    left, found = _region_words(question)
    assert [r.name for r in found] == regions and left == rest
