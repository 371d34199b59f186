"""The body of a title named by the head word of its name alone: "The Pamir Observatory published a report ...
said Farid Saidov, a researcher at the observatory", "Maria Lind, a fellow at the institute", "the director of the
centre". Feature writers name a think tank or institute in full once and then by its head word; the title's phrase
then names no actor, and the person is left without the body they speak for. The word points back only to a body
(an NGO, organisation or firm) the text named before whose name holds it as a word ("Observatory" of "Pamir
Observatory"), the one named last; with none, the title stays unread, as before (no other body is guessed)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg

_BODIES = ("ngo", "organization", "company")
_HOLDING = ("at", "of", "with", "for")


class TitleBodies:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _body_by_head_word(self, phrase) -> Arg | None:
        """The body "the observatory" of a title's phrase stands for, or None."""
        for tok in phrase:
            if tok.dep_ != "pobj" or tok.head.lower_ not in _HOLDING or tok.pos_ != "NOUN" or \
                    tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or \
                    any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in tok.children):
                continue
            body = self.ctx.recent_styled(tok.text.title(), _BODIES, self._position(tok))
            if body is not None:
                if self.trace is not None:
                    self.trace.refer(f"'the {tok.text}' = {body.name} (the body named before whose name holds the word)")
                return Arg(body, tok.i)
        return None
