"""An envoy recalled with no post named, in a quarrel the sentence tells: "Paris answered by expelling twelve
Algerian officials and recalling its ambassador for consultations", "Chad recalled its ambassador after Sudan
accused it of arming the rebels". Recalling one's own envoy protests the state one quarrels with (PROTEST, as
`recall_envoy` reads "recalled its ambassador from Algiers"); with no "from", "to" or "in" phrase, that state is the
one other state the sentence sets against the recaller: the target of the recaller's own hostile acts there, or the
doer of hostile acts against it. None, or more than one, and the recall names no one.
"""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg

# The families of relations that set two actors against each other.
HOSTILE = ("verbal_conflict", "material_conflict")


class BareRecalls:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _bare_recalls(self) -> None:
        for verb in self.tokens:
            if verb.pos_ != "VERB" or not any(t.name == "recall_envoy" for t in self.lex.verbs_for(verb.lemma_.lower())):
                continue
            if "envoy" not in self.theme_classes(self._themes(verb)) or any(
                    f.trigger is not None and f.trigger.i == verb.i for f in self.found):
                continue  # (a post named: `recall_envoy` read it)
            if any(c.dep_ == "prep" and c.lower_ in ("from", "to", "in") for c in verb.children):
                continue
            recallers = self.agent(verb)
            ids = {a.actor.id for a in recallers}
            hostile = [f for f in self.found if self.onto.predicate(f.predicate).family in HOSTILE]
            others = {f.object.id: f.object for f in hostile if f.subject.id in ids and f.object.type == "state"}
            others.update({f.subject.id: f.subject for f in hostile if f.object.id in ids and f.subject.type == "state"})
            if len(others) == 1:
                self._emit(recallers, [Arg(actor, verb.i) for actor in others.values()], ("PROTEST",), verb,
                           "bare_recall")
