"""Actors listed after a dash or a colon: "Three countries have bought drones – Kazakhstan, Kyrgyzstan and
Turkmenistan" names the buyers after the dash."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import DASHES


class DashLists:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _dash_list(self, verb) -> list[Arg]:
        """"Three countries have bought drones – Kazakhstan, Kyrgyzstan and Turkmenistan": the actors
        after a dash or colon, when the sentence lists them."""
        tokens = self.tokens
        after = [t for t in tokens if t.i > verb.i and t.text in DASHES and t.text != "-"]
        if not after:
            return []
        dash = after[0]
        nxt = [t for t in tokens if t.i > dash.i][:2]
        if not nxt or not any(self.mention(t) is not None and self.mention(t).type != "weapon" for t in nxt):
            return []
        found = []
        for t in tokens:
            if t.i <= dash.i:
                continue
            m = self.mention(t)
            if m is not None and m.start == t.i and m.type not in ("weapon", "person") and not m.is_demonym:
                found.append(Arg(m.actor, m.start))
        return found
