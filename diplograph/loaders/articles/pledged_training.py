"""Training pledged, not held: "the defence ministers of A, B and C signed a declaration, pledging to train
together", "Chile and Peru agreed to train together more often". Forces that train together hold an exercise
(the lexicon's `train_together`), but a pledge, promise or agreement to train together in general names no
exercise held or set: it is a programme of defence cooperation, so the pair is COOPERATION (its modality, planned,
comes from the pledge as any other). An exercise named on the training ("will train together in the Arctic Shield
exercise", "agreed to train together in Baltops") is still one. The pledging verbs are the lexicon's
`undertakings`; the exercise nouns its `exercise` class."""

from __future__ import annotations

from dataclasses import replace

from diplograph.loaders.articles.candidates import Found
from diplograph.loaders.articles.syntax import prep_objects


class PledgedTraining:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _training_pledged(self, found: list[Found]) -> list[Found]:
        kept, paired = [], set()
        for f in found:
            if f.predicate != "MILITARY_EXERCISE" or not f.rule.startswith("train_together:") or \
                    not self._pledged_only(f.trigger):
                kept.append(f)
                continue
            pair = frozenset((f.subject.id, f.object.id))
            if pair in paired:
                continue  # (the exercise went both ways; the cooperation is one)
            paired.add(pair)
            self._drop(f"{f.subject.name} MILITARY_EXERCISE {f.object.name} ({f.rule}): training pledged in general "
                       "is cooperation, not an exercise")
            kept.append(replace(f, predicate="COOPERATION", rule=f.rule + ":pledged"))
        return kept

    def _pledged_only(self, verb) -> bool:
        """Is ``verb`` ("train") the course a pledging verb takes on, with no exercise named on it?"""
        if verb is None or verb.dep_ not in ("xcomp", "ccomp", "acl") or \
                verb.head.lemma_.lower() not in self.lex.noun_class["undertakings"]:
            return False
        named = [p for c in verb.children if c.dep_ == "prep" for p in prep_objects(c)]
        exercises = self.lex.noun_class["exercise"]
        return not any(p.lemma_.lower() in exercises or p.pos_ == "PROPN" for p in named)
