"""Whose act a noun is, when no owner is named with it: the subject of the verb the noun (or the phrase it
sits in) depends on ("Kazakhstan signed *deals* with Türkiye", "As a *member* of NATO, Türkiye ..."), and
never whoever judges, strikes or answers the act.

Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations` beside the roles of a
noun (``nouns``), whose ``governor`` role it serves.
"""

from __future__ import annotations

from diplograph.gazetteer import PLACE
from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.relative_objects import object_clause
from diplograph.loaders.articles.syntax import PERCEIVE, SUBJ, governing_verb, is_passive, prep_objects

# Prepositions of a clause that answers an act: "after the raid, X went to court" - the raid was not X's.
REACTING_TO = frozenset({"after", "following", "amid", "despite", "since"})


class NounGovernors:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _governor(self, noun, exclude) -> list[Arg]:
        """Whose act the noun is: the subject of the verb the noun (or the phrase it sits in)
        depends on ("Kazakhstan signed *deals* with Türkiye", "As a *member* of NATO, Türkiye ...")."""
        if noun.dep_ == "appos" and self.mention(noun.head) is not None:  # "Angola, the mediator between ..."
            return self.actors(noun.head, "strict", exclude)
        if any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children) and self._hostile(noun) and \
                (verb := governing_verb(noun)) is not None and verb.lemma_.lower() in self.lex.noun_class["guarding"]:
            return []  # "would not tolerate any attack on Sudan": whoever might strike (not "ruled out any strike")
        if any(v.lemma_.lower() in self.lex.noun_class["deal_onlooking"] for v in noun.ancestors) and \
                self._sides_told_apart(noun):
            return []  # "France and Germany welcomed the truce reached in talks between Israel and Hamas": onlookers
        node = noun
        for _ in range(5):
            dep = node.dep_
            head = node.head
            if node == noun and dep in (*SUBJ, "ROOT") and \
                    (clause := object_clause(noun, self.lex.modality["denied"]["verbs"])) is not None:
                dep, head = "dobj", clause  # "the summit, which Brazil attended with Mexico, ended" (relative_objects)
            if head == node:
                return []
            if dep in ("nsubj", "nsubjpass", "csubj"):
                return []
            if dep in ("dobj", "attr", "oprd", "dative", "npadvmod", "advmod", "acomp", "xcomp"):
                if head.pos_ in ("VERB", "AUX"):
                    if dep == "dobj" and (self._judging(head) or head.lemma_.lower() in self.lex.responsibility.get(
                            "attributing", ())) and noun.lemma_.lower() in self.lex.noun_class["act"]:
                        return []  # "Jordan denounced the attack", "the US attributed the strike to X": not theirs
                    if dep == "dobj" and head.lemma_.lower() in PERCEIVE and (self._harmful_act(noun) or
                                                                         self._hostile_judged_as(noun, head)):
                        return []  # "would treat an armed attack on Qatar as a threat": judged, not done
                    if dep == "dobj" and head.lemma_.lower() in self.lex.noun_class["harm"]:
                        return []  # "Russian drones hit a power plant": what is struck is not the striker's
                    if dep == "attr":
                        return [a for c in head.children if c.dep_ in SUBJ for a in self.actors(c, "strict", exclude)] \
                            or ([] if self._mediated_aim(head) else self.agent(head, exclude))
                    return [] if self._mediated_aim(head) else self.agent(head, exclude)
                node = head
                continue
            if dep == "pobj":
                prep = head
                governor = prep.head
                if governor.pos_ in ("VERB", "AUX"):
                    if prep.lower_ == "as" and governor.lemma_.lower() in PERCEIVE and is_passive(governor):
                        return [a for c in governor.children if c.dep_ == "nsubjpass" for a in self.actors(c, "strict", exclude)]
                    if prep.lower_ == "as" and governor.lemma_.lower() in PERCEIVE and any(
                            c.dep_ == "dobj" for c in governor.children):
                        # "men whom X described as members of Y": what is called so is the object, never who calls it
                        return [a for c in governor.children if c.dep_ == "dobj" for a in self.actors(c, "strict", exclude)]
                    if prep.lower_ == "into" and governor.lemma_.lower() in self.lex.noun_class["drawing_into"]:
                        # "could draw Venezuela and Guyana into a war": the war is theirs, not the incident's
                        return [a for c in governor.children if c.dep_ == "dobj" for a in self.actors(c, "strict", exclude)]
                    if prep.lower_ in ("by", "from", "to", "with", "against", "between") and not (  # "began it with strikes"
                            prep.lower_ == "with" and governor.lemma_.lower() in self.lex.noun_class["opening_with"]
                            and (node is noun or self._harmful_act(noun))):  # (not "a salvo at a base")
                        return []
                    if prep.lower_ in ("at", "on", "against", "into") and governor.lemma_.lower() in \
                            self.lex.noun_class["harm"] | self.lex.noun_class["launching"]:
                        return []  # "fired missiles at a base in Qatar": what is fired at is not the shooter's
                    if prep.lower_ in REACTING_TO and self._harmful_act(noun):
                        return []  # "After the raid in Quito, Mexico took Ecuador to court": the raid is what Mexico answers
                    if prep.lower_ == "for" and governor.lemma_.lower() in self.lex.noun_class["answering"] and \
                            self._harmful_act(noun):
                        return []  # "vowed to retaliate for the strike in Damascus": the strike is the other's
                    judged = self._judged_by(governor, exclude, prep) if prep.lower_ in ("for", "over") and \
                        not any(c.dep_ == "poss" for c in noun.children) else None  # (not "thanked X for its support")
                    if judged is not None:  # "China criticised the US over arms sales to Taiwan": the one judged's
                        return judged
                    args = self.agent(governor, exclude)
                    if not args and prep.lower_ == "in" and is_passive(governor) and \
                            governor.lemma_.lower() in self.lex.noun_class["entangled"]:
                        # "Japan and China are locked in a dispute": those caught in it are its parties
                        args = [a for c in governor.children if c.dep_ == "nsubjpass"
                                for a in self.actors(c, "strict", exclude)]
                    if not args and prep.lower_ == "as":  # "As a member of NATO, Türkiye is seen ..."
                        args = [a for c in governor.children if c.dep_ in SUBJ for a in self.actors(c, "strict", exclude)]
                    return args
                if governor.pos_ in ("NOUN", "PROPN") and self.mention(governor) is not None:
                    return []
                if governor.pos_ in ("NOUN", "ADJ") and governor.dep_ in ("oprd", "acomp", "amod"):
                    return self._caught_in(governor, prep, exclude)  # not "hubs vital for trade with China"
                judged = self._judged_by(governor, exclude) if prep.lower_ in ("for", "over") else None
                if judged is not None:  # "imposed sanctions on Lockheed over arms sales to Taiwan"
                    return judged
                if governor.pos_ == "NOUN" and governor.dep_ in ("dobj", "dative") and prep.lower_ != "of" and not (
                        prep.lower_ == "with" and governor.head.lemma_.lower() in self.lex.noun_class["opening_with"]) \
                        and not (prep.lower_ in ("on", "about") and governor.lemma_.lower() in self.lex.modality[
                            "planned"]["talks"]):  # ("held talks on the purchase of jets": the talker's purchase)
                    return []  # "warned Gulf capitals against ties with China": the ties are not the warner's
                node = governor
                continue
            if dep in ("conj", "appos", "compound", "pcomp", "prep", "acl"):
                if dep == "conj" and node.pos_ == "NOUN" and head.dep_ == "pobj" and self.mention(head) is not None \
                        and head.head.head.pos_ in ("NOUN", "VERB"):  # "voiced support for X and concern over Y":
                    node = head.head.head  # the parser joins the second act to the name that ends the first
                    if node.pos_ == "VERB":  # ("expressed solidarity with X and alarm at Y": the speaker's)
                        return self.agent(node, exclude)
                    continue
                node = head
                if node.pos_ in ("NOUN", "PROPN") and node != noun:
                    owners = [a for c in node.children if c.dep_ == "poss" for a in self.actors(c, "strict", exclude)]
                    if owners:  # "its goals (... membership of the SCO)": the goals' owner
                        return owners
                continue
            return []
        return []

    def _war_time_side(self, noun, exclude) -> list[Arg]:
        """"Armenia lost the region in the 2020 war with Azerbaijan", "Indian troops have held the pass since the
        war with China": a war with another, named only to date the clause's act, is the clause subject's; not
        when the clause names another actor who could be the side ("Russia armed Armenia during the war with
        Azerbaijan")."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in self.lex.noun_class["war_times"]:
            return []
        verb = noun.head.head
        if verb.dep_ == "dobj" and verb.pos_ == "NOUN" and self.mention(verb) is None:
            verb = verb.head  # "rebuilt its army after the war with Eritrea", however the parser hangs the phrase
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        others = [t for c in verb.children if c.dep_ not in SUBJ and c != noun.head for t in c.subtree
                  if (m := self.mention(t)) is not None and m.kind != PLACE and m.type != "weapon"]
        # (a place taken is no side: "retook Goma after the clashes with the M23"; a buyer may be: "sold jets
        # to India after the war with Pakistan")
        return [] if others else self.agent(verb, exclude)

    def _border_side(self, noun, exclude) -> list[Arg]:
        """"along the Armenian side of the border with Azerbaijan", "reinforced its side of the border with
        Somalia": whose side of a border it is owns that border."""
        side = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if side is None or side.lemma_.lower() not in self.lex.noun_class["border_sides"]:
            return []
        return [a for c in side.children if c.dep_ in ("poss", "amod", "compound")
                for a in self.actors(c, "strict", exclude) if a.actor.type == "state"]

    def _sides_told_apart(self, noun) -> bool:
        """Is ``noun`` a deal or truce whose sentence names sides of its own in a between-phrase ("welcomed the
        ceasefire agreed in talks between Israel and Hamas")? Then those who welcome or judge it only look on."""
        if noun.lemma_.lower() not in self.lex.noun_class["agreement"] | self.lex.truce_words:
            return False
        return any(self.actors(p, "strict") for t in self.tokens if t.lower_ == "between" and t.dep_ == "prep"
                   for p in prep_objects(t))

    def _mediated_aim(self, verb) -> bool:
        """Whether ``verb`` tells the aim of a mediation ("their joint mediation efforts to achieve a ceasefire",
        "the mediators' push to secure a deal"): the go-betweens are no parties to the truce or deal they seek."""
        if verb.dep_ != "acl" or verb.head.pos_ != "NOUN":
            return False
        go_between = self.lex.classes("go_between", "go_between_roles")
        return any(w.lemma_.lower() in go_between or w.lower_ in go_between for w in [verb.head] + [
            c for c in verb.head.children if c.dep_ in ("compound", "amod", "poss")])

    def _hostile_judged_as(self, noun, verb) -> bool:
        """"described the case against X as politically motivated", "called the charges baseless": a hostile
        word a verb of perceiving qualifies is what its subject judges, not what it does (a deal so described
        stays the subject's own: "called the pact with Y historic")."""
        if not any(c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ == "as" or
                   c.dep_ == "advcl" and any(g.lower_ == "as" for g in c.children)  # (however "as" is parsed)
                   for c in verb.children):
            return False
        return self._hostile(noun)

    def _hostile(self, noun) -> bool:
        """Does the noun name only acts of verbal or material conflict ("attack", "threat", "case")?"""
        families = {self.onto.predicate(p).family for t in self.lex.nouns_for(noun.lemma_.lower())
                    for ps in t.predicates.values() for p in ps}
        return bool(families) and families <= {"verbal_conflict", "material_conflict"}
