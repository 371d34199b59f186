"""Whom a reaction answers when it names no one: the doer of the deed its after-clause tells.

"Japan protested after Chinese ships entered its waters", "India lodged a protest after Pakistan shelled
villages", "Berlin voiced outrage following Russia's detention of a reporter": a protest, a condemnation or a
word of concern with no object of its own is aimed at whoever did what it came after (role ``came_after``).
"""

from __future__ import annotations

from diplograph.loaders.articles.syntax import SUBJ, governing_verb, prep_objects


class Provocations:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def came_after_doers(self, trigger, exclude=()) -> list:
        """The doers of the deed a reaction came after: the subject of its verb's after- or when-clause, or the
        owner of the deed an after- or following-phrase names ("after Russia's detention of ...")."""
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
        if verb is None:
            return []
        marks = self.lex.noun_class["provoked_after"]
        found = []
        for clause in (c for c in verb.children if c.dep_ == "advcl"):
            if any(m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in clause.children):  # ("when": advmod)
                found += [a for s in clause.children if s.dep_ in SUBJ for a in self.actors(s, "owner", exclude)]
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in marks):
            # ("following" may be parsed as a verb whose object is the deed)
            for deed in prep_objects(prep) or [c for c in prep.children if c.dep_ == "dobj"]:
                if deed.pos_ == "VERB":  # "after Chinese ships entered", parsed as a clause of the preposition
                    found += [a for s in deed.children if s.dep_ in SUBJ for a in self.actors(s, "owner", exclude)]
                else:
                    found += [a for c in deed.children if c.dep_ == "poss" for a in self.actors(c, "strict", exclude)]
        return found
