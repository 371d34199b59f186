"""The state a firm's or group's description names, also through a possessive pronoun: "Chile holds vast copper
reserves. *Its* state company Codelco signed ..." (mixed into
:class:`~diplograph.loaders.articles.relations.SentenceRelations`)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg


class FirmHomes:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _phrase_states(self, phrase, clauses) -> list[Arg]:
        """The states a description of a firm or group names outside its clauses ("Turkish drone company Baykar"),
        else the state a possessive pronoun on its firm word stands for ("its state company Codelco", "their national
        oil firm")."""
        named = [m for t in phrase if t.i not in clauses and not self._doer_of_participle(t) and
                 (m := self.mention(t)) is not None and m.type == "state"]
        if named:
            return [Arg(m.actor, m.start) for m in named]
        # (the pronoun on a word for a firm one owns, not one that serves: "its main supplier, the company X" is
        # another state's firm; lexicon `owned_firms`)
        firms = self.lex.noun_class["owned_firms"]
        return [a for t in phrase if t.dep_ == "poss" and t.lower_ in ("its", "their") and t.i not in clauses
                and t.head.lemma_.lower() in firms for a in self.actors(t, "strict") if a.actor.type == "state"][:1]

    def _doer_of_participle(self, token) -> bool:
        """"Hezbollah, the Iranian-backed group", "a Saudi-targeted movement": a state hyphened to a participle backs,
        leads or targets the group and is not its home ("a London-based firm" is: lexicon `seated`)."""
        doc = token.doc
        if token.i + 2 >= len(doc) or doc[token.i + 1].text not in ("-", "–"):
            return False
        participle = doc[token.i + 2]
        return participle.lower_.endswith(("ed", "run")) and \
            participle.lower_ not in self.lex.noun_class["seated"]
