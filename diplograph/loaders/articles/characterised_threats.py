"""A threat one is said to be, not one made: "the two sides underlined that the PKK represents a security threat to
both Türkiye and Iraq", "Ghana said the militia poses a threat to its neighbours", "the group remains a danger to
Mali". A noun of threat that a verb of being or posing (the lexicon's `characterising_verbs`) gives its subject tells
what the subject is judged to be; it threatens no one. So the THREAT its words read is dropped, and whoever says so
(the subject of the verb of saying the clause hangs on: `modality.reported.verbs` and `characterising_speech`)
criticises the one so judged. A threat made stays a threat: "Russia threatened Moldova", "Iran issued a threat to
Israel", "the threat by Iran to close the strait"."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg, Found

_ROLES = ("attr", "dobj")


class CharacterisedThreats:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _threats_characterised(self) -> None:
        judged = [f for f in self.found if f.predicate == "THREAT" and self._characterised(f.trigger, f.subject)]
        if not judged:
            return
        self.found = [f for f in self.found if f not in judged]
        for f in judged:
            self._drop(f"{f.subject.name} THREAT {f.object.name} ({f.rule}): a threat the subject is said to be, "
                       "not one it made")
        done = set()
        for f in judged:
            verb = f.trigger.head
            if (f.subject.id, verb.i) in done:
                continue
            done.add((f.subject.id, verb.i))
            speech = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in self._speech_verbs() else None
            if speech is not None:
                self._emit(self.agent(speech, exclude={f.subject.id}), [Arg(f.subject, -9000 - verb.i)],
                           ("CRITICISM",), speech, "threat:characterised")

    def _characterised(self, noun, subject) -> bool:
        """Is ``noun`` (a THREAT trigger) what a verb of being or posing says its subject, ``subject``, is?"""
        if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in _ROLES:
            return False
        verb = noun.head
        if verb.lemma_.lower() not in self.lex.noun_class["characterising_verbs"]:
            return False
        return any(a.actor.id == subject.id for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                   for a in self.actors(c, "strict"))

    def _speech_verbs(self) -> frozenset[str]:
        return frozenset(self.lex.modality["reported"]["verbs"]) | self.lex.noun_class["characterising_speech"]
