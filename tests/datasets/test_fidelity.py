"""Datasets said as they are: a class of goods is no weapon actor, one deal has one modality
whatever the predicate, and what a dataset says holds as of where it ends."""

from __future__ import annotations

import json

from click.testing import CliRunner

from diplograph.cli import cli
from diplograph.loaders.datasets.sipri import is_generic

HEADER = ("Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,"
          "Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,"
          "SIPRI TIV of delivered weapons\n")
ENGINES = (HEADER +
           "Tajikistan,Russia,2015,,20,,ship engine,ship engine,20,,2016,New,Produced under licence in Tajikistan,1,20,20\n"
           "Kyrgyzstan,Turkiye,2018,,6,,ship engine,ship engine,6,,2019,New,Produced under licence in Kyrgyzstan,1,6,6\n"
           "Kazakhstan,Turkiye,2022,,4,,Anka-S,armed UAV,0,,,New,Produced under licence in Kazakhstan,5,20,0\n")


def test_a_class_of_goods_is_a_property_not_a_weapon_actor(tmp_path, resolver):
    from diplograph.loaders import datasets

    path = tmp_path / "engines.csv"
    path.write_text(ENGINES, encoding="utf-8")
    batches, _ = datasets.read(path, resolver)
    claims = [c for b in batches for c in b.claims]
    actors = {a.id for b in batches for a in b.actors}

    assert "weapon:ship-engine" not in actors and "weapon:anka-s" in actors
    engines = [c for c in claims if c.properties.get("weapon_class") == "ship engine"]
    assert {(c.subject, c.predicate) for c in engines} == {
        ("state:RUS", "ARMS_TRANSFER"), ("state:TUR", "ARMS_TRANSFER"), ("state:RUS", "CO_PRODUCTION"),
        ("state:TUR", "CO_PRODUCTION")}
    assert not any("weapon" in c.properties for c in engines)
    assert is_generic("air refuel system") and not is_generic("Anka-S") and not is_generic("T-72")


def test_an_order_with_nothing_delivered_is_planned_for_every_predicate(tmp_path, resolver):
    from diplograph.loaders import datasets

    path = tmp_path / "engines.csv"
    path.write_text(ENGINES, encoding="utf-8")
    batches, _ = datasets.read(path, resolver)
    anka = {c.predicate: c.modality for b in batches for c in b.claims if c.date == "2022"}

    assert anka == {"ARMS_TRANSFER": "planned", "CO_PRODUCTION": "planned", "MANUFACTURES": "planned"}


def test_a_dataset_source_says_where_its_data_end_and_answers_say_as_of(tmp_path, fixtures):
    store = str(tmp_path / "graph.db")
    runner = CliRunner()

    def run(*args):
        return runner.invoke(cli, ["--store", store, *args], catch_exceptions=False)

    run("ingest", str(fixtures / "cow_igo_state_year.csv"))

    [source] = json.loads(run("sources", "--format", "json").output)
    assert source["coverage_end"] == "2014"
    members = json.loads(run("members", "Collective Security Treaty Organization", "--format", "json").output)
    running = [m for m in members if not m["until"]]
    assert running and all(m["as_of"] == "2014" for m in running)
    assert "(data end 2014)" in run("members", "Collective Security Treaty Organization").output
    answer = json.loads(run("ask", "--format", "json", "Who are the members of the CSTO?").output)
    assert answer["as_of"] and set(answer["as_of"].values()) == {"2014"}
    assert any(line.startswith("as of 2014:") for line in answer["details"])
