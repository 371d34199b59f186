"""Verdicts said of another's act: "Rwanda said Burundi's accusations were baseless", "the embassy said the
Philippine remarks were irresponsible", "Pakistan insisted India's claims were a fabrication". A verb of saying
(`designation.saying`) whose clause, a form of "be", judges a thing with a label or verdict (`designation.labels`,
`designation.verdicts`) criticises the owner of that thing (its possessor or state demonym). Only owned things are
judged, or a deed the text told just before that "the decision", "the move", "the closure" or "it" points back at
(`deeds.py`: "Ghana closed its border with Togo. Lome said the decision was regrettable" criticises Ghana, never the
speaker's own state): "said Kenya was a victim of aggression" and "said the talks were a mistake" criticise no one,
and a denied verdict ("were not illegal") none either.
"""

from __future__ import annotations


class SaidVerdicts:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _said_verdicts(self) -> None:
        words = self.lex.designation
        verdicts = words.get("labels", frozenset()) | words.get("verdicts", frozenset())
        for verb in self.tokens:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.get("saying", ()):
                continue
            for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be"):
                judged = any(c.dep_ in ("acomp", "attr") and (c.lemma_.lower() in verdicts or c.lower_ in verdicts)
                             for c in clause.children)
                if not judged or any(c.dep_ == "neg" for c in clause.children):
                    continue
                callers = {a.actor.id for a in self.agent(verb)}
                callers |= {o.id for a in self.agent(verb) if a.actor.type == "person"
                            and (o := self._office_of(a.actor)) is not None}
                named = self._possessors_judged([clause], callers)
                if not named:  # "X closed the border. Y said the decision was regrettable": the deed told before,
                    # unless it was the speaker's own ("Ghana closed it. Ghana's president said the decision was ...")
                    named = [a for c in clause.children if c.dep_ == "nsubj" for a in self._deed_told(c)]
                    named = [] if any(a.actor.id in callers for a in named) else named
                self._emit(self.agent(verb, exclude={a.actor.id for a in named}), named, ("CRITICISM",), verb,
                           "designation:said")
