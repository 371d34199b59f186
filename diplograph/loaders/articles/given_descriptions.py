"""What a document said an actor is, and the later phrases that call the actor by it.

    "Kenya, the region's economic hub, sent police to Haiti. The hub also signed a deal with the UAE."
    "Azerbaijan is the Caucasus's largest oil producer. The producer agreed to supply Bulgaria."
    "The Somali insurgency al-Shabaab ... The insurgency claimed the attack."

Writers name an actor once and then go on with what they said it is: an apposition to the name ("X, a
major banana exporter"; "the insurgency al-Shabaab") or the predicate of a copula ("X is the region's
hub"). The head noun of that description is noted with the actor for the rest of the section, and a
later "the" + that noun (adjectives allowed, no name of its own) stands for the actor. Unlike the
lexicon's fixed references ("the country", "the group", "the kingdom", left to references.py, which
weighs salience), the words here are whatever the document itself set up, so any noun can serve;
nouns too vague to name one actor ("part", "member", "target") are listed in the lexicon
(`given_heads_not`). A compound in the later phrase must have been in the description ("the gas
producer" is not the "oil producer"), and a phrase whose own words name another actor points nowhere.
Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`.
"""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.described import classes_named
from diplograph.loaders.articles.syntax import STATE_STYLES
from diplograph.loaders.articles.titles import is_title

_DESCRIBED_TYPES = ("state", "organization", "armed_group", "company", "ngo")
_DETERMINERS = ("a", "an", "the")
_COPULAS = ("be", "become", "remain")


class GivenDescriptions:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def note_given_descriptions(self) -> None:
        """Note, for the rest of the section, the head noun of each description this sentence gives an
        actor by apposition or copula ("is", "became", "remains"), with the words of the description (for the compounds check)."""
        for noun, named in self._descriptions_given():
            if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not self._describable(noun, named.type):
                continue
            words = frozenset(t.lemma_.lower() for t in noun.subtree)
            self.ctx.given[noun.lemma_.lower()] = (self._position(noun), named.actor, words)

    def _descriptions_given(self):
        """(description noun, mention of the actor it describes) pairs of this sentence."""
        for token in self.tokens:
            if token.dep_ == "appos":
                # "Kenya, the region's hub" (the name heads) and "the insurgency al-Shabaab" (the noun heads)
                for noun, name in ((token, token.head), (token.head, token)):
                    named = self.mention(name)
                    if named is not None and self.mention(noun) is None and named.type in _DESCRIBED_TYPES \
                            and not named.is_demonym and self._determined(noun, name):
                        yield noun, named
            elif token.pos_ == "NOUN" and token.i + 1 < self.sent.end and self.mention(token) is None and \
                    (named := self.mention(self.doc[token.i + 1])) is not None and named.type in _DESCRIBED_TYPES \
                    and not named.is_demonym and self._determined(token, None) and self._heads_name(token, named):
                yield token, named  # "the Somali insurgency al-Shabaab", which parsers hang in several ways
            elif token.dep_ == "attr" and token.head.lemma_ in _COPULAS and \
                    not any(c.dep_ == "neg" for c in token.head.children) and self.mention(token) is None:
                subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
                subject = subjects[0] if len(subjects) == 1 else None
                if subject is not None and subject.lower_ in ("which", "that") and token.head.dep_ == "relcl":
                    subject = token.head.head  # "Azerbaijan, which is the region's largest producer"
                named = self.mention(subject) if subject is not None else None
                if named is not None and named.type in _DESCRIBED_TYPES and not named.is_demonym and \
                        self._determined(token, None):
                    yield token, named

    def _heads_name(self, noun, named) -> bool:
        """Whether a noun just before a name is its description, as parsers hang one: on the name ("the giant
        Cosco"), or beside it in the same role ("the insurgency al-Shabaab has fought"); never "the deal Ghana
        signed", where the name is a relative clause's subject."""
        root = self.doc[named.start:named.end].root
        return named.start <= noun.head.i < named.end or noun.head == root.head and noun.dep_ == root.dep_

    @staticmethod
    def _determined(noun, name) -> bool:
        """Whether the description is "a"/"the" or a possessor and a noun ("the region's hub"), not a bare
        word the parser hung on a name ("Mali junta leader")."""
        return any((c.dep_ == "det" and c.lower_ in _DETERMINERS or c.dep_ == "poss") and c is not name
                   for c in noun.children)

    def _describable(self, noun, actor_type: str) -> bool:
        """Whether the noun is one this module reads for an actor of ``actor_type``: not a word the fixed
        references read for that type ("the producer" of a firm; a state called "the producer" is read here),
        nor a state class, title, armed force or fighters' word, nor an event (an act, a deal, a meeting, a
        quarrel), nor one too vague to name a single actor."""
        word = noun.lemma_.lower()
        fixed = {phrase.split()[-1] for phrase, (_, types) in self.lex.references.items() if actor_type in types} | \
            {phrase.split()[-1] for phrase in self.lex.named_heads} | \
            {phrase.split()[-1] for phrase in self.lex.armed_references}
        return not (word in fixed or word in STATE_STYLES or word in self.lex.armed_heads or
                    word in self.lex.noun_class["combatants"] or word in self.lex.noun_class["given_heads_not"]
                    or word in self.lex.short_form_not or classes_named(word) or is_title(word, self.lex)
                    # ("Israel, its first direct attack": a misparse, no description)
                    or word in self.lex.classes("act", "agreement", "meeting", "dispute"))

    def _given_description(self, token, exclude) -> list[Arg] | None:
        """"The hub signed ...": the actor the section described with this noun before, or None when the
        phrase is not "the" + (adjectives) + such a noun; no one when that actor is the other side."""
        if token.pos_ != "NOUN" or token.tag_ != "NN" or token.dep_ == "appos":
            return None
        if self.mention(token.head) is not None or token.i + 1 < len(self.doc) and self.mention(self.doc[token.i + 1]):
            return None  # "the private miner SQM": the phrase describes the name it heads, not one told before
        if [c.lower_ for c in token.children if c.dep_ in ("det", "poss", "nummod")] != ["the"]:
            return None
        given = self.ctx.given.get(token.lemma_.lower())
        if given is None or not self.ctx.section_start <= given[0] < self._position(token):
            return None
        _, actor, words = given
        for child in token.children:
            named = self.mention(child)
            if named is not None and named.actor.id != actor.id:
                return None  # "the Ugandan hub": another actor's
            if child.dep_ == "compound" and named is None and child.lemma_.lower() not in words:
                return None  # "the gas producer" after "the largest oil producer"
        return [Arg(actor, token.i)] if actor.id not in exclude else []
