"""Who "the co-chairs" are: the ones a co-chair's word named before ("The summit was held under the co-chairmanship
of President X of Egypt and President Y of the United States. ... The co-chairs welcome ..."; "a conference
co-hosted by France and Saudi Arabia ... the co-hosts"). A communiqué's voice: each co-chair acts for the state or
body they hold office in. Never the actors named last when no co-chair was named."""

from __future__ import annotations

from diplograph.graph.model import Actor
from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import SUBJ


class CoChairs:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def note_co_chairs(self) -> None:
        """Remember who a co-chair's noun or verb of this sentence names (two or more), for "the co-chairs" later."""
        words = self.lex.noun_class["co_chairing"]
        for token in (t for t in self.sent if t.lower_.startswith("co-") and t.lower_.removeprefix("co-") in words):
            if token.pos_ in ("VERB", "AUX"):  # "co-chaired by A and B", "A and B co-hosted the talks"
                phrases = [c for c in token.children if c.dep_ == "agent" or c.dep_ in SUBJ and c.dep_ != "nsubjpass"]
            else:  # "the co-chairmanship of A and B", "the co-hosts, A and B,"
                phrases = [c for c in token.children if c.dep_ == "appos" or c.dep_ == "prep" and c.lower_ in ("of", "by")]
            chairs = self._bodies_named([t for phrase in phrases for t in phrase.subtree])
            if len(chairs) >= 2:
                self.ctx.co_chairs = chairs

    def _bodies_named(self, tokens) -> list[Actor]:
        """The states and bodies ``tokens`` name, a person standing for the one they hold office in."""
        found: dict[str, Actor] = {}
        for m in {m.start: m for t in tokens if (m := self.mention(t)) is not None}.values():
            actor = self._office_of(m.actor) if m.actor.type == "person" else m.actor
            if actor is not None and actor.type in ("state", "organization"):
                found.setdefault(actor.id, actor)
        return list(found.values())

    def _co_chairs_meant(self, token, exclude) -> list[Arg] | None:
        """"The co-chairs", "both co-hosts": the co-chairs named before (none named: no one); None for other words."""
        if not token.lower_.startswith("co-") or token.tag_ not in ("NNS", "NNPS") or \
                token.lower_.removeprefix("co-").removesuffix("s") not in self.lex.noun_class["co_chairing"]:
            return None
        chairs = [a for a in self.ctx.co_chairs if a.id not in exclude]
        return [Arg(a, token.i * 1000 + n, reference=token.i) for n, a in enumerate(chairs)]
