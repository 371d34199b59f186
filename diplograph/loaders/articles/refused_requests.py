"""A request turned down, told from the asker's side: "Kyiv asked Berlin for Taurus missiles but was refused", "Laos
sought a loan from Japan but was turned down", "Paris had asked Algeria ten times to take him back and had been
refused". A verb of asking (`asking_verbs`) whose addressee is named (its object, or the from-phrase of "sought ...
from"), joined to a passive verb of refusal (`refusing_verbs`, "turned down", "rebuffed") with no by-phrase: the
one asked rejects the asker (REJECTION). With a by-phrase the refusal verb names its own doer and its trigger reads
it; with no addressee named ("asked for a base but was turned down") no one is said to refuse.
"""

from __future__ import annotations

from diplograph.loaders.articles.syntax import is_passive, prep_objects


class RefusedRequests:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _refused_requests(self) -> None:
        asking = self.lex.noun_class["asking_verbs"]
        refusing = self.lex.noun_class["refusing_verbs"]
        for ask in self.tokens:
            if ask.pos_ != "VERB" or ask.lemma_.lower() not in asking:
                continue
            refusals = [c for c in ask.children if c.dep_ == "conj" and c.pos_ == "VERB" and is_passive(c)
                        and c.lemma_.lower() in refusing and not any(g.dep_ in ("agent", "neg") for g in c.children)
                        and (c.lemma_.lower() != "turn" or any(g.dep_ == "prt" and g.lower_ == "down"
                                                               for g in c.children))]
            if not refusals:
                continue
            askers = self.agent(ask)
            excluded = {a.actor.id for a in askers}
            asked = [a for c in ask.children if c.dep_ in ("dobj", "dative") for a in self.actors(c, "strict", excluded)]
            asked = asked or [a for c in ask.children if c.dep_ == "prep" and c.lower_ == "from"
                              for o in prep_objects(c) for a in self.actors(o, "strict", excluded)]
            self._emit(asked, askers, ("REJECTION",), refusals[0], "refused_request")
