"""Pronouns a verb acts on ("sanctioned *it*", "also criticised *it*"), mixed into
:class:`~diplograph.loaders.articles.relations.SentenceRelations` (split out of references.py)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg

# Characters back to the subject a pronoun acted on stands for, beyond its paragraph: the sentence or two before
OBJECT_REACH = 300


class ObjectPronouns:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _object_referent(self, token, types, exclude) -> list[Arg]:
        """The actor a pronoun its verb acts on stands for: the last subject of ``types`` in its paragraph or
        within ``OBJECT_REACH`` characters, other than that verb's own doers (no one acts on themselves without
        "itself"): "Russia invaded Ukraine. The EU has sanctioned *it*" is Russia, not the EU its own clause names
        (which the text has just noted as a subject). No one when that subject was told further back (a subject of an
        earlier story is no antecedent). (A person the verb acts on is read as other persons are, without its doers:
        "Tinubu took office. Macron received *him*": Tinubu.)"""
        excluded = {*exclude, *self._own_doers(token)}
        here = self._position(token)
        since = min(here - OBJECT_REACH, self.ctx.paragraph_start if self.ctx.paragraph_start is not None else here)
        for seen in reversed(self.ctx.seen):
            if since <= seen.position < here and seen.subject and seen.type in types and seen.actor_id not in excluded:
                return [Arg(self.ctx._actor(seen.actor_id), token.i)]
        return []

    def _own_doers(self, token) -> set[str]:
        """The doers of the verb a pronoun is the object of, with the states its officials among them serve."""
        verb = self._object_verb(token)
        return self._verb_doers(verb) if verb is not None else set()

    def _judged_owner(self, token, types, exclude) -> list[Arg]:
        """"China claims the whole sea. Vietnam rejects *its* claims": "its" on what a verb of judging acts on is
        not the judge's own (save a denial: "Iran denied its involvement", lexicon `own_denials`), but an actor
        named before it in the sentence, else the subject told before; [] for other pronouns."""
        thing = token.head
        verb = thing.head
        if token.lower_ != "its" or token.dep_ != "poss" or thing.dep_ != "dobj" or verb.pos_ != "VERB" or \
                not self._judging(verb) or verb.lemma_.lower() in self.lex.noun_class["own_denials"] or \
                thing.lemma_.lower() in self.lex.classes("own_part", "neighbour_words", "partner_words"):
            # ("Armenia froze its participation in the CSTO": one's own part in something; "accused its neighbour",
            # "criticised its ally")
            return []
        other = self._other_than_doers(verb, token, types, exclude)
        if other is not None:
            return [other]
        doers = self.agent(verb)
        actor = self.ctx.last_subject(types, self._position(token), {*exclude, *(a.actor.id for a in doers), *(
            office.id for a in doers if a.actor.type == "person" and (office := self._office_of(a.actor)) is not None)})
        return [Arg(actor, token.i)] if actor is not None else []

    def _judged_again(self, token, exclude) -> list[Arg]:
        """"Koulamallah condemned the remark as contemptuous, and Sonko also criticised it": the object pronoun of
        a judging verb coordinated with an earlier one that judges a thing named (not a pronoun) is that thing,
        whoever it stands for, not the state named last."""
        verb = token.head
        judging = self.lex.noun_class["judging_others"]
        if token.lower_ not in ("it", "them") or token.dep_ != "dobj" or verb.dep_ != "conj" or \
                verb.lemma_.lower() not in judging or verb.head.lemma_.lower() not in judging:
            return []
        if not any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in verb.head.children):
            return []
        # read as for the first judge, who is never the one judged
        first = {a.actor.id for a in self.agent(verb.head)}
        first |= {o.id for a in self.agent(verb.head) if a.actor.type == "person"
                  and (o := self._office_of(a.actor)) is not None}
        return self.patient(verb.head, {*exclude, *first})
