"""A meeting called off never took place: "the French minister cancelled her trip to Baku", "Ghana called off the
summit with Togo", "the visit was scrapped", "boycotted the ceremony in Hanoi". The trip, visit or summit (the
lexicon's `single_meetings`) that an undoing verb of the lexicon's `calling_off` takes as its object gives no
relation at all, not even a denied one: no one denies anything (the gold of the development sets lists no such
meeting, or lists it only as optional). Negotiations or cooperation suspended are another thing: they went on until
then ("suspended the negotiations with the ELN" still tells the talks), and the modality stage reads them."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Found


class CalledOff:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _meetings_called_off(self, found: list[Found]) -> list[Found]:
        kept = []
        for f in found:
            verb = self._calling_off(f.trigger) if f.trigger is not None and f.predicate == "CONSULTATION" else None
            if verb is not None:
                self._drop(f"{f.subject.name} {f.predicate} {f.object.name} ({f.rule}): a meeting called off "
                           f"('{verb}'), it never took place")
                continue
            kept.append(f)
        return kept

    def _calling_off(self, trigger) -> str | None:
        """The verb that calls off the single meeting ``trigger`` names ("cancelled her trip", "the visit was
        scrapped"), or None."""
        if trigger.lemma_.lower() not in self.lex.noun_class["single_meetings"] or \
                trigger.dep_ not in ("dobj", "nsubjpass"):
            return None
        verb = trigger.head
        particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        words = {verb.lemma_.lower(), *(f"{verb.lemma_.lower()} {p}" for p in particles)}
        calling = words & self.lex.noun_class["calling_off"]
        return max(calling, key=len) if calling else None
