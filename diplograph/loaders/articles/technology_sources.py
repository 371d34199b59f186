"""Whose technology a production uses (role `technology_source`, lexicon trigger `produce_with_know_how`):
"HAL builds Su-30 fighters *under licence from Russia*", "Brazil will build submarines *with French
technology*", "Belarus makes the launchers *with help from Beijing*", "*technology transfer from France*
allowed India to build", "*Iran has helped* Russia build a drone factory". The source sets up production in
the maker's state: CO_PRODUCTION from the technology's source to its host (mixed into
:class:`~diplograph.loaders.articles.relations.SentenceRelations`)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import SUBJ, prep_objects

# Prepositions that hang the means of a production on its verb or on what is made.
_MEANS = ("under", "with", "using", "through", "thanks")


class TechnologySources:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def technology_source(self, verb, exclude=()) -> list[Arg]:
        """Who gives the licence, know-how or help with which ``verb`` makes something."""
        holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
        means = [n for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in _MEANS
                 for p in prep_objects(c) for n in (p, *self._means_heads(p)) if self._know_how_word(n)]
        found = [a for n in means for a in self._know_how_giver(n, exclude)]
        found += self._technology_transferred(verb, exclude)
        if not found and verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in \
                self.lex.noun_class["production_helping"]:  # "Iran has helped Russia build a factory"
            found = [a for c in verb.head.children if c.dep_ in SUBJ for a in self.actors(c, "strict", exclude)]
        return found

    def _know_how_word(self, noun) -> bool:
        """A word of licence, technology or help, also when the tokenizer cut it at its hyphen ("know - how")."""
        doc = noun.doc
        word = f"{doc[noun.i - 2].lower_}-{noun.lower_}" if noun.i >= 2 and doc[noun.i - 1].text == "-" else noun.lemma_.lower()
        return word in self.lex.noun_class["production_know_how"]

    @staticmethod
    def _means_heads(noun) -> list:
        """The nouns a means phrase is about when the parser heads it otherwise ("with a transfer of technology")."""
        return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in prep_objects(c)]

    def _know_how_giver(self, noun, exclude) -> list[Arg]:
        """Whose licence, technology or help ``noun`` is: "a Russian licence", "Beijing's help", "help from
        Beijing", "the assistance of China"."""
        found = self.actors(noun, "origin", exclude, coordinated=False)
        # ("with technology transferred from the Netherlands": the from-phrase of a participle on it too)
        holders = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")]
        found += [a for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "by")
                  and (c.lower_ != "by" or h is not noun) for p in prep_objects(c) for a in self.actors(p, "strict", exclude)]
        return found

    def _technology_transferred(self, verb, exclude) -> list[Arg]:
        """The giver of a transfer of technology told in the same sentence: "technology transfer from France",
        "France's transfer of know-how", "MHI will transfer technology"; a transfer that names no giver comes
        from the partner the maker deals with ("signed a deal with Navantia to build corvettes, with a transfer
        of technology")."""
        found, unnamed = [], False
        for token in verb.sent:
            if token.lemma_.lower() != "transfer":
                continue
            moved = [c for c in token.children if c.dep_ in ("compound", "dobj")] + \
                [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in prep_objects(c)]
            moved += [token.head] if token.dep_ == "compound" else []  # "technology transfer" parsed the other way
            if token.dep_ == "compound" and self._know_how_word(token.head):
                moved.append(token.head)
            if not any(self._know_how_word(m) for m in moved):
                continue
            if token.pos_ == "VERB":
                givers = [a for c in token.children if c.dep_ in SUBJ for a in self.actors(c, "strict", exclude)]
            else:
                givers = [a for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
                          for p in prep_objects(c) for a in self.actors(p, "strict", exclude)]
                givers += [a for c in token.children if c.dep_ == "poss" for a in self.actors(c, "strict", exclude)]
            givers += [a for m in moved for a in self.actors(m, "origin", exclude, coordinated=False)]
            found += givers
            unnamed = unnamed or not givers
        if unnamed and not found:
            found = self.verb_role(verb, "partner", self._themes(verb), exclude)
        return found
