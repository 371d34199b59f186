"""What talk is about is no one talked with: "Safaryan spoke to the Review about relations with Russia and the EU",
"the minister told reporters about the deal with Japan", "Brussels has welcomed it". A with-phrase inside the topic of
a verb of talking or meeting (its about-, on-, over- or regarding-phrase) belongs to the topic ("relations with
Russia"), so the one who talks meets no one there; and "it" welcomed or received is a thing (a law, a decision, a
proposal), not a guest. Partners named on the verb itself ("spoke with Putin about Ukraine") are kept."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Found

TOPICS = frozenset({"about", "on", "over", "regarding", "concerning"})
# Verbs whose object may be a thing welcomed or received rather than a guest.
WELCOMING = frozenset({"welcome", "receive", "host"})


class TalkTopics:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _topics_not_partners(self, found: list[Found]) -> list[Found]:
        kept = []
        for f in found:
            verb = f.trigger
            pattern = f.rule.split(":")[1] if ":" in f.rule else ""
            if f.predicate == "CONSULTATION" and verb is not None and verb.pos_ in ("VERB", "AUX") and (
                    pattern.endswith(">partner") and self._only_in_topic(verb, f.object.id) or
                    pattern.endswith(">direct") and self._thing_welcomed(verb)):
                self._drop(f"{f.subject.name} CONSULTATION {f.object.name} ({f.rule}): named in what the talk is "
                           "about, or a thing welcomed, not someone met")
                continue
            kept.append(f)
        return kept

    def _only_in_topic(self, verb, actor_id: str) -> bool:
        topics = {t.i for c in verb.children if c.dep_ == "prep" and c.lower_ in TOPICS for t in c.subtree}
        mentions = [m for m in self.mentions if m.actor.id == actor_id and self.sent.start <= m.start < self.sent.end]
        return bool(mentions) and all(m.start in topics for m in mentions)

    def _thing_welcomed(self, verb) -> bool:
        return verb.lemma_.lower() in WELCOMING and any(
            c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
