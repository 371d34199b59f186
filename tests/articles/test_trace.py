"""`diplograph extract FILE --trace`: why each candidate relation was kept or dropped."""

import json

from click.testing import CliRunner

from diplograph.cli.main import cli
from diplograph.loaders.articles.pipeline import ArticleExtractor
from diplograph.loaders.articles.trace import Trace

ARTICLE = ("Peru bought K2 tanks from South Korea in 2021.\n\n"
           "Peru criticised the outcome.\n\n"
           "The weather in Lima was mild.\n")


def test_the_trace_records_mentions_triggers_kept_relations_and_reasons_for_drops():
    trace = Trace()
    ArticleExtractor().extract_text(ARTICLE, trace=trace)
    bought, criticised, weather = trace.sentences
    assert any(m.startswith("South Korea = South Korea (state") for m in bought.mentions)
    assert any(t.startswith("bought (") for t in bought.triggers)
    assert any(k.startswith("South Korea ARMS_TRANSFER Peru (asserted, 2021)") for k in bought.kept)
    # "criticised the outcome": a critic but no one criticised, and the trace says so
    assert not criticised.kept
    assert any("criticised" in d and "no actor for the object role" in d for d in criticised.dropped)
    assert not (weather.triggers or weather.kept or weather.dropped)


def test_a_predicate_the_ontology_forbids_for_the_types_is_a_reason(tmp_path):
    trace = Trace()
    ArticleExtractor().extract_text("Kenya bought drones from Elbit Systems.\n\n"
                                    "Elbit Systems is based in Kenya's rival, Ethiopia.\n", trace=trace)
    kept = [k for s in trace.sentences for k in s.kept]
    assert any("Elbit Systems ARMS_TRANSFER Kenya" in k for k in kept)


def test_extract_prints_relations_and_with_trace_the_reasons(tmp_path):
    path = tmp_path / "peru.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    plain = CliRunner().invoke(cli, ["extract", str(path)])
    assert plain.exit_code == 0, plain.output
    assert "South Korea ARMS_TRANSFER Peru (asserted, 2021)" in plain.output
    assert "dropped" not in plain.output
    traced = CliRunner().invoke(cli, ["extract", str(path), "--trace"])
    assert "  dropped: 'criticised'" in traced.output and "  kept: South Korea ARMS_TRANSFER Peru" in traced.output
    data = json.loads(CliRunner().invoke(cli, ["extract", str(path), "--trace", "--format", "json"]).output)
    assert data["relations"][0]["predicate"] == "ARMS_TRANSFER"
    assert data["trace"]["sentences"][0]["kept"]


def test_extract_refuses_what_is_not_an_article(tmp_path):
    path = tmp_path / "facts.csv"
    path.write_text("subject,predicate,object\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(path)])
    assert result.exit_code != 0 and "not an article" in result.output
