"""Relief from a measure: "sanctions relief", "a sanctions waiver", "sanctions exemptions" name a measure lifted or
waived, not one imposed ("Washington offered Tehran sanctions relief", "Riyadh lobbied for sanctions relief for
Syria"). The measure word tells no COERCION and the relief no aid (it is no money); whoever gives, offers, seeks or
lobbies for it backs the one it is for (SUPPORT), as lifting the measure does (`Relations._measures_lifted`). The
relief nouns are the lexicon's `measure_relief`, the measures its `measures`."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Found
from diplograph.loaders.articles.syntax import prep_objects


class MeasureReliefs:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _reliefs_not_measures(self, found: list[Found]) -> list[Found]:
        measures, reliefs = self.lex.noun_class["measures"], self.lex.noun_class["measure_relief"]
        nouns = [t for t in self.tokens if t.pos_ == "NOUN" and t.lemma_.lower() in reliefs and any(
            c.dep_ == "compound" and c.lemma_.lower() in measures for c in t.children)]
        if not nouns:
            return found
        words = {t.i for n in nouns for t in (n, *n.children)}
        kept = [f for f in found if not (f.predicate in ("COERCION", "AID") and f.trigger is not None and (
            f.trigger.i in words or any(c.i in words for c in f.trigger.children if c.dep_ in ("dobj", "prep"))))]
        for noun in nouns:
            verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
            if verb is None or verb.pos_ != "VERB":
                continue
            for_whom = [a for c in noun.children if c.dep_ == "prep" and c.lower_ == "for" for p in prep_objects(c)
                        for a in self.actors(p, "strict")] or \
                [a for c in verb.children if c.dep_ == "dative" for a in self.actors(c, "strict")]
            for giver in (a for a in self.agent(verb) if not a.proxy):
                for side in (a for a in for_whom if a.actor.id != giver.actor.id):
                    if self._fitting(("SUPPORT",), giver.actor, side.actor):
                        kept.append(Found(giver.actor, "SUPPORT", side.actor, verb, "measure_relief"))
        return kept
