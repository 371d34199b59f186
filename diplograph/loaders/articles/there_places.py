"""Where a locative "there" points: the place the text named last as where something is or happens.

"Türkiye fights the PKK in northern Iraq and keeps a network of bases there", "Cambodia let China
rebuild the pier at Ream. Two Chinese corvettes have been berthed there since": "there" (not the
"there" of "there is") stands for the state of the last place phrase before it ("in", "at", "near",
"into", "across" ... a place) in its sentence, else in the sentence or two before it in the same
paragraph. News prose says "there" instead of repeating a place just named, most often of bases,
troops and investments, so a role of where (``location``) that names no place may take it.

It stays unresolved (a wrong place is worse than none) when that last place phrase names no state
the gazetteer knows ("on Agaléga", "near the Kenyan border", "in the country": the place is there,
but not a known state's name), names two states ("in Mali and Niger"), or when the sentence names,
before "there", another state that is neither that place nor the doer ("Around 1,000 French soldiers
were stationed in Chad. Senegal has asked France to close its bases there": Senegal's bases, not
Chad's).
"""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import SUBJ, prep_objects

# Prepositions of where a thing stands or happens (not "to" nor "on": "sold drones to X", "sanctions on X")
LOCATIVE = frozenset({"in", "at", "near", "into", "inside", "within", "across", "throughout"})
# What the model names that is no place ("in March", "at the Olympics", "in Islam")
NOT_PLACES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "EVENT", "LAW",
                        "WORK_OF_ART", "LANGUAGE", "NORP", "PERSON"})
# Characters back to a place phrase in an earlier sentence: the sentence or two before
PLACE_REACH = 450
# Clauses and appositions inside a place phrase tell something else ("in Vanuatu, where a wharf ..." is Vanuatu)
_ASIDES = frozenset({"relcl", "acl", "advcl", "appos", "ccomp"})


class TherePlaces:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def there_place(self, heads, exclude=()) -> list[Arg]:
        """The state a locative "there" hung on one of ``heads`` (a verb, the nouns it acts on, the
        verb a noun hangs on) stands for; [] when there is none or it stays unresolved."""
        there = next((c for h in heads if h is not None for c in h.children
                      if c.lower_ == "there" and c.dep_ == "advmod" and not _existential(c)), None)
        if there is None:
            return []
        place, phrase = self._place_before(there)
        why = f"the place named last: '{phrase}'" if phrase else "no place named before it in the paragraph"
        if place is not None and place.id in exclude:
            place, why = None, f"'{phrase}' names one of the relation's own actors"
        elif place is not None and (other := self._other_state_before(there, place, exclude)) is not None:
            place, why = None, f"{other.name} is named before it and is neither that place nor the doer"
        self._note_reference(there, place, why)
        return [Arg(place, there.i)] if place is not None else []

    def there_of_noun(self, noun, also, exclude=()) -> list[Arg]:
        """A "there" said of a noun's place: hung on the noun, on the words read with it, or on the verb
        the noun (or the phrase it ends: "a network of bases") is the subject or object of ("India has a
        base there")."""
        top = noun
        while top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.pos_ == "NOUN":
            top = top.head.head
        verb = top.head if top.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") else None
        return self.there_place((noun, *also, top, verb), exclude)

    def note_places(self) -> None:
        """Remember this sentence's place phrases, for a "there" in the sentences after it."""
        for prep, ids, text in self._place_phrases():
            self.ctx.places.append((self._position(prep), ids, text))

    def _place_before(self, there):
        """The one state of the last place phrase before ``there`` (None when it names none or two) and
        the phrase's words ("" when there is no place phrase before it in the paragraph)."""
        here = [(states, text) for prep, states, text in self._place_phrases() if prep.i < there.i]
        if not here:
            start = self.offset + self.sent.start_char
            since = max(self.ctx.paragraph_start or 0, start - PLACE_REACH)
            here = [(states, text) for at, states, text in self.ctx.places if since <= at < start]
        if not here:
            return None, ""
        states, text = here[-1]
        return (states[0] if len(states) == 1 else None), text

    def _place_phrases(self) -> list[tuple]:
        """(preposition, the states it names, its words) for each place phrase of this sentence, in
        order: a locative preposition whose object names a state or place (also inside it: "at the port of
        Bata", "in northern Iraq"), or is a place of no known state ("at Deveselu", "near the Kenyan
        border": no ids)."""
        phrases = []
        for prep in self.tokens:
            if prep.dep_ != "prep" or prep.lower_ not in LOCATIVE:
                continue
            for obj in prep_objects(prep):
                words = list(_phrase(obj))
                states = {m.actor.id: m.actor for t in words if (m := self.mention(t)) is not None
                          and m.type == "state" and not m.is_demonym}
                unknown = obj.pos_ == "PROPN" and self.mention(obj) is None and obj.ent_type_ not in NOT_PLACES or \
                    obj.lemma_.lower() in self.lex.noun_class["place_nouns"]
                if states or unknown:
                    text = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
                    phrases.append((prep, tuple(states.values()), f"{prep.text} {text}"))
        return phrases

    def _other_state_before(self, there, place, exclude):
        """A state the sentence names before ``there`` that is neither ``place`` nor a doer of the clause
        "there" is in (nor a state a doer serves): the state whose place "there" may well be instead."""
        verb = there.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        doers = {a.actor.id for a in self.agent(verb)} | {a.actor.id for c in verb.children if c.dep_ in SUBJ
                                                          for a in self.actors(c, "origin")}
        doers |= {s.id for d in list(doers) if (s := self.ctx.serves.get(d)) is not None}
        for m in self.mentions:
            if m.start >= there.i:
                break
            if m.type == "state" and not m.is_demonym and m.actor.id not in doers and m.actor.id != place.id \
                    and m.actor.id not in exclude:
                return m.actor
        return None

    def _note_reference(self, token, actor, why: str) -> None:
        """Say in the trace what the word stood for and why (or why it stood for no one)."""
        if self.trace is not None:
            said = f"'{token.text}' = {actor.name}" if actor is not None else f"'{token.text}' = no one"
            self.trace.refer(f"{said} ({why})")


def _existential(there) -> bool:
    """The "there" of "there is", "there were reports": no place."""
    return there.dep_ == "expl" or there.head.lemma_ == "be" and there.i < there.head.i


def _phrase(obj):
    """The words of a place phrase's object, less the clauses and appositions inside it."""
    yield obj
    for child in obj.children:
        if child.dep_ not in _ASIDES:
            yield from _phrase(child)
