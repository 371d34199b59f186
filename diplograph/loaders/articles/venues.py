"""States named only as the venue of a deal or of talks: "Ruto signed a defence pact in Ankara" (a deal with Turkey,
whose capital hosted one side signing), "talks in Doha between Rwanda and the DRC" (Qatar hosts talks between two
others: a go-between, as the lexicon's `host_talks` reads "Qatar hosted talks between ...")."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import prep_objects


class Venues:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def signing_host(self, verb, exclude=()) -> list[Arg]:
        """The state whose capital one side signed in ("signed a pact in Ankara"): a side travels to sign with
        its host. Only for one signing state (two signing in a third capital are its guests, not its partners),
        never at a gathering of many ("signed the declaration in Addis Ababa at the AU summit")."""
        signers = self.agent(verb)
        states = {a.actor.id for a in signers if a.actor.type == "state"}
        if len(states) != 1 or len({a.actor.id for a in signers if not a.proxy}) != 1:
            return []
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
        if any(t.dep_ == "cc" for s in subjects for t in s.subtree):
            return []  # "Congolese and rebel delegates signed in Doha": a second signer the text does not name
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        if any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for h in heads for c in h.children):
            return []  # "signed a deal with the rebels in Doha": a partner named, if not as an actor
        gatherings = self.lex.noun_class["multilateral_venues"]
        if any(t.lemma_.lower() in gatherings for t in self.tokens):
            return []
        # "signed a framework agreement on railway cooperation in New Delhi": the place hung on the deal's topic
        heads += [p for h in list(heads) for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "for", "of")
                  for p in prep_objects(c)]
        hosts = [Arg(m.actor, m.start) for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                 for o in prep_objects(c) if (m := self.mention(o)) is not None and m.kind == "capital"
                 and m.actor.type == "state" and m.actor.id not in states and m.actor.id not in exclude]
        return hosts if len({a.actor.id for a in hosts}) == 1 else []

    def hosted_sides(self, noun, exclude=()) -> list[Arg]:
        """The sides of talks a venue hosts: those between whom they are, the two who hold them ("Russia and Ukraine
        held talks in Istanbul", lexicon `talks_holding`), or the two the clause that holds them at or during names
        ("Iran and Saudi Arabia agreed to restore ties at talks in Beijing")."""
        between = self.noun_role(noun, "between", exclude)
        if len({a.actor.id for a in between}) >= 2:
            return between
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.lex.noun_class["talks_holding"]:
            clause = noun.head  # "Russia and Ukraine held direct talks in Istanbul": the two who hold them
        elif noun.dep_ != "pobj" or noun.head.lower_ not in ("at", "during"):
            return []
        else:
            clause = noun.head.head
        for _ in range(3):  # "agreed to restore ties at talks in Beijing": the place hung on what was done there
            if clause.pos_ in ("VERB", "AUX") or clause.head == clause:
                break
            clause = clause.head
        if clause.pos_ not in ("VERB", "AUX"):
            return []
        named = [a for a in self.agent(clause, exclude) if not a.proxy]  # ("agreed to restore ties at talks")
        return named if len({a.actor.id for a in named}) == 2 else []

    def talks_host(self, noun, exclude=()) -> list[Arg]:
        """The state whose capital hosts talks between two others ("talks in Doha between A and B", "the
        negotiations between A and B in Washington", "A and B agreed at talks in Beijing"), when the sentence names
        no go-between of its own (a broker, a chair, the auspices of a body: lexicon `go_between_named`)."""
        named = self.lex.noun_class["go_between_named"]
        if any(t.lemma_.lower() in named or t.lower_.endswith(("-led", "-brokered", "-hosted", "-mediated"))
               for t in self.tokens):
            return []
        sides = {a.actor.id for a in self.hosted_sides(noun)}
        if not sides:
            return []
        # "talks between Sudan and Chad in Vienna": the place may hang on the last side named
        places = [t for t in noun.subtree if t.dep_ not in ("relcl", "acl")] + \
            ([noun.head] if noun.dep_ in ("dobj", "nsubj", "nsubjpass") else [])
        hosts = [Arg(m.actor, m.start) for h in places for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                 for o in prep_objects(c) if (m := self.mention(o)) is not None and m.kind == "capital"
                 and m.actor.type == "state" and m.actor.id not in sides and m.actor.id not in exclude]
        return hosts if len({a.actor.id for a in hosts}) == 1 else []
