"""Who summoned an envoy the passive leaves without a by-phrase: the state whose ministry the envoy
was summoned to ("the Swedish ambassador was summoned to the Russian Foreign Ministry")."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import is_passive, prep_objects


class Summons:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _summoners(self, verb, exclude=()) -> list[Arg]:
        """"X was summoned to the Russian Foreign Ministry", "to the Ministry of Foreign Affairs of Poland",
        "to the foreign ministry in Beijing", "to the Kremlin": the seat a summons calls to is the summoner's
        (the seat words are the lexicon's `ministry_heads`); a by-phrase, when there is one, is the agent."""
        if not is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
            return []
        found = []
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
            # (not a capital: "the ambassador was summoned to Moscow for consultations" is called home)
            for seat in (p for p in prep_objects(prep) if p.lower_ in self.lex.ministry_heads):
                found += [a for a in (self.actors(seat, "origin", exclude) or self.actors(seat, "owner", exclude)
                                      or self.prep_args(seat, ("in",), exclude)) if a.actor.type == "state"]
        return found
