"""Forces set close to someone: troops massed, drills stepped up or patrols sent "near",
"around", "off" or "close to" a state, or toward its coast, or onto a coast "facing" it, are a show of force against
that state (MOBILIZATION), whatever the verb ("massed", "stepped up", "ordered ... into"); so are
aircraft or ships sent into its airspace or waters ("three Russian jets flew into Estonian airspace").
Forces fighting beside a state's own as "their allies" are in that state ("Malian soldiers and their
Wagner allies", "Congolese troops and their Burundian allies").

>>> from diplograph.loaders.articles.pipeline import ArticleExtractor
>>> batch = ArticleExtractor().extract_text("Russia massed troops near Ukraine in 2021.")
>>> [(c.subject, c.predicate, c.object) for c in batch.claims]
[('state:RUS', 'MOBILIZATION', 'state:UKR')]
"""

from __future__ import annotations

from diplograph.gazetteer import PLACE
from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import prep_objects, within_clause

# Prepositions that set something beside a place rather than in it.
NEAR = ("near", "around", "off", "opposite", "beside", "nearby")
# Words that say which way a place looks: "the coast facing Guyana", "the islands opposite Turkey".
FACING = frozenset({"facing", "opposite", "bordering", "overlooking"})
# Prepositions that move forces up to a border or set them on it: "toward the Eritrean border", "along its border
# with Morocco".
TOWARD = ("to", "toward", "towards", "up", "along", "on", "at")


class ShowsOfForce:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def vicinity(self, verb, themes, exclude=()) -> list[Arg]:
        """Whom forces are set beside: "massed troops *near Ukraine*", "stepped up drills *around
        Taiwan*", "an exercise on the coast *facing Guyana*", "warships *close to* Japan"."""
        found = self.prep_args(verb, NEAR, exclude, also=themes)
        if found:
            return found
        # "dispatched a carrier group towards the coast of Venezuela", "off the shores of Taiwan": whose sea front
        shores = [p for node in (verb, *themes) for c in node.children
                  if c.dep_ == "prep" and c.lower_ in (*NEAR, "toward", "towards")
                  for p in prep_objects(c) if p.lemma_.lower() in self.lex.noun_class["shores"]]
        found = [a for p in shores for a in self.actors(p, "origin", exclude, coordinated=False) +
                 self.prep_args(p, ("of",), exclude) if a.actor.type == "state"]
        if found:
            return found
        # "deployed troops toward the Eritrean border", "moved tanks to its border with Somalia": the other side
        borders = [p for node in (verb, *themes) for c in node.children if c.dep_ == "prep" and c.lower_ in TOWARD
                   for p in prep_objects(c) if p.lemma_.lower() in self.lex.noun_class["border"]]
        found = [a for p in borders for a in self.actors(p, "origin", exclude, coordinated=False) +
                 self.prep_args(p, ("with",), exclude) if a.actor.type == "state"]
        if found:
            return found
        nodes = [t for node in (verb, *themes) for t in within_clause(node)]
        for token in nodes:
            after = self.mention(self.doc[token.i + 1]) if token.i + 1 < self.sent.end else None
            if token.dep_ == "prep" and token.lower_ in NEAR and not list(token.children) and after is not None \
                    and after.start == token.i + 1 and after.actor.id not in exclude:
                found.append(Arg(after.actor, after.start))  # "drills off Taiwan", the name hung elsewhere
            elif token.lower_ in FACING and token.dep_ in ("acl", "amod", "prep", "advcl", "relcl"):
                found += [a for c in token.children if c.dep_ in ("dobj", "pobj")
                          for a in self.actors(c, "owner", exclude)]
            elif token.lower_ in ("close", "closer") and token.pos_ in ("ADV", "ADJ"):
                found += [a for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
                          for p in c.children if p.dep_ == "pobj" for a in self.actors(p, "owner", exclude)]
        return found

    def space_owner(self, themes, exclude=()) -> list[Arg]:
        """Whose airspace or waters forces entered: "violated *Finnish* airspace", "sailed into *Japan's*
        territorial waters", "entered the airspace *of Lithuania*" (noun class ``sovereign_space``)."""
        owned = self.lex.classes("sovereign_space", "sovereign_ground")
        spaces = [t for t in themes if {t.lemma_.lower(), t.lower_} & owned]
        return [a for t in spaces for a in (self.actors(t, "origin", exclude, coordinated=False) or
                                            self.actors(t, "owner", exclude, coordinated=False))
                if a.actor.type == "state"]

    def _allied_forces(self) -> None:
        """"routed Malian soldiers and their Wagner allies", "Congolese troops and their Burundian allies":
        the allies of a state's forces, named by a state or a group, fight beside them on its soil."""
        forces = self.lex.noun_class["base"]
        for token in self.tokens:
            host = token.head
            if token.lemma_.lower() not in self.lex.noun_class["ally_words"] or token.dep_ != "conj" or \
                    host.lemma_.lower() not in forces or \
                    not any(c.dep_ == "poss" and c.lower_ in ("their", "its") for c in token.children):
                continue
            states = [Arg(m.actor, m.start) for c in host.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                      and (m := self.mention(c)) is not None and m.type == "state" and m.kind != PLACE]
            allies = [Arg(m.actor, m.start) for c in token.children if c.dep_ in ("amod", "compound", "nmod")
                      and (m := self.mention(c)) is not None and m.type in ("state", "armed_group") and m.kind != PLACE]
            if len(states) == 1:
                allies = [a for a in allies if a.actor.id != states[0].actor.id]
                self._emit(allies, states, ("MILITARY_PRESENCE",), None, "allied_forces")
