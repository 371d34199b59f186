"""Who does what a verb says: its subject, the by-phrase of a passive, or the doer the clause it
depends on names ("Iran decided *to open*", "prompted Uzbekistan *to respond*", "criticised the
United States *for arming* Taiwan"); a generic subject ("the only one", "three countries") stands for
the subject it is predicated of. The other roles of a verb are in ``roles.py``.
"""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import (
    HAVING,
    OBJECT_CONTROL,
    QUANTIFIERS,
    RELATIVE,
    SUBJ,
    antecedent_of,
    is_passive,
    prep_object,
    prep_objects,
)


class VerbAgents:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def agent(self, verb, exclude=(), depth: int = 0) -> list[Arg]:
        """Who does what ``verb`` says: its subject, the by-phrase of a passive, or the subject
        of the clause it depends on ("Iran decided *to open*", "Iran being the first *to extend*")."""
        if depth > 5:
            return []
        by_phrase = [c for c in verb.children if c.dep_ == "agent"]
        if not by_phrase and verb.tag_ == "VBN":  # "supplied with drones by Iran": the by-phrase hung on the thing;
            # "widely condemned, including by Egypt": the by-phrase of an including-phrase
            by_phrase = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "including")
                         for o in (prep_objects(c) if c.lower_ == "with" else [c]) for p in o.children
                         if p.dep_ == "prep" and p.lower_ == "by"]
        if is_passive(verb) or (by_phrase and verb.tag_ == "VBN"):  # also "..., hosted by X" hung on a clause
            found = []
            # "brokered by Ecuador and by the OAS": every by-phrase, the second one hung on the first
            # or, after a long first one ("by the Minister of X, A, and by the Secretary of Y, B"), on the verb
            later = [c for c in verb.children if c.dep_ == "conj" and c.lower_ == "by" and c.pos_ == "ADP"] if by_phrase else []
            if by_phrase and not later and verb.dep_ == "acl":  # "met in talks brokered by A, and by B": the
                # second by-phrase of a participle on a noun, hung on the clause the noun sits in
                node = verb.head
                for _ in range(3):
                    node = node.head
                    later = [c for c in node.children if c.dep_ == "conj" and c.lower_ == "by" and c.pos_ == "ADP"
                             and c.i > verb.i]
                    if later or node.dep_ == "ROOT" or node.pos_ in ("VERB", "AUX"):
                        break
            for child in by_phrase:
                for phrase in (child, *(c for c in child.children if c.dep_ == "conj" and c.lower_ == "by"), *later):
                    if (pobj := prep_object(phrase)) is not None:
                        args = self.actors(pobj, "strict", exclude)
                        listed = self.listed_phrase(pobj, exclude)  # "attended by A; B; and C"
                        found += listed if len({a.actor.id for a in listed}) > len({a.actor.id for a in args}) else args
                if found:
                    return found
            later = verb  # "which is equipped, trained and funded by Rwanda": the last conjunct's by-phrase
            while not by_phrase and (later := next((c for c in later.children if c.dep_ == "conj" and c.tag_ == "VBN"),
                                                   None)) is not None:
                if any(c.dep_ == "agent" for c in later.children):
                    return self.agent(later, exclude, depth + 1)
            # "X said 32 vehicles will be delivered", "Poland said two Russian diplomats would be expelled"
            return [] if by_phrase else self._announcing_firm(verb, exclude) or self._announcing_state(verb, exclude)
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")] or [  # (the parser's "The African
            s for a in verb.children if a.dep_ == "aux" for s in a.children if s.dep_ == "nsubj"]  # Union *is* mediating")
        for subj in subjects:
            args = self.actors(subj, "strict", exclude)
            listed = self._listed_subject(verb, subj, exclude)
            if listed and (self.invited_by(verb) or len({a.actor.id for a in listed}) > len({a.actor.id for a in args})):
                return listed  # "President X of A, Prime Minister Y of B and ...", however parsed
            if args:
                ids = {a.actor.id for a in args}  # "Norway, joined by Sweden, condemned": Sweden did too (co_agents.py)
                args += [a for a in self.co_agents(subj, verb, exclude) if a.actor.id not in ids]
                if len(args) > 1:  # "Ghana and Togo, together with Benin, agreed": the pair agreed, with a witness
                    return args
                return args + [a for a in self.companions(subj, verb, exclude) if a.actor.id != args[0].actor.id]
            generic = self._generic_subject(subj, verb, exclude, depth) or self._author(subj, exclude)
            if generic:
                return generic
        if subjects:
            return []
        for name in (c for c in verb.children if c.dep_ in ("compound", "npadvmod", "advmod", "dep") and c.i < verb.i
                     and (c.pos_ == "PROPN" or self.mention(c) is not None)  # "Finland borders Russia", however tagged
                     and self.doc[c.i + 1].text not in ("-", "–")):  # not "U.S.-funded"
            args = self.actors(name, "strict", exclude)  # "Maduro denounces", "Nauru followed": a misparsed subject
            if args:
                return args
        named = self._stranded_subject(verb, exclude) or self.second_subject(verb, exclude)
        if named:  # "during last week's visit Modi and Muizzu signed ...", the names hung on the visit
            return named
        if verb.tag_ == "VBG" and verb.i > self.sent.start:  # "Iran being the first to ...": a gerund's subject
            before = self.doc[verb.i - 1]
            m = self.mention(before)
            if m is not None and m.type != "weapon" and not m.is_demonym:
                return [Arg(m.actor, m.start)] + self._proxies(m)
        head = verb.head
        if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and head.tag_ == "VB" and head.dep_ == "xcomp":
            # "urged both sides to show restraint and offered to mediate": a finite verb is not the infinitive's
            # conjunct, whatever the parse says, but the main clause's
            return self.agent(head.head, exclude, depth + 1)
        if verb.dep_ == "conj" and head.pos_ == "NOUN" and head.dep_ in ("dobj", "attr") and head.head != head:
            return self.agent(head.head, exclude, depth + 1)  # "shares a border with X and further borders Y"
        if verb.tag_ == "VB" and head.lemma_.lower() in OBJECT_CONTROL and head != verb and \
                not any(c.dep_ == "aux" for c in verb.children):
            for obj in (c for c in head.children if c.dep_ == "dobj"):  # "saw X and Y hold talks"
                args = self.actors(obj, "strict", exclude)
                if args:
                    return args
        chosen = verb.dep_ == "advcl" and head.lemma_.lower() in self.lex.noun_class.get("choosing", ()) and \
            any(c.lower_ == "to" for c in verb.children if c.dep_ == "aux")  # "chose X, ..., to chair Y", however parsed
        if (verb.dep_ == "xcomp" or chosen) and head.pos_ == "VERB" and not is_passive(head) and \
                any(c.dep_ == "dobj" for c in head.children):  # "prompted Uzbekistan to respond": Uzbekistan responds
            args = [a for c in head.children if c.dep_ == "dobj" for a in self.actors(c, "strict", exclude)]
            if args:
                return args
        if verb.dep_ == "xcomp" and is_passive(head):  # "X is said to have sent ...": X sent
            for subj in (c for c in head.children if c.dep_ == "nsubjpass"):
                args = self.actors(subj, "strict", exclude)
                if args:
                    return args
        judged = self._judged_by(head.head, exclude, head) if verb.dep_ == "pcomp" and head.dep_ == "prep" and \
            head.lower_ in ("for", "over") and head.head.pos_ in ("VERB", "NOUN") else None
        if judged is not None:  # "imposed sanctions on Belarus for backing X": the target backs X, never the imposer
            return judged
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("NOUN", "PROPN"):
            return self._noun_as_subject(head.head, verb, exclude, depth)
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("for", "of") and \
                head.head.pos_ == "VERB" and is_passive(head.head):
            # "Venezuela has been accused by Bogota of sheltering ELN commanders": the accused shelters them (also
            # "Rwanda, accused by the UN of backing the M23": the noun the participle is said of)
            if head.head.dep_ in ("acl", "amod") and head.head.head.pos_ in ("NOUN", "PROPN"):
                return self._noun_as_subject(head.head.head, verb, exclude, depth)
            return [a for c in head.head.children if c.dep_ == "nsubjpass" for a in self.actors(c, "strict", exclude)]
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("for", "of", "against", "from") and \
                head.head.pos_ == "VERB" and any(c.dep_ == "dobj" for c in head.head.children):
            # "criticised the United States for arming Taiwan": the United States arms Taiwan; "warned Finland
            # against joining NATO", "barred Turkey from buying F-35s": Finland would join, Turkey buy
            return [a for c in head.head.children if c.dep_ == "dobj" for a in self.actors(c, "strict", exclude)]
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in ("for", "over") and head.head.pos_ == "VERB":
            # "vowed to retaliate against Finland for joining NATO", "took action against X for ...": whom the verb
            # turns against did it
            against = [a for c in head.head.children if c.dep_ == "prep" and c.lower_ == "against"
                       for p in prep_objects(c) for a in self.actors(p, "strict", exclude)]
            if against:
                return against
        if verb.dep_ == "pcomp" and head.lower_ == "in" and head.head.lemma_.lower() in self.lex.noun_class["joining_in"]:
            # "Britain joined France in condemning X", "Seoul followed China in banning Y": whom one joins does it too
            return self.agent(head.head, exclude, depth + 1) + [
                a for c in head.head.children if c.dep_ == "dobj" for a in self.actors(c, "strict", exclude)]
        if verb.dep_ in ("xcomp", "advcl", "conj", "pcomp", "prep", "dep", "acomp") and head != verb:
            if head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
                return self._noun_as_subject(head, verb, exclude, depth)
            return self._awarded_work_doer(verb, exclude) or self.agent(head, exclude, depth + 1)
        if verb.dep_ == "acl" and head.lower_ == "order" and head.dep_ == "pobj" and head.head.lower_ == "in" and \
                head.head.head.pos_ in ("VERB", "AUX"):  # "was creating a crisis in order to destabilise Moldova"
            return self.agent(head.head.head, exclude, depth + 1)
        if self._mediated_aim(verb) and verb.lemma_.lower() in self.lex.noun_class["reaching_deal"]:
            return []  # "their mediation efforts to reach a truce": the go-betweens reach none themselves
        if (verb.dep_ == "acl" or verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)) \
                and head != verb:  # "the first state to sign", "Iran to supply Russia with missiles, sources say"
            return self._noun_as_subject(head, verb, exclude, depth)
        if verb.dep_ == "pobj" and head.dep_ == "prep":
            return self.agent(head.head, exclude, depth + 1)
        return []

    def _stranded_subject(self, verb, exclude) -> list[Arg]:
        """Names right before a verb without a subject, which the parser hung as an apposition on a
        phrase of that verb ("during the visit *Modi and Muizzu* signed"): they are its subject."""
        if verb.i <= self.sent.start:
            return []
        m = self.mention(self.doc[verb.i - 1])
        if m is None or m.type == "weapon" or m.is_demonym:
            return []
        top = self.doc[m.start:m.end].root
        while top.dep_ == "conj" and top.head != top:
            top = top.head
        if top.dep_ not in ("appos", "pobj") or verb not in top.head.ancestors or top.i > verb.i:
            return []  # (also "at the summit in Kazan Modi and Xi signed", the names read as the place's)
        return self.actors(top, "strict", exclude)

    def _generic_subject(self, noun, verb, exclude, depth) -> list[Arg]:
        """A generic subject ("the only one", "three countries", "the first countries") stands for
        the subject it is predicated of, or the actors listed after a dash."""
        lemma = noun.lemma_.lower()
        if lemma not in self.lex.noun_class["actor_kinds"] and lemma not in QUANTIFIERS and not noun.like_num \
                and noun.tag_ not in ("WDT", "WP") and lemma not in ("first", "last", "only", "latest"):
            return []
        if noun.tag_ in ("WDT", "WP") or noun.lower_ in RELATIVE:
            antecedent = antecedent_of(noun)
            return self._generic_subject(antecedent, verb, exclude, depth + 1) if antecedent is not None else []
        listed = self._dash_list(verb)
        if listed:
            return listed
        up = noun
        for _ in range(4):
            if up.dep_ in ("attr", "dobj", "oprd") or (up.dep_ == "nsubj" and up.head.lemma_ == "be"):
                clause = up.head
                if up.dep_ == "dobj" and clause.lemma_.lower() not in HAVING:
                    return []  # "Britain sanctioned companies supplying Russia": the companies supply, not Britain
                for subj in (c for c in clause.children if c.dep_ in SUBJ and c != up):
                    args = self.actors(subj, "strict", exclude)
                    if args:
                        return args
                return []
            if up.dep_ == "pobj" and up.head.dep_ == "prep":
                governor = up.head.head
                if governor.pos_ in ("VERB", "AUX"):
                    return self.agent(governor, exclude, depth + 1)
                up = governor
                args = self.actors(up, "strict", exclude)
                if args:
                    return args
                continue
            if up.dep_ == "relcl" or up.head == up:
                return []
            up = up.head
        return []
