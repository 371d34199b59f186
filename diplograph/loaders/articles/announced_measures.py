"""Measures a state announces in the passive: "Poland's foreign ministry said two Russian diplomats would be
expelled", "The ministry announced that the consulates of Latvia and Estonia will be closed", "Japan said sanctions
would be imposed on North Korea". A government telling of a measure it names no author for tells of its own (one it
suffers it says so: "its consulate will be closed" is left alone)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import speech_verb

OWN = frozenset({"its", "their", "our", "my"})


class AnnouncedMeasures:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _announcing_state(self, verb, exclude) -> list[Arg]:
        """The state or body that says ``verb`` (a passive verb of a measure, lexicon `announced_measures`, with
        no by-phrase) will be or was done."""
        if verb.lemma_.lower() not in self.lex.noun_class["announced_measures"]:
            return []
        said = speech_verb(verb, frozenset({"announce", "confirm", "decide"}))
        if said is None or any(t.lower_ in OWN for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree):
            return []
        return [a for c in said.children if c.dep_ == "nsubj" for a in self.actors(c, "strict", exclude)
                if a.actor.type in ("state", "organization")]
