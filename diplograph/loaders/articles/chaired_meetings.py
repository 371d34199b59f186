"""Who chairs a body's meeting leads the body: "The ministers of the Caribbean Community met in Bridgetown
under the chairmanship of Barbados", "the SADC summit opened under the presidency of Angola's President, João
Lourenço", "ECOWAS held its session under the chairmanship of Senegal". A readout names the chair in a phrase
of "under" on the verb that tells the gathering, and the body in that verb's subject (or its object: "held
its summit"); the noun gives no owner, so `body_presidency` ("Poland's presidency of the Council") finds
nothing there.

A body's chair passed on leads the body too: "the chairmanship of the Organisation passes to Kyrgyzstan", "the
presidency of the Council falls to Poland" (role `passed_chair_body`; a chair taken with no body named is
`body_chairs.py`'s).

Only a gathering is chaired this way: "Under the presidency of Macron, France left the command" or "under the
chairmanship of its founder, the firm grew" name no meeting, so the phrase leads nothing; and only one body
named in the gathering's words is led (two bodies that meet together leave it open)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg

BODY_TYPES = frozenset({"organization"})


class ChairedMeetings:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def verb_role(self, verb, role: str, themes, exclude=()) -> list[Arg]:
        if role == "passed_chair_body":
            return self._passed_chair_body(verb, exclude)
        return super().verb_role(verb, role, themes, exclude)

    def _passed_chair_body(self, verb, exclude) -> list[Arg]:
        """The body named in the of-phrase of the chair that is the subject of ``verb`` ("the chairmanship of
        ASEAN passes to X")."""
        offices = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in self.lex.noun_class["office"]]
        return [a for office in offices for p in office.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" for a in self.actors(o, "strict", exclude)
                if a.actor.type in BODY_TYPES]

    def noun_role(self, noun, role: str, exclude=()) -> list[Arg]:
        if role == "chaired_body":
            return self._chaired_body(noun, exclude)
        if role == "chair_holder":
            return self._chair_holder(noun, exclude)
        return super().noun_role(noun, role, exclude)

    def _chair_holder(self, noun, exclude) -> list[Arg]:
        """"under the chairmanship of Tonga's Prime Minister, Siaosi Sovaleni": the person named after the title
        (whose state the title gives), else whoever the of-phrase names."""
        people = [Arg(m.actor, m.start) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj" for a in p.children if a.dep_ == "appos"
                  if (m := self.mention(a)) is not None and m.actor.type == "person" and m.actor.id not in exclude]
        return people or super().noun_role(noun, "of", exclude)

    def _chaired_body(self, noun, exclude) -> list[Arg]:
        if noun.dep_ != "pobj" or noun.head.lower_ != "under":
            return []
        verb = noun.head.head
        gatherings = self.lex.noun_class["meeting"] | self.lex.noun_class["chaired_gatherings"]
        if verb.pos_ not in ("VERB", "AUX"):
            # "a meeting of the AU Council under the chairmanship of X": the noun the phrase hangs on
            words = [verb] if verb.lemma_.lower() in gatherings else []
        else:
            parts = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
            told = verb.lemma_.lower() in gatherings or any(
                t.lemma_.lower() in gatherings for p in parts for t in p.subtree)
            words = parts if told else []
        phrase = {t.i for t in noun.head.subtree}
        bodies = {}
        for word in words:
            for token in word.subtree:
                m = self.mention(token)
                if token.i in phrase or m is None or m.actor.type not in BODY_TYPES or m.actor.id in exclude:
                    continue
                bodies.setdefault(m.actor.id, Arg(m.actor, m.start))
        return list(bodies.values()) if len(bodies) == 1 else []
