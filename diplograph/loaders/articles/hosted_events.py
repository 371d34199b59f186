"""Who holds the exercise or the talks one takes part in: "Lithuania took part in the exercise hosted by Poland",
"Marines joined the drills that Norway hosted with Finland and Sweden", "the manoeuvres, led by the United States".
Taking part in what another hosts or leads is doing it with them; the host stands in a participle's by-phrase
or as the subject of a relative clause on the event's noun (with its co-hosts of a with-phrase there), never as
the noun's owner or partner, so the exercise trigger's other roles find no one.

Only verbs of holding an event count (lexicon `event_holding`): "the exercise criticised by China", "the drills
that Russia called a provocation" are no one's exercise."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import RELATIVE, by_agents, prep_objects


class HostedEvents:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def noun_role(self, noun, role: str, exclude=()) -> list[Arg]:
        if role == "event_host":
            return self._event_host(noun, exclude)
        return super().noun_role(noun, role, exclude)

    def _event_host(self, noun, exclude) -> list[Arg]:
        holding = self.lex.noun_class["event_holding"]
        found = []
        for clause in (c for c in noun.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in holding):
            if clause.dep_ == "acl" and clause.tag_ == "VBN":
                hosts = by_agents(clause)
            elif clause.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in RELATIVE for c in clause.children):
                hosts = [c for c in clause.children if c.dep_ == "nsubj"]
            else:
                continue
            hosts += [p for c in clause.children if c.dep_ == "prep" and c.lower_ == "with" for p in prep_objects(c)]
            found += [a for h in hosts for a in self.actors(h, "owner", exclude)]
        return found
