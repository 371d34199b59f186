"""One's own people wronged in another state: "Kenya condemned the detention of its nationals in Uganda", "India
protested the mistreatment of Indian workers in Kuwait", "Nepal voiced concern over the deaths of Nepali workers in
Qatar". A verb of judging (or of protest) whose object is a harm (`wrongs`) done to the judge's own people (`its`
or `their` people, or people of the judge's own demonym; lexicon `captives`, `own_people`) in a state named by an
in-phrase criticises (or protests to) that state: the place's government answers for what befell them there. People
of a third state, or a harm with a doer of its own named ("by Chinese coast guards"), are left to other rules.
"""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import prep_objects


class WrongedNationals:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _wronged_nationals(self) -> None:
        wrongs = self.lex.noun_class["wrongs"]
        people = self.lex.classes("captives", "own_people")
        for act in self.tokens:
            if act.lemma_.lower() not in wrongs or act.pos_ != "NOUN" or \
                    any(c.dep_ == "prep" and c.lower_ == "by" for c in act.children):
                continue
            verb = self._judging_over(act)
            if verb is None:
                continue
            judges = self.agent(verb)
            wronged = [p for c in act.children if c.dep_ == "prep" and c.lower_ == "of" for p in prep_objects(c)
                       if p.lemma_.lower() in people or p.lower_ in people]
            if len(judges) != 1 or not wronged or not all(self._own_people(p, judges[0]) for p in wronged):
                continue
            # (also the in-phrase the parser hangs on the verb after the harm: "protested the mistreatment of Indian
            # workers in Kuwait"; not one before it, where the judge spoke)
            places = [a for node in (act, *wronged, verb) for c in node.children if c.dep_ == "prep" and c.lower_ == "in"
                      and (node != verb or c.i > act.i)
                      for p in prep_objects(c) if (m := self.mention(p)) is not None and m.type == "state"
                      for a in [Arg(m.actor, m.start)] if a.actor.id != judges[0].actor.id]
            predicate = "PROTEST" if verb.lemma_.lower() == "protest" else "CRITICISM"
            self._emit(judges, places, (predicate,), verb, "wronged_nationals")

    def _judging_over(self, act):
        """The verb that judges ``act``: its verb of judging ("condemned the detention"), or the verb of the concern
        noun it is the matter of ("voiced concern over the deaths")."""
        judging = self.lex.classes("judging_others", "presupposing")
        head = act.head
        if act.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in judging:
            return head
        if act.dep_ == "pobj" and head.lower_ in ("over", "about", "at") and \
                head.head.lemma_.lower() in self.lex.noun_class["concern_content"] and head.head.head.pos_ == "VERB":
            return head.head.head
        return None

    def _own_people(self, person, judge: Arg) -> bool:
        """Are ``person`` (a people noun) the judge's own: "its nationals", "their citizens", "Indian workers"?"""
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in person.children):
            return True
        return any(c.dep_ in ("amod", "compound") and (m := self.mention(c)) is not None and m.is_demonym
                   and m.actor.id == judge.actor.id for c in person.children)
