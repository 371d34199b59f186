"""A defence commitment said to cover attacks on someone: "Washington said the treaty covers attacks on Philippine
vessels", "the pact between Australia and Papua New Guinea applies to attacks on Papuan forces", "an armed attack on
Japanese ships would invoke its obligations under the treaty". The one bound to answer such an attack backs the one
attacked (SUPPORT): a commitment to defend them, told as what the commitment covers rather than as a pledge
(`defence_pledge` reads "would treat an attack on X as an attack on itself").

The attack is a word of the lexicon's `assault` class with an on- or against-phrase naming whom it would strike (a
demonym counts: "Philippine vessels"); the commitment a word of `defence_commitments`, the subject of a verb of
`covering_verbs` ("covers", "applies to", "extends to") or its object ("would invoke its obligations"). Who is bound:
the commitment's possessor ("its obligations"), else whoever says or reaffirms it, else the other party of a treaty
"between" or "with" the one attacked. A commitment that covers nothing said ("the treaty covers trade") backs no one.
"""

from __future__ import annotations

from diplograph.loaders.articles.syntax import SPEECH, prep_objects

# Verbs that state a commitment besides the verbs of saying: "reaffirmed that the treaty covers ...".
AFFIRMING = SPEECH | frozenset({"reaffirm", "reiterate", "confirm", "repeat", "underline", "assure", "pledge",
                                "promise", "make"})


class TreatyCover:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _treaty_cover(self) -> None:
        attacks = self.lex.noun_class["assault"]
        commitments = self.lex.noun_class["defence_commitments"]
        covering = self.lex.noun_class["covering_verbs"]
        for attack in self.tokens:
            if attack.pos_ != "NOUN" or attack.lemma_.lower() not in attacks and attack.lower_ not in attacks:
                continue
            verb, commitment = self._covering_clause(attack, covering, commitments)
            if verb is None:
                continue
            attacked = [a for p in attack.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                        for o in prep_objects(p) for a in self.actors(o, "origin")]
            if not attacked:
                continue
            excluded = {a.actor.id for a in attacked}
            speech = self._affirming_verb(verb)
            bound = [a for p in commitment.children if p.dep_ == "poss" for a in self.actors(p, "strict", excluded)]
            if not bound and speech is not None:
                bound = self.agent(speech, exclude=excluded)
            if not bound:
                bound = self.prep_args(commitment, ("between", "with"), exclude=excluded)
            self._emit(bound, attacked, ("SUPPORT",), speech if speech is not None else verb, "treaty_cover")

    def _covering_clause(self, attack, covering, commitments):
        """(the covering verb, the commitment) of "the treaty covers attacks", "the pact applies to attacks", "an
        attack would invoke its obligations"; (None, None) otherwise."""
        verb = attack.head
        if attack.dep_ == "pobj" and verb.lower_ == "to":
            verb = verb.head  # "applies to attacks on X"
        elif attack.dep_ not in ("dobj", "nsubj"):
            return None, None
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in covering or any(c.dep_ == "neg" for c in verb.children):
            return None, None
        role = "dobj" if attack.dep_ == "nsubj" else "nsubj"
        commitment = next((c for c in verb.children if c.dep_ == role and (
            c.lemma_.lower() in commitments or c.lower_ in commitments)), None)
        return (verb, commitment) if commitment is not None else (None, None)

    def _affirming_verb(self, verb):
        """The verb of saying or reaffirming whose clause ``verb`` is (two steps up at most)."""
        node = verb
        for _ in range(2):
            if node.dep_ not in ("ccomp", "xcomp") or node.head == node:
                return None
            node = node.head
            if node.lemma_.lower() in AFFIRMING and any(c.dep_ == "nsubj" for c in node.children):
                return node
        return None
