"""A state's own news agency or broadcaster is affiliated with it: "the Russian state news agency Sputnik", "Syria's
official news agency SANA", "China's state broadcaster CGTN" (a news outlet named with a state and no mark of the
state's ownership, "the Turkish news agency Anadolu", is only based there, as any firm is)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg


class StateMedia:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _state_media(self) -> None:
        """AFFILIATED_WITH for a named outlet whose description holds a news word (lexicon `news_outlets`), a word of
        state ownership (`state_owned_marks`) and a state."""
        outlets, marks = self.lex.noun_class["news_outlets"], self.lex.noun_class["state_owned_marks"]
        for mention in self.mentions:
            if mention.type not in ("company", "ngo", "organization"):
                continue
            for phrase in self._title_phrases(mention):
                lemmas = {t.lemma_.lower() for t in phrase}
                if not (lemmas & outlets and lemmas & marks):
                    continue
                # the state nearest the name ("the Baku office of the Russian state news agency Sputnik": Russia)
                states = self._phrase_states(phrase, set())
                if states and self._emit([Arg(mention.actor, mention.start)], states[-1:], ("AFFILIATED_WITH",),
                                         None, "state_media"):
                    break
