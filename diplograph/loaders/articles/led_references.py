"""A group named by its leader and then by its head word alone: "the Saudi-led coalition ... *The coalition*
struck Houthi positions" is Saudi Arabia acting, as the first phrase was (``_leaders`` in arguments.py).
Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import SUBJ


class LedReferences:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _note_led_heads(self) -> None:
        """Remember, for the rest of the section, who leads an "X-led" group of this sentence ("the Saudi-led
        coalition", "a Kenyan-led force"; head words `led_group_heads` in the lexicon), under its head word."""
        for token in self.tokens:
            if token.pos_ != "NOUN" or token.lemma_.lower() not in self.lex.noun_class["led_group_heads"]:
                continue
            leaders = {a.actor.id: a.actor for a in self._leaders(token)}
            if len(leaders) == 1:
                self.ctx.kept[f"led {token.lemma_.lower()}"] = (self._position(token), next(iter(leaders.values())))

    def _led_head(self, token, exclude) -> list[Arg] | None:
        """"The coalition struck ...": "the" and the head word alone of an "X-led" group named before in the section,
        acting (a subject or a by-phrase), is its leader; None when the phrase is no such head word ("the Arab
        coalition" names another) or is acted on ("pledged $300 million for the force" gives the leader nothing)."""
        top = token.head if token.dep_ == "conj" else token
        acting = top.dep_ in SUBJ or top.dep_ == "pobj" and top.head.lower_ == "by"
        if not acting or token.pos_ != "NOUN" or token.tag_ != "NN" or [c.lower_ for c in token.lefts] != ["the"]:
            return None
        kept = self.ctx.kept.get(f"led {token.lemma_.lower()}")
        if kept is None or not self.ctx.section_start <= kept[0] < self._position(token):
            return None
        return [] if kept[1].id in exclude else [Arg(kept[1], token.i)]
