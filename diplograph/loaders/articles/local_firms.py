"""A firm a sentence calls local is based in the state where the sentence's story takes place: "a campus in Abu Dhabi
to be built by G42, a local firm" (the United Arab Emirates), "the contract went to X, a local company, after talks
in Bamako". The place is the one state the sentence names as a place (its capital, a city, "in Mali"), else the
state the story was filed from; with two such places, none."""

from __future__ import annotations

from diplograph.gazetteer import PLACE
from diplograph.loaders.articles.candidates import Arg


class LocalFirms:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _local_firms(self) -> None:
        words, kinds = self.lex.noun_class["local_words"], self.lex.classes("company")
        for firm in (m for m in self.mentions if m.type == "company"):
            root = self.doc[firm.start:firm.end].root
            described = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
            if not any(d.lemma_.lower() in kinds and any(c.dep_ == "amod" and c.lower_ in words for c in d.children)
                       for d in described):
                continue
            places = {m.actor.id: m for m in self.mentions if m.type == "state" and (
                m.kind in ("capital", PLACE) or self.doc[m.start:m.end].root.head.lower_ == "in")}
            home = next(iter(places.values())).actor if len(places) == 1 else None if places else self.ctx.dateline
            if home is not None:
                self._emit([Arg(firm.actor, firm.start)], [Arg(home, -3005)], ("BASED_IN",), None, "local_firm")
