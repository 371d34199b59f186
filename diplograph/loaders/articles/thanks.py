"""Help named in thanks: whom thanks for it go to gave it, who thanks another got it ("Nepal thanked
Japan *for the aid*", "conveyed Nepal's gratitude to Japan for the relief supplies").

Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations` beside the noun
triggers (``nouns``), whose roles ``thanked`` and ``thanker`` ask it.
"""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import governing_verb


class Thanks:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _thanks_for(self, noun):
        """The word of thanks or praise whose for-phrase holds the help ``noun`` names ("thanked India *for the
        assistance*", "expressed gratitude to Japan *for the aid*", the gratitude or its verb), else None."""
        while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:  # "for the new military aid package"
            noun = noun.head
        thanks = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
        if thanks is None or thanks.lemma_.lower() in self.lex.noun_class["thanking"]:
            return thanks
        grateful = thanks.pos_ == "VERB" and any(  # (the for-phrase hung on the verb of "expressed gratitude")
            c.dep_ == "dobj" and c.lemma_.lower() in self.lex.noun_class["thanking"] for c in thanks.children)
        return thanks if grateful else None

    def _thanked(self, noun, exclude) -> list[Arg]:
        """Whom thanks for the help ``noun`` names go to gave it: the thanking verb's object, else the to-phrase of
        the gratitude ("conveyed Nepal's gratitude to Japan for the aid")."""
        thanks = self._thanks_for(noun)
        if thanks is None:
            return []
        if thanks.pos_ == "VERB" and thanks.lemma_.lower() in self.lex.noun_class["thanking"]:
            return [a for c in thanks.children if c.dep_ == "dobj" for a in self.actors(c, "strict", exclude)]
        return self.prep_args(thanks, ("to",), exclude)

    def _thanker(self, noun, exclude) -> list[Arg]:
        """Who thanks another for the help ``noun`` names got it: the thanking verb's doer, or the gratitude's owner."""
        thanks = self._thanks_for(noun)
        if thanks is None:
            return []
        if thanks.pos_ == "VERB":
            return self.agent(thanks, exclude)
        owners = [a for c in thanks.children if c.dep_ == "poss" for a in self.actors(c, "strict", exclude)]
        verb = governing_verb(thanks)
        return owners or (self.agent(verb, exclude) if verb is not None else [])
