"""Towns taken by force: "M23 rebels seized Bukavu", "the army recaptured Kidal"; and towns and governments that
fall to a force ("Goma fell to the M23", "Assad's government fell to an offensive led by HTS").

Seizing a town is an attack on the state it lies in; seizing a tanker, assets or a person is
coercion. The object decides: a place (a city or region the gazetteer lists, or a capital) is
taken by force.
"""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import RELATIVE, antecedent_of, is_passive, prep_objects

PLACE_KINDS = frozenset({"place", "capital"})


class Captures:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _taken_places(self, verb) -> list:
        """The places ``verb`` acts on: its object, or its subject in the passive ("Kidal was retaken"), or
        what a relative pronoun there stands for ("Essequibo, which Venezuela claims")."""
        held = [c for c in verb.children if c.dep_ == ("nsubjpass" if is_passive(verb) else "dobj")]
        held = [antecedent_of(c) or c if c.lower_ in RELATIVE else c for c in held]
        return [c for c in held if (m := self.mention(c)) is not None and m.kind in PLACE_KINDS]

    def _places_taken(self, verb, exclude=()) -> list[Arg]:
        """The states whose towns ``verb`` took: "seized Bukavu" -> the DR Congo."""
        return [Arg(m.actor, m.start) for c in self._taken_places(verb)
                if (m := self.mention(c)).actor.id not in exclude]

    def _seized_not_places(self, verb, exclude=()) -> list[Arg]:
        """What a verb of seizing holds that is no town ("seized a tanker of Iran's", "arrested X")."""
        return [] if self._taken_places(verb) else self.patient(verb, exclude)

    def fallen(self, verb, exclude=()) -> list[Arg]:
        """What falls to a force: the state a town that is the subject names, or whose government or regime it is
        ("Goma fell", "Assad's government fell", "the government of Ashraf Ghani fell")."""
        found = []
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            if (m := self.mention(subject)) is not None and m.kind in PLACE_KINDS and m.actor.id not in exclude:
                found.append(Arg(m.actor, m.start))
            elif subject.lemma_.lower() in self.lex.noun_class["regimes"]:  # (a leader's government is his own)
                found += [a for c in subject.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
                          for o in ((c,) if c.dep_ == "poss" else prep_objects(c))
                          for a in self.actors(o, "strict", exclude)] or self.actors(subject, "owner", exclude)
        return found
