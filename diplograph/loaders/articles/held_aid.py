"""Aid held back from whom it went to: "The EU pledged 50 million euros in aid to Sudan. In June it froze the aid"
(mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg

# Characters back to the aid told going to someone: the paragraph or two before
AID_REACH = 2000


class HeldAid:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _held_aid_recipient(self, verb, themes, exclude) -> list[Arg]:
        """A verb that stops aid (`withholding` in the lexicon) with no recipient named ("paused its military aid",
        "froze the aid") stops the aid the text last told the same donor (or the state its official serves)
        giving, so it presses that recipient; [] when no such aid was told."""
        if verb.lemma_.lower() not in self.lex.noun_class["withholding"] or "aid" not in self.theme_classes(themes):
            return []
        doers = self.agent(verb)
        donors = {a.actor.id for a in doers}
        donors |= {office.id for a in doers if a.actor.type == "person"
                   and (office := self._office_of(a.actor)) is not None}
        here = self._position(verb)
        for position, predicate, donor, recipient in reversed(self.ctx.told):
            if position < here - AID_REACH:
                break
            if position < here and predicate == "AID" and donor.id in donors and \
                    recipient.id not in donors and recipient.id not in exclude:
                return [Arg(recipient, -6000)]
        return []
