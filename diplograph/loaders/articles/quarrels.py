"""Quarrels: a conflict noun that names a quarrel, not fighting: "the conflict between Ecuador and Peru over fishing
quotas", "Ghana's long conflict with Togo over the maritime boundary" are a DISPUTE. The over-phrase
names the matter quarrelled over, and nothing in the sentence tells of fighting (words in the lexicon's
`quarrel_conflicts` and `fighting_words`); "the conflict over Kashmir" (a place) and "the border conflict
over the temple killed soldiers" stay an armed clash. A verb of clashing is a quarrel too when it is one between
people or over a matter and the sentence tells of no fighting (`quarrel_verbs`): "Brown clashed with Wellington over
his passport plan", "the premier clashed with Canberra" (a named person clashes in words); "troops clashed with
rebels over the town" stays a fight. And who is caught in a quarrel."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Found
from diplograph.loaders.articles.syntax import SUBJ, prep_objects


class Quarrels:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _quarrels_not_fights(self, found: list[Found]) -> list[Found]:
        for f in found:
            if f.predicate == "ARMED_CLASH" and self._names_a_quarrel(f.trigger) and \
                    self._fitting(("DISPUTE",), f.subject, f.object):
                f.predicate = "DISPUTE"
                f.rule += ":quarrel"
        return found

    def _names_a_quarrel(self, noun) -> bool:
        nc = self.lex.noun_class
        if noun is None:
            return False
        verb = noun.pos_ == "VERB" and noun.lemma_.lower() in nc["quarrel_verbs"]
        if not verb and (noun.pos_ != "NOUN" or noun.lemma_.lower() not in nc["quarrel_conflicts"]):
            return False
        matters = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in ("over", "about")
                   for o in prep_objects(c)]
        if any(o.pos_ == "PROPN" or o.ent_type_ in ("GPE", "LOC", "FAC") or self.mention(o) is not None for o in matters):
            return False
        if not matters and not (verb and self._person_clashes(noun)):
            return False
        return not any(t.i != noun.i and (t.lemma_.lower() in nc["fighting_words"] or t.lower_ in nc["fighting_words"])
                       for t in self.tokens)

    def _person_clashes(self, verb) -> bool:
        """Is a named person the subject or the with-object of the clash verb (soldiers are never named)?"""
        sides = [c for c in verb.children if c.dep_ in SUBJ] + [
            o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for o in prep_objects(c)]
        return any((m := self.mention(t)) is not None and m.type == "person" for t in sides)

    def _caught_in(self, word, prep, exclude) -> list:
        """"Chile and Bolivia remain locked in a dispute", the participle read as an adjective: those caught in
        it are its parties (words `entangled` in the lexicon), as with "are locked in" read as a passive verb."""
        nearing = prep.lower_ == "to" and word.lower_ in self.lex.modality["planned"].get("nearing", ())
        if word.pos_ != "ADJ" or word.dep_ != "acomp" or not nearing and (prep.lower_ != "in" or not (
                {word.lemma_.lower(), word.lower_, word.lower_.removesuffix("ed"), word.lower_.removesuffix("d")}
                & self.lex.noun_class["entangled"])):
            return []  # (also "X is close to a deal with Y": who is near it is a party)
        return [a for c in word.head.children if c.dep_ in SUBJ for a in self.actors(c, "strict", exclude)]
