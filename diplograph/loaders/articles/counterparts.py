"""Co-subjects who meet a third party: "Chile and Peru held talks with their Pacific partners", "A and B
met with officials of the bloc", "A and B met island officials". A with-phrase, or a meeting verb's own
object, that names whom the talks were with, even when no actor is found for it, says the co-subjects
talked to someone else, not to each other ("A and B held talks with each other" still pairs them); so do
attendees picked out of a crowd ("attended, among others, by A and B"). ("A and B held separate talks" is left
alone: in the sample corpus it tells talks held apart from a ceremony, between the two.)"""

from __future__ import annotations

from diplograph.loaders.articles.roles import ATTENDING
from diplograph.loaders.articles.syntax import governing_verb, prep_objects

RECIPROCAL = frozenset({"other", "another"})


class Counterparts:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _acted_on_someone_else(self, trigger, predicates, pair: str) -> bool:
        """Whether co-subjects read as a pair did it to a third party instead: talks with someone else, or fighting
        someone or something else ("Egypt and Sudan agreed to fight smuggling", "A and B fought the rebels")."""
        if "CONSULTATION" in predicates and pair in ("agent", "governor"):
            return self._talks_with_someone_else(trigger)
        fighting = trigger.pos_ == "VERB" and trigger.lemma_.lower() in self.lex.noun_class["fighting_verbs"]
        return "ARMED_CLASH" in predicates and fighting and any(
            c.dep_ == "dobj" and c.lower_ not in RECIPROCAL or
            c.dep_ == "prep" and c.lower_ == "against" and not any(p.lower_ in RECIPROCAL for p in prep_objects(c))
            for c in trigger.children)

    def _talks_with_someone_else(self, trigger) -> bool:
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
        # (the parser hangs the with-phrase on the verb, on the talks it governs, or on the trigger noun)
        heads = {trigger, *((verb, *(c for c in verb.children if c.dep_ == "dobj")) if verb is not None else ())}
        counterparts = self._people_words() | self.lex.noun_class["state_body"]
        # (one who merely sits in is no counterpart: "A and B met, with a Brazilian envoy at the table")
        if any(c.dep_ == "prep" and c.lower_ == "with" and
               any(p.lemma_.lower() in counterparts and p.lower_ not in RECIPROCAL and not _attending(p, c)
                   for p in prep_objects(c))
               for h in heads for c in h.children):
            return True
        if _picked_from_a_crowd(trigger):
            return True
        # "Germany, India and Brazil met island officials", "France and Italy met Lula": whom the verb itself
        # takes as its object is the one they met (a person, a body or a named actor), not each other
        return trigger.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lower_ not in RECIPROCAL and
            (c.lemma_.lower() in counterparts or self.mention(c) is not None)
            for c in trigger.children)


def _attending(noun, with_) -> bool:
    """Is the with-phrase's ``noun`` only present ("with X in the room", "at the table"), on it or right after it?"""
    places = [*noun.children, *(c for c in with_.head.children if c.i > with_.i)]
    return any(p.dep_ == "prep" and p.lower_ in ("in", "at") and o.lemma_.lower() in ATTENDING
               for p in places for o in p.children if o.dep_ == "pobj")


def _picked_from_a_crowd(verb) -> bool:
    """"a summit attended, among others, by A and B", "attended by leaders including A and B": a few named out of
    many who sat in one room, each the host's guest, not in talks with one another."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    among = any(c.dep_ == "prep" and c.lower_ == "among" and any(p.lower_ == "others" for p in prep_objects(c))
                for node in (verb, *(c for c in verb.children if c.dep_ == "agent")) for c in node.children)
    return among or any(c.dep_ == "prep" and c.lower_ == "including"
                        for a in verb.children if a.dep_ == "agent" for p in prep_objects(a) for c in p.children)
