"""A state's own news agency or broadcaster is affiliated with it: "the Russian state news agency Sputnik", "Syria's
official news agency SANA", "China's state broadcaster CGTN" (a news outlet named with a state and no mark of the
state's ownership, "the Turkish news agency Anadolu", is only based there, as any firm is). An outlet the text
only cites as its source ("according to the state news agency X", "X reported") is no actor of the story."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg


class StateMedia:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _state_media(self) -> None:
        """AFFILIATED_WITH for a named outlet whose description holds a news word (lexicon `news_outlets`), a word of
        state ownership (`state_owned_marks`) and a state."""
        outlets, marks = self.lex.noun_class["news_outlets"], self.lex.noun_class["state_owned_marks"]
        for mention in self.mentions:
            if mention.type not in ("company", "ngo", "organization") or self._cited_outlet(mention):
                continue
            for phrase in self._title_phrases(mention):
                lemmas = {t.lemma_.lower() for t in phrase}
                if not (lemmas & outlets and lemmas & marks) or self._cited_description(phrase):
                    continue
                # the state nearest the name ("the Baku office of the Russian state news agency Sputnik": Russia)
                states = self._phrase_states(phrase, set())
                if states and self._emit([Arg(mention.actor, mention.start)], states[-1:], ("AFFILIATED_WITH",),
                                         None, "state_media"):
                    break

    def _cited_outlet(self, mention) -> bool:
        """Is the outlet only a source the text cites ("a photo released by the Syrian official news agency SANA",
        "according to ...", "state news agency X reported"; lexicon `outlet_citing`), not an actor of the story?"""
        root = self.doc[mention.start:mention.end].root
        while root.dep_ in ("appos", "compound") and root.head != root:
            root = root.head
        head = root.head
        if root.dep_ == "pobj" and (head.lower_ in ("by", "from", "to") or head.head.lower_ == "according"):
            return True
        return root.dep_ == "nsubj" and head.lemma_.lower() in self.lex.noun_class["outlet_citing"]

    def _cited_description(self, phrase) -> bool:
        """Does a source's preposition open the outlet's description ("a photo released *by* the Syrian official news
        agency SANA", however the parser hangs the name)?"""
        first = min((t.i for t in phrase), default=self.sent.start)
        return first > self.sent.start and self.doc[first - 1].lower_ in ("by", "from", "to")
