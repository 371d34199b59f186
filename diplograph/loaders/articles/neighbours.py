"""States pointed at as someone's neighbour: "its neighbour", "Ethiopia's eastern neighbour", "the two
neighbours". Which states share a land border is data (``diplograph/gazetteer/land_borders.yaml``, built from
GeoNames by ``scripts/build_land_borders.py``)."""

from __future__ import annotations

import functools
from itertools import combinations
from pathlib import Path


from diplograph.graph.model import Actor
from diplograph.loaders.articles.candidates import Arg
from diplograph.datafiles import load_data

BORDERS_FILE = Path(__file__).resolve().parents[2] / "gazetteer" / "land_borders.yaml"
# How far back (characters) the neighbour may have been named: about a long paragraph.
REACH = 3000
# How far back (characters) "the two neighbours" looks for a pair that borders: the paragraph or two sentences.
PAIR_REACH = 600
# Two fitting states named this close together (or in one list) are equally near: no one is chosen.
TIE = 40


@functools.cache
def land_borders() -> dict[str, frozenset[str]]:
    """The states each state borders on land, by the codes of their ids in lower case.

    >>> "som" in land_borders()["eth"], land_borders().get("jpn", frozenset())
    (True, frozenset())
    """
    data = load_data(BORDERS_FILE.read_text(encoding="utf-8"))
    return {code.lower(): frozenset(c.lower() for c in others) for code, others in data.items()}


def borders(a: str, b: str) -> bool:
    """Do the states of ids ``a`` and ``b`` share a land border?

    >>> borders("state:NGA", "state:NER"), borders("state:NGA", "state:FRA")
    (True, False)
    """
    code = b.split(":", 1)[-1].lower()
    return code in land_borders().get(a.split(":", 1)[-1].lower(), frozenset())


def _has_borders(actor: Actor) -> bool:
    return actor.type == "state" and actor.id.split(":", 1)[-1].lower() in land_borders()


class Neighbours:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _owners_neighbour(self, token, exclude) -> list[Arg] | None:
        """"Morocco recalled its ambassador from Algeria. The kingdom accused *its neighbour* of ...": a neighbour
        word under a possessive, with no name of its own, is the state the text named last (within about 3,000
        characters) that shares a land border with the owner (a subject first; two named about as near, none); []
        when it named none; None when the phrase is no such reference."""
        words = self.lex.noun_class["neighbour_words"]
        if token.lemma_.lower() not in words or token.tag_ != "NN" or token.dep_ in ("appos", "compound") or any(
                c.dep_ in ("appos", "compound", "relcl", "acl") or c.dep_ == "prep" and c.lower_ == "of"
                for c in token.children):
            return None  # "Turkey's neighbour Greece", "Greece, Turkey's neighbour": named
        after = token.i + 1
        if after < self.sent.end and (self.mention(self.doc[after]) is not None or self.doc[after].text == "," and
                                      after + 1 < self.sent.end and self.mention(self.doc[after + 1]) is not None):
            return None  # "its neighbour, Thailand": the name, however parsed
        poss = next((c for c in token.children if c.dep_ == "poss"), None)
        if poss is None or poss.lower_ in ("his", "her", "my", "our", "your"):
            return None
        named = self.mention(poss)
        owners = [a for a in (self._pronoun(poss, ()) if named is None else self.actors(poss, "strict"))
                  if a.actor.type == "state"]
        if len(owners) != 1 or not _has_borders(owners[0].actor):
            return None
        owner, here = owners[0].actor, self._position(token)
        fitting = [s for s in self.ctx.seen if here - REACH <= s.position < here and s.type == "state"
                   and s.actor_id != owner.id and borders(owner.id, s.actor_id)]
        if not fitting:
            return []
        fitting = [s for s in fitting if s.subject] or fitting
        chosen = fitting[-1]
        rival = next((s for s in reversed(fitting) if s.actor_id != chosen.actor_id), None)
        if rival is not None and (chosen.position - rival.position <= TIE or
                                  chosen.group is not None and rival.group == chosen.group):
            return []  # "Sudan and Eritrea held talks. Ethiopia accused its neighbour": either
        if chosen.actor_id in exclude:
            return []
        actor = self.ctx.actors.get(chosen.actor_id) or self.ctx.implied[chosen.actor_id]
        self.ctx.note(actor, here)
        return [Arg(actor, token.i)]

    def _neighbouring_state(self, token, exclude) -> list[Arg] | None:
        """"Thailand and Cambodia exchanged fire. Bangkok said *the neighbouring country* had fired first": a state
        word under "the neighbouring" is the state named last (within about 3,000 characters) that borders a state
        the sentence names before it (else the last main subject), never that state itself; [] when two are
        about as near or none was named; None when the phrase is no such description or nothing anchors it."""
        if token.tag_ != "NN" or token.lemma_.lower() not in self.lex.noun_class["state_heads"] or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children) or not any(
                c.dep_ in ("amod", "compound") and c.lower_ in self.lex.noun_class["neighbouring_words"]
                for c in token.children) or any(
                c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children) or
                self.mention(c) is not None for c in token.children):
            return None
        anchors = {m.actor.id for m in self.mentions
                   if m.type == "state" and m.start < token.i and _has_borders(m.actor)}
        if not anchors and self.ctx.main_subject is not None and _has_borders(self.ctx.main_subject[1]):
            anchors = {self.ctx.main_subject[1].id}
        if not anchors:
            return None
        here = self._position(token)
        fitting = [s for s in self.ctx.seen if here - REACH <= s.position < here and s.type == "state"
                   and s.actor_id not in anchors and any(borders(a, s.actor_id) for a in anchors)]
        if not fitting:
            return []
        chosen = fitting[-1]
        rival = next((s for s in reversed(fitting) if s.actor_id != chosen.actor_id), None)
        if chosen.actor_id in exclude or rival is not None and (
                chosen.position - rival.position <= TIE or chosen.group is not None and rival.group == chosen.group):
            return []
        actor = self.ctx.actors.get(chosen.actor_id) or self.ctx.implied[chosen.actor_id]
        self.ctx.note(actor, here)
        return [Arg(actor, token.i)]

    def _bordering_sides(self, token, found: list[Actor], exclude, before: int) -> list[Actor]:
        """"the two neighbours", "both neighbours": of the states named in the paragraph (or the 600 characters
        before), the one pair that shares a land border, when no pair was found or the pair found does not border
        though both its states border someone and the bordering pair holds one of them ("Tiani said Nigerian soil
        was used by France to attack Niger ... the two neighbours": Nigeria and Niger, not France). Else ``found``."""
        if token.lemma_.lower() not in self.lex.noun_class["neighbour_words"]:
            return found
        if len(found) == 2 and (borders(found[0].id, found[1].id) or not all(_has_borders(a) for a in found)):
            return found
        start = min(before - PAIR_REACH, self.ctx.paragraph_start if self.ctx.paragraph_start is not None else before)
        last: dict[str, int] = {}
        for s in self.ctx.seen:
            if start <= s.position < before and s.type == "state" and s.actor_id not in exclude:
                last.setdefault(s.actor_id, s.position)  # (first mention: the pair keeps the order the text gave)
                last[s.actor_id] = max(last[s.actor_id], s.position)
        # the pair both of whose states were named last: "Benin blocked Niger's oil ... Tiani accused Nigeria ...
        # the two neighbours" are Niger and Nigeria; two pairs as recent, none
        pairs = sorted(((min(last[a], last[b]), a, b) for a, b in combinations(last, 2) if borders(a, b)), reverse=True)
        if not pairs or len(pairs) > 1 and pairs[0][0] - pairs[1][0] <= TIE:
            return found
        _, a, b = pairs[0]
        if found and not {a, b} & {actor.id for actor in found}:
            return found
        return [self.ctx.actors.get(i) or self.ctx.implied[i] for i in (a, b)]
