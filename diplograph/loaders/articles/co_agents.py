"""Others who do what a subject does, named between the subject and its verb (session 30, coord30).

News names a list of co-authors of one act apart from the subject far more often than inside it: a
participle of joining set off by commas ("Norway, *joined by Sweden and Finland*, condemned X", "the
agency, *joined by agencies from A, B and C*, warned that ...", "Kenya, *accompanied by* Ethiopia, sent
troops"; lexicon `companion_participles`), a phrase of concerted action ("Kenya, *in concert with*
Ethiopia, attacked X", "in coordination with", "in tandem with"; lexicon `companion_nouns`), and a
with-phrase right after a relative pronoun, commas or not ("EDF, *which together with Westinghouse*
lodged complaints", "Qatar, who, with Egypt, brokered"). Each gives every name of its list the
verb's act, as "A, B and C condemned X" would; a body qualified by its states ("agencies from A and
B") stands for them. The with-phrases set off by commas after a name are `arguments.companions`'.

Not a participle that is no joining ("Norway, backed by Sweden, condemned X": the backer does not
condemn), nor a phrase after the verb ("condemned X, joined by Y" may join X), nor a name set apart
("joined by Sweden but not Finland": `syntax.set_apart`).
"""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import RELATIVE, prep_objects, set_apart


class CoAgents:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def co_agents(self, subject, verb, exclude=()) -> list[Arg]:
        """Those named between ``subject`` and ``verb`` as acting with the subject."""
        if not subject.i < verb.i:
            return []
        heads = {subject.i, verb.i, *(c.i for c in subject.conjuncts)}
        between = self.doc[subject.i + 1:verb.i]
        found = []
        for word in between:
            # (a participle after a long list is often hung on a comma: anywhere between subject and verb will do)
            if self._joining_participle(word):
                found += [a for by in word.children if by.dep_ == "agent"
                          for o in prep_objects(by) for a in self._co_agent_actors(o, exclude)]
            elif word.head.i not in heads:
                continue
            elif word.dep_ == "prep" and word.lower_ == "in" and self._after_comma(word):
                found += [a for o in prep_objects(word) if o.lemma_.lower() in self.lex.noun_class["companion_nouns"]
                          for w in o.children if w.dep_ == "prep" and w.lower_ == "with"
                          for p in prep_objects(w) for a in self._co_agent_actors(p, exclude)]
            elif word.dep_ == "prep" and word.lower_ in ("with", "alongside") and subject.lower_ in RELATIVE \
                    and word.head == subject:
                found += [a for p in prep_objects(word) for a in self._co_agent_actors(p, exclude)]
        return found

    def _joining_participle(self, word) -> bool:
        """"joined by", "accompanied by", set off by a comma before it."""
        return word.tag_ == "VBN" and word.lemma_.lower() in self.lex.noun_class["companion_participles"] and \
            self._after_comma(word) and any(c.dep_ == "agent" for c in word.children)

    def _after_comma(self, word) -> bool:
        return word.i > 0 and self.doc[word.i - 1].text == ","

    def _co_agent_actors(self, noun, exclude) -> list[Arg]:
        """The actors a co-agent phrase names: its names, or the states that qualify a plural body
        ("agencies from A, B and C", "officials of A and B")."""
        if set_apart(noun):
            return []
        found = self.actors(noun, "strict", exclude)
        if not found and self.mention(noun) is None and noun.tag_ == "NNS":
            found = [a for p in noun.children if p.dep_ == "prep" and p.lower_ in ("from", "of")
                     for o in prep_objects(p) for a in self.actors(o, "strict", exclude)
                     if a.actor.type in ("state", "organization")]
        return found
