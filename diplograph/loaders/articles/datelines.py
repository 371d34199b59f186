"""The state a wire story is filed from, for a word that points back to a state before the text has named any:
"KYIV (Reuters) - *The government* said it had signed a deal with Poland" is Ukraine's government (mixed into
:class:`~diplograph.loaders.articles.relations.SentenceRelations`)."""

from __future__ import annotations

from diplograph.graph.model import Actor


class Datelines:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _dateline_state(self, types, exclude) -> Actor | None:
        """The state of the roundup item's own dateline ("LA PAZ - "), else of the wire story's ("ANKARA (Reuters) -
        "), when a state is what is looked for and it is not excluded; else None."""
        state = self.ctx.item_dateline or self.ctx.dateline
        return state if "state" in types and state is not None and state.id not in exclude else None
