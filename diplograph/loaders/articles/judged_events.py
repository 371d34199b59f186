"""A judgement hung on the last word of a clause that tells a strike: "Eritrea fired rockets at an army post in
Djibouti, which the Djiboutian government denounced as an act of aggression", "Russian jets bombed a market near the
border, which Kyiv called a war crime". After a comma, a "which" that a verb of judging (criticise, protest, reject)
takes as its object stands for the whole event, not for the place or thing named last: the judge criticises whoever
struck (the doers of the strikes, seizures or clashes the sentence found at that verb or at a noun on the way to it,
else its subject when the verb tells only force). Only when that word names no actor itself ("..., Kenya, which
Uganda ..." is Kenya) or only the place where it happened. Read after the sentence's own triggers, whose relations it
looks at."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg

# Relative pronouns that may stand for a clause.
CLAUSE_PRONOUNS = ("which",)
# What a verb of judging tells of whom it judges.
JUDGEMENTS = ("CRITICISM", "PROTEST", "REJECTION")
# Prepositions of the place an event happened, whose object a clause's "which" may follow.
PLACES = ("in", "near", "at", "inside", "off", "outside")


class JudgedEvents:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _judged_events(self) -> None:
        for verb in self.tokens:
            if verb.dep_ != "relcl" or verb.pos_ != "VERB" or not self._judging(verb):
                continue
            pronoun = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in CLAUSE_PRONOUNS), None)
            if pronoun is None or pronoun.i == 0 or self.doc[pronoun.i - 1].text != ",":
                continue
            word = verb.head
            # (a place named last is where it happened: "struck a post in Djibouti, which Djibouti condemned")
            if self.actors(word, "strict") and not (word.dep_ == "pobj" and word.head.lower_ in PLACES):
                continue
            act, path = word, {word.i}
            for _ in range(8):  # ("retaliated with a rocket salvo at a post in Djibouti, which ...")
                if act.pos_ == "VERB" or act.head == act:
                    break
                act = act.head
                path.add(act.i)
            if act.pos_ != "VERB" or act.i > word.i:
                continue
            judges = self.agent(verb)
            judging = {a.actor.id for a in judges}
            # the doers of the strike the sentence found ("struck a convoy in Iraq": ATTACK, at the verb or at a noun
            # on the way to it, "a missile salvo"), else the verb's subject when it tells only force ("bombed a
            # market near the border", no target named)
            struck = {f.subject.id: f.subject for f in self.found if f.trigger is not None and f.trigger.i in path
                      and self.onto.predicate(f.predicate).family == "material_conflict"}
            doers = [Arg(actor, act.i) for actor in struck.values() if actor.id not in judging] if struck else \
                self.agent(act, exclude=judging) if self._forceful(act) else []
            # (what the verb itself tells: "condemned" criticises, "protested" protests)
            told = [p for t in self.lex.verbs_for(verb.lemma_.lower()) if not t.theme for ps in t.predicates.values()
                    for p in ps if p in JUDGEMENTS]
            self._emit(judges, doers, tuple(told[:1]) or ("CRITICISM",), verb, "judged_event")

    def _forceful(self, verb) -> bool:
        """Does the verb tell only acts of force (its triggers' predicates all of the material-conflict family)?"""
        families = {self.onto.predicate(p).family for t in self.lex.verbs_for(verb.lemma_.lower())
                    for ps in t.predicates.values() for p in ps}
        return bool(families) and families <= {"material_conflict"}
