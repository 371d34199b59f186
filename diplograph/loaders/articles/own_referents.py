"""A singular reference to a co-argument in an apposition: "the government delegation and the ELN team signed a
ceasefire, the first of its kind with the group". "The group" is the ELN, named a few words before in the same
sentence: the apposition says what the ceasefire was for the ELN, and names no other party. Passing over it to
the group named before that (the FARC dissidents of the sentence before) made a deal between two groups that
never dealt. When a reference inside an apposition (a noun phrase set off by a comma) has for its nearest fitting
actor one the role must exclude, and this sentence itself named it, the reference is that actor and the role
finds no one. Outside an apposition the verb's own partner is another ("the ELN signed a truce with the group"
after the FARC dissidents were named), and states are left out: "Peru quarrels with Chile. The authorities
expelled two Chilean diplomats" passes over a state on purpose (`references.py`)."""

from __future__ import annotations


class OwnReferents:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _refers_to_co_argument(self, token, types, before: int, exclude) -> bool:
        if not exclude or "state" in types or not _appended(token):
            return False
        start = self._position(self.tokens[0])
        nearest = self.ctx.recent_by_type_order(types, before)
        return nearest is not None and nearest.id in exclude and any(
            s.actor_id == nearest.id and start <= s.position < before for s in self.ctx.seen)


def _appended(token) -> bool:
    """Is ``token`` inside a noun phrase set off by a comma after what it describes ("a ceasefire, the first of its
    kind with the group"), however the parser hangs it, before any verb of its own ("..., ending talks with X")?"""
    for node in token.ancestors:
        if node.pos_ in ("VERB", "AUX"):
            return False
        if node.pos_ in ("NOUN", "ADJ", "NUM", "PROPN") and node.left_edge.i > 0 and \
                node.doc[node.left_edge.i - 1].text == ",":
            return True
    return False
