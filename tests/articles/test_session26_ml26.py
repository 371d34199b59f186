"""The learned relation reader's tooling: what it sees of two names in a sentence, how its training
script labels a pair from the gold, and that its model is deterministic.

The sentences are invented. The features must describe how a sentence joins two names (the path
between them, what the lexicon knows of the words on it), never which actors they are, so that what
is learned on some actors carries over to others.
"""

import importlib.util
from pathlib import Path

import pytest

from diplograph.loaders.articles.learned import LearnedModel, candidates
from diplograph.loaders.articles.learned_features import dependency_path, pair_features

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_learned_relations.py"


def _script():
    spec = importlib.util.spec_from_file_location("train_learned_relations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture()
def pairs(extractor, monkeypatch):
    """``pairs(text)``: {(first name, second name): features} for every ordered pair of actors the
    pipeline names in each sentence of ``text``, as the learned reader sees them."""
    seen = {}
    read = extractor._read

    def reading(sent, in_sentence, context, relations, offset):
        found = read(sent, in_sentence, context, relations, offset)
        for c in candidates(sent, in_sentence, found, extractor.lexicon):
            seen[(c.first.actor.name, c.second.actor.name)] = c.features
        return found

    monkeypatch.setattr(extractor, "_read", reading)

    def run(text):
        seen.clear()
        extractor.extract_text(text, date="2025-03-01")
        return dict(seen)

    return run


def _parse(extractor, text):
    return extractor.nlp(text)


def test_the_path_between_two_names_meets_at_the_verb_that_joins_them(extractor):
    doc = _parse(extractor, "Ruritania sold tanks to Freedonia.")
    up, meet, down = dependency_path(doc[0], doc[4])
    assert meet.lemma_ == "sell" and [t.text for t in down] == ["to", "Freedonia"]
    features = pair_features(doc[:], doc[0], "state", doc[4], "state", extractor.lexicon)
    assert {"lca=sell", "path=nsubj^|prep_to|pobj", "types=state>state", "order=fwd", "prep=to"} <= set(features)
    # the lexicon reads "sell" as an arms transfer: the model may use what the rules know of the word
    assert "lcalex=ARMS_TRANSFER" in features


def test_no_feature_names_the_actors_themselves(extractor):
    doc = _parse(extractor, "Ruritania sold tanks to Freedonia.")
    features = pair_features(doc[:], doc[0], "state", doc[4], "state", extractor.lexicon)
    assert not [f for f in features if "ruritania" in f.lower() or "freedonia" in f.lower()]


def test_negation_and_hedges_of_the_joining_clause_are_features(extractor):
    denied = _parse(extractor, "Ruritania did not sell tanks to Freedonia.")
    features = pair_features(denied[:], denied[0], "state", denied[6], "state", extractor.lexicon)
    assert "neg" in features and "mod=denied" in features
    reported = _parse(extractor, "Officials said Ruritania sold tanks to Freedonia.")
    features = pair_features(reported[:], reported[2], "state", reported[6], "state", extractor.lexicon)
    assert "mod=reported" in features and "neg" not in features


def test_every_ordered_pair_of_actors_in_a_sentence_is_a_candidate(pairs):
    seen = pairs("Chile sold two frigates to Ecuador, while Peru watched.")
    assert {("Chile", "Ecuador"), ("Ecuador", "Chile"), ("Chile", "Peru"), ("Peru", "Chile")} <= set(seen)
    assert not [pair for pair in seen if pair[0] == pair[1]]


def test_a_candidate_knows_whether_the_rules_related_its_pair(pairs):
    seen = pairs("Chile sold two frigates to Ecuador, while Peru watched.")
    assert "rules=same" in seen[("Chile", "Ecuador")]
    assert "rules=reverse" in seen[("Ecuador", "Chile")]
    assert "rules=none" in seen[("Peru", "Ecuador")]
    # Chile is already related to someone else in the sentence, Peru to no one
    assert "busy=10" in seen[("Chile", "Peru")]


def test_the_model_gives_the_same_probabilities_from_the_same_weights():
    model = LearnedModel({"classes": ["NONE", "AID"], "bias": [1.0, -1.0],
                          "weights": {"lcalex=AID": {"AID": 3.0}}})
    first = model.probabilities(["bias", "lcalex=AID"])
    assert first == model.probabilities(["bias", "lcalex=AID"])
    assert abs(sum(first.values()) - 1) < 1e-9 and first["AID"] > first["NONE"]
    assert model.probabilities(["an unseen feature"])["NONE"] > 0.8


def test_training_labels_a_pair_with_the_gold_relation_whose_evidence_is_in_its_sentence():
    script = _script()
    sale = {"s": "chile", "p": "ARMS_TRANSFER", "o": "ecuador"}
    talks = {"s": "chile", "p": "CONSULTATION", "o": "peru", "optional": True}
    stated = [(sale, [(10, 40)]), (talks, [(200, 230)])]
    sentence = (0, 60)
    assert script.labels_for("chile", "ecuador", *sentence, stated, {"CONSULTATION"}) == [("ARMS_TRANSFER", False)]
    # the direction of a directed predicate is kept: the buyer does not sell to the seller
    assert script.labels_for("ecuador", "chile", *sentence, stated, {"CONSULTATION"}) == []
    # evidence in another sentence labels nothing here
    assert script.labels_for("chile", "peru", *sentence, stated, {"CONSULTATION"}) == []
    # a symmetric predicate holds both ways, and an optional relation says it is optional
    assert script.labels_for("peru", "chile", 190, 260, stated, {"CONSULTATION"}) == [("CONSULTATION", True)]
    # a name the gold does not know is no gold actor
    assert script.labels_for(None, "ecuador", *sentence, stated, set()) == []


def test_training_is_deterministic():
    script = _script()
    rows = [{"features": ["bias", "lcalex=AID", f"dist={n % 3}"], "labels": [["AID", False]] if n % 2 else []}
            for n in range(40)]
    assert script.train(rows) == script.train(rows)
    assert script.train(rows)["classes"] == ["NONE", "AID"]


def test_a_miss_is_sorted_by_what_joins_its_two_names():
    miss_kind = _script().miss_kind
    assert miss_kind(["rules=same", "lcalex=AID"], "AID").startswith("the rules related them otherwise")
    assert miss_kind(["rules=none", "lca=pledge", "lcalex=AID"], "AID") == "a trigger of it joins the two names"
    assert miss_kind(["rules=none", "plex=AID"], "AID") == "a trigger of it joins the two names"
    assert miss_kind(["rules=none", "blex=AID"], "AID") == "a trigger of it stands between them, off the path"
    # a trigger of another predicate is no trigger of this one
    assert miss_kind(["rules=none", "lcalex=ATTACK"], "AID") == "no trigger word of it"
