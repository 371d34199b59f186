"""A place chosen for a trip is visited: "Dissanayake chose India for his first foreign trip", "Milei picked
Washington as the destination of his first visit", "Tusk made Kyiv his first foreign stop", "Meloni made Algiers one
of her first trips". The chooser is the choosing verb's doer; the place is its object (or, where the parser makes
the trip a clause, the trip's subject). The verbs are the lexicon's `trip_choosing` class; the nouns a trip hangs
on ("the destination of", "the place for", "one of") its `trip_slots`."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import prep_objects


class ChosenTrips:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def trip_choice(self, noun, role: str, exclude=()) -> list[Arg]:
        chosen = self._trip_chosen(noun)
        if chosen is None:
            return []
        verb, places = chosen
        if role == "chooser":
            return self.agent(verb, exclude)
        found = [a for p in places for a in self.actors(p, "strict", exclude)]
        return [a for a in found if a.actor.type == "state"]

    def _trip_chosen(self, noun):
        """(the choosing verb, the words naming the place) when the trip noun is what a place was chosen for."""
        node = noun
        if node.dep_ == "pobj" and node.head.lower_ in ("of", "for") and \
                node.head.head.lemma_.lower() in self.lex.noun_class["trip_slots"]:
            node = node.head.head  # "as the destination of his visit", "one of her first trips"
        choosing = self.lex.noun_class["trip_choosing"]
        if node.dep_ in ("ccomp", "oprd", "xcomp") and node.head.lemma_.lower() in choosing:
            # "made Kyiv his first stop": the place parsed as the trip's own subject, or as the verb's object
            verb = node.head
            places = [c for c in node.children if c.dep_ == "nsubj"] or \
                [c for c in verb.children if c.dep_ == "dobj"]
            return verb, places
        if node.dep_ != "pobj" or node.head.lower_ not in ("for", "as"):
            return None
        head = node.head.head
        while head.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN"):
            head = head.head  # "chose Riyadh rather than a European capital for his first trip"
        if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "dobj":
            head = head.head
        if head.pos_ != "VERB" or head.lemma_.lower() not in choosing:
            return None
        return head, [c for c in head.children if c.dep_ == "dobj"]
