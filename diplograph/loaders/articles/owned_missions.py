"""What an object "it" stands for right after a sentence that names a body's or a state's undertaking.

"On 12 September NATO launched Northern Shield, an operation to protect undersea cables. Denmark and Norway
were among the first to commit ships to *it*", "An EU monitoring mission has patrolled Georgia's side of the
boundary since 2008. Russia has repeatedly criticised *it*": what is done to a mission, an operation, an
initiative or a programme (lexicon `owned_missions`) is done to whoever runs it. The nearest state before the
pronoun is the wrong guess here ("criticised it" read as criticism of Norway, named a paragraph before).

The undertaking's owner is named inside its own phrase ("an EU mission", "NATO's operation") or is the doer of
the verb that set it up (lexicon `mission_setups`: "NATO launched Northern Shield, an operation ...",
"the bloc set up a mission"); only a state or an organisation owns one. The object "it" (of a verb or a
preposition, never a subject, which is the paragraph's actor) of the next sentence in the same paragraph stands
for that owner; a sentence that names undertakings of two owners gives none. Not a to-phrase ("committed ships
to it"): forces handed to an operation back it, but the transfer rules would read them as aid to its owner.
"""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg

# how far back (characters) the undertaking may have been named: the sentence before
MISSION_REACH = 400
_OWNERS = ("state", "organization")


class OwnedMissions:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _remember_missions(self) -> None:
        """Note the one owner of the undertakings this sentence names (None when two own them)."""
        words = self.lex.noun_class["owned_missions"]
        owners = {}
        for noun in self.tokens:
            if noun.lemma_.lower() in words and noun.pos_ in ("NOUN", "PROPN"):
                owners.update((a.id, a) for a in self._mission_owners(noun))
        if owners:
            owner = next(iter(owners.values())) if len(owners) == 1 else None
            self.ctx.missions_named.append((self._position(self.tokens[-1]), owner))

    def _mission_owners(self, noun) -> list:
        named = [self.mention(t) for t in noun.subtree if t.i < noun.i and t.dep_ in ("compound", "poss", "amod", "nmod")]
        owners = [m.actor for m in named if m is not None and m.type in _OWNERS]
        if owners:
            return owners
        # "NATO launched Northern Shield, an operation to ...": the doer of the verb that set it up
        named_undertaking = noun.head if noun.dep_ == "appos" else noun
        verb = named_undertaking.head
        if named_undertaking.dep_ != "dobj" or verb.lemma_.lower() not in self.lex.noun_class["mission_setups"]:
            return []
        return [a.actor for a in self.agent(verb) if a.actor.type in _OWNERS and not a.proxy]

    def mission_owner(self, token, types, exclude) -> list[Arg]:
        """[the owner] an object "it" stands for, as above; [] otherwise."""
        if token.lower_ != "it" or token.dep_ not in ("dobj", "pobj") or not self.ctx.missions_named:
            return []
        if token.dep_ == "pobj" and token.head.lower_ == "to":
            return []  # "committed ships to it": what is handed to an operation the transfer rules would make aid
        start = self._position(self.tokens[0])
        paragraph = self.ctx.paragraph_start if self.ctx.paragraph_start is not None else 0
        before = [(at, owner) for at, owner in self.ctx.missions_named if at < start]
        if not before:
            return []
        at, owner = before[-1]
        if at < max(paragraph, start - MISSION_REACH) or owner is None or owner.type not in types or \
                owner.id in exclude:
            return []
        return [Arg(owner, token.i)]
