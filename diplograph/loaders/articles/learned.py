"""The pairs a learned relation reader would read, and the linear model it would read them with.

Hand-written rules read one construction each; a statistical reader trained on the team's own gold
might cover the long tail of wordings. ``candidates`` gives every ordered pair of actors the pipeline
names in a sentence, with the features of ``learned_features.py`` (how the sentence joins the two
names, never who they are) and whether the rules related them; ``LearnedModel`` scores a pair's
features for each predicate. ``scripts/train_learned_relations.py`` labels the pairs of the
development sets from their gold, trains the model and measures, by leaving one set out, how precise
the relations it would add to the rules' are.

No pipeline stage uses the model: measured so (docs/extraction.md, "A learned reader"), its additions
were far below the precision the product needs, so it would cost more than it adds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from diplograph.loaders.articles.candidates import Found
from diplograph.loaders.articles.learned_features import pair_features
from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.mention import Mention


@dataclass
class Candidate:
    """Two names of one sentence, the first read as the subject, and what the model sees of them."""

    first: Mention
    second: Mention
    features: list[str]


def _head(sent, mention: Mention):
    return sent.doc[mention.start:mention.end].root


def candidates(sent, mentions: list[Mention], found: list[Found], lexicon: Lexicon) -> list[Candidate]:
    """Every ordered pair of distinct actors named in ``sent`` (the nearest two of their mentions),
    with its features; ``found``: what the rules gave in the sentence."""
    related = {(f.subject.id, f.object.id) for f in found}
    pairs: dict[tuple[str, str], tuple[int, Mention, Mention]] = {}
    for a in mentions:
        for b in mentions:
            if a.actor.id == b.actor.id or a.start < b.end and b.start < a.end:
                continue
            gap = abs(a.start - b.start)
            key = (a.actor.id, b.actor.id)
            if key not in pairs or gap < pairs[key][0]:
                pairs[key] = (gap, a, b)
    out = []
    for (first_id, second_id), (_, a, b) in sorted(pairs.items(), key=lambda kv: (kv[1][1].start, kv[1][2].start)):
        rules = "same" if (first_id, second_id) in related else "reverse" if (second_id, first_id) in related else "none"
        others = ({x for pair in related if first_id in pair for x in pair} - {first_id, second_id},
                  {x for pair in related if second_id in pair for x in pair} - {first_id, second_id})
        head_a, head_b = _head(sent, a), _head(sent, b)
        features = pair_features(sent, head_a, a.type, head_b, b.type, lexicon, rules, (bool(others[0]), bool(others[1])))
        if _serves(a, b) or _serves(b, a):
            features.append("serves")
        out.append(Candidate(a, b, features))
    return out


def _serves(person: Mention, body: Mention) -> bool:
    """Is ``person`` one the gazetteer knows to hold office in ``body`` ("Ruritania's Foo Bar")?"""
    entry = person.entry if person.type == "person" else None
    return entry is not None and entry.external_ids.get("affiliation") == body.actor.id


class LearnedModel:
    """A multinomial logistic model over sparse binary features, as the training script writes it."""

    def __init__(self, data: dict):
        self.classes: list[str] = data["classes"]
        self.bias: list[float] = data["bias"]
        self.weights: dict[str, dict[str, float]] = data["weights"]  # feature -> {class: weight}

    def probabilities(self, features: list[str]) -> dict[str, float]:
        scores = dict(zip(self.classes, self.bias))
        for feature in features:
            for name, weight in self.weights.get(feature, {}).items():
                scores[name] += weight
        top = max(scores.values())
        exps = {name: math.exp(score - top) for name, score in scores.items()}
        total = sum(exps.values())
        return {name: value / total for name, value in exps.items()}
