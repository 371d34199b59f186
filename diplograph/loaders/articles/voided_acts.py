"""Another's act declared void: "Russia says the ICC's arrest warrants are legally void", "Armenia declared
Azerbaijan's decree null and void", "Beijing rejected the tribunal's award as null and void", "Moscow said the
sanctions imposed by the EU were invalid". Holding a decision, ruling, warrant or deal of someone to have no force
(a word of the lexicon's `nullity`) rejects whose it is (REJECTION): its possessor, the state of its demonym, its
of-phrase or the by-phrase of the participle that tells who made it. The one who so holds is the speaker of a "be"
clause or the subject of a verb of calling, declaring or rejecting (`voiding_verbs`). A thing of no one named ("said
the vote was void") rejects no one; a denied nullity ("are not void") none either.
"""

from __future__ import annotations

from diplograph.loaders.articles.syntax import prep_objects, speech_verb

# How a word of nullity hangs below the verb that says it: "are void", "declared it void", "as null and void".
CLIMB = ("acomp", "attr", "oprd", "conj", "pobj", "prep", "dobj", "ccomp", "xcomp", "advmod", "amod", "compound")


class VoidedActs:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _voided_acts(self) -> None:
        nullity = self.lex.noun_class["nullity"]
        voiding = self.lex.noun_class["voiding_verbs"]
        for word in self.tokens:
            if word.lower_ not in nullity:
                continue
            verb, below = word, None
            for _ in range(4):
                if verb.pos_ in ("VERB", "AUX") or verb.dep_ not in CLIMB or verb.head == verb:
                    break
                below, verb = verb, verb.head
            if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
                continue
            act = verb  # (the saying is the act: "Russia says the warrants are void" rejects them, as asserted)
            if verb.lemma_.lower() == "be":
                act = speech_verb(verb, self.lex.noun_class["findings"])
                judges = self.agent(act) if act is not None else []
                things = [c for c in verb.children if c.dep_ == "nsubj"]
            elif verb.lemma_.lower() in voiding:
                judges = self.agent(verb)
                # ("declared Azerbaijan's decree null": the parser may make the nullity word the object itself)
                things = [c for c in verb.children if c.dep_ == "dobj"]
            else:
                continue
            if not judges or not things:
                continue
            excluded = {a.actor.id for a in judges}
            owners = [a for thing in things for a in self._makers_of(thing, excluded)]
            self._emit(judges, owners, ("REJECTION",), act, "voided_act")

    def _makers_of(self, thing, exclude) -> list:
        """Whose the thing is: "the ICC's warrants", "the Azerbaijani decree", "the award of the tribunal", "the
        warrants issued by the ICC" (not a thing that is itself an actor: "said Kosovo was void" is no act)."""
        if self.mention(thing) is not None:
            return []
        found = []
        for child in [*thing.children, *(g for c in thing.children if c.dep_ == "compound" for g in c.children)]:
            if child.dep_ == "poss" and child.pos_ != "PRON" or child.dep_ in ("amod", "compound") and \
                    self.mention(child) is not None:
                found += self.actors(child, "origin", exclude)
            elif child.dep_ == "prep" and child.lower_ == "of":
                found += [a for o in prep_objects(child) for a in self.actors(o, "strict", exclude)]
            elif child.dep_ == "acl" and child.tag_ == "VBN":
                found += [a for c in child.children if c.dep_ == "agent" for o in prep_objects(c)
                          for a in self.actors(o, "strict", exclude)]
        return found
