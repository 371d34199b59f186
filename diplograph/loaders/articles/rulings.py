"""A court's ruling rejected or defied with no court named: "The tribunal ruled for Manila. Beijing rejected the
award" (mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg

# How far back (in characters) the court whose ruling a sentence rejects may have been named: a paragraph or two.
RULING_REACH = 1500


class Rulings:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _told_rulings_rejected(self) -> None:
        """"Beijing rejected the award as null and void", "Moscow has ignored the warrants": a ruling, award or
        warrant (`court_powers`) rejected or defied (`ruling_defying`) with no author in its own phrase is the
        court's or tribunal's (`court_words`) the text named last, within a paragraph or two (none named: no one)."""
        for verb in (t for t in self.tokens if t.pos_ == "VERB" and t.lemma_.lower() in self.lex.noun_class["ruling_defying"]):
            rulings = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and
                       c.lemma_.lower() in self.lex.noun_class["court_powers"] and
                       any(d.dep_ == "det" and d.lower_ in ("the", "this", "that", "these", "those") for d in c.children)]
            if not rulings or any(c.dep_ == "neg" for c in verb.children) or any(
                    d.dep_ in ("poss", "prep", "compound", "relcl", "acl") or self.mention(d) is not None
                    for r in rulings for d in r.children):
                continue  # "rejected the ICJ's ruling", "the ruling of the court": its author is told here
            rejecters = [a for a in self.agent(verb) if not a.proxy]
            court = self._court_named_before(self._position(verb), {a.actor.id for a in rejecters})
            if rejecters and court is not None:
                self._emit(rejecters, [Arg(court, -8500)], ("REJECTION",), verb, "ruling-rejected")

    def _court_named_before(self, here: int, exclude: set[str]):
        words = self.lex.noun_class["court_words"]
        for seen in reversed(self.ctx.seen):
            if seen.position >= here:
                continue
            if seen.position < here - RULING_REACH:
                return None
            actor = self.ctx.actors.get(seen.actor_id)
            if actor is not None and actor.type == "organization" and actor.id not in exclude and any(
                    word.lower() in words for name in (actor.name, *actor.aliases) for word in name.split()):
                return actor
        return None
