"""Acts echoed by an as-clause: "Washington condemned Russia, *as did London, Paris and Berlin*", "Kenya has
recognised the new government, *as have Uganda and Tanzania*". The clause's verb is a bare auxiliary whose
subjects do what the main clause's subject did, to the same actors: one relation per name of the list.
Only "as" with "do" or "have" and no object or clause of its own ("as many had predicted" echoes no act), and
only subjects that are actors, each given the relations the main verb's subject holds from the main clause."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Found
from diplograph.loaders.articles.syntax import SUBJ


class EchoedActs:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _echoed_acts(self) -> None:
        for echo in self.tokens:
            main = echo.head
            if echo.lemma_.lower() not in ("do", "have") or echo.dep_ != "advcl" or main.i > echo.i or \
                    not any(c.dep_ == "mark" and c.lower_ == "as" for c in echo.children) or \
                    any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in echo.children):
                continue
            doers = {a.actor.id for a in self.agent(main)}
            told = [(f.predicate, f.object) for f in self.found if f.trigger is not None and f.subject.id in doers
                    and main.sent.start <= f.trigger.i < echo.i and f.predicate != "AFFILIATED_WITH"
                    and (f.trigger.i == main.i or main in f.trigger.ancestors)]
            told = list({(p, o.id): (p, o) for p, o in told}.values())
            for follower in (a for c in echo.children if c.dep_ in SUBJ for a in self.actors(c, "strict")):
                for predicate, obj in told:
                    if obj.id != follower.actor.id and self._fitting((predicate,), follower.actor, obj):
                        self.found.append(Found(follower.actor, predicate, obj, echo, "echoed"))
