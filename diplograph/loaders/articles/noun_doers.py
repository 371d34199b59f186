"""Who does what a non-finite verb hung on a noun tells: "the countries *to extend*", "Iran's decision
*to open*", "Ethiopia has shown interest *in buying*", "was awarded a contract *to deliver*", "is in talks
*to buy*": the noun's owner, or the subject of the clause the noun sits in.

Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations` beside the roles of a
verb (``roles``), whose ``agent`` asks it.
"""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import is_passive, prep_objects


class NounDoers:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _noun_as_subject(self, noun, verb, exclude, depth) -> list[Arg]:
        """The noun a non-finite verb hangs on: "the countries *to extend*", "Iran's decision to
        open", "Ethiopia has shown interest *in buying*" (the subject of the noun's verb)."""
        winner = self._awarded_work_doer(verb, exclude)
        if winner:
            return winner
        if noun.dep_ == "attr" and noun.lemma_.lower() in self.lex.noun_class["actor_kinds"]:
            # "Poland became the first NATO member to send jets to X": the subject is the member who sends,
            # not the body its kind is named by
            args = [a for c in noun.head.children if c.dep_ == "nsubj" for a in self.actors(c, "strict", exclude)]
            if args:
                return args
        args = self.actors(noun, "owner", exclude)
        if args:
            return args
        doers = self.lex.classes("company", "actor_kinds", "collective")
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and noun.lemma_.lower() in doers:
            # "sanctioned companies supplying Russia", "via countries bordering Sudan": the companies supply, the
            # countries border, not whoever the clause is about (while "responded with a note stating ..." is the
            # responder's statement)
            return []
        args = self._generic_subject(noun, verb, exclude, depth)
        if args:
            return args
        if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):  # ("was awarded a contract to deliver")
            return [a for c in noun.head.children if c.dep_ == "nsubjpass" for a in self.actors(c, "strict", exclude)] \
                if is_passive(noun.head) else self.agent(noun.head, exclude, depth + 1)
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX") and (
                noun.head.lower_ == "with" or noun.head.lower_ == "in" and noun.lemma_.lower() in
                self.lex.modality["planned"]["talks"]):  # "responded with a note stating ...", "is in talks to buy"
            return self.agent(noun.head.head, exclude, depth + 1)
        if noun.dep_ == "pobj" and noun.head.lower_ in ("to", "on", "onto", "upon") and \
                noun.head.head.lemma_.lower() in self.lex.noun_class["consenting"] and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "agreed to a deal to build a base", "signed on to a plan to send troops": who consents does it
            return self.agent(noun.head.head, exclude, depth + 1)
        return []

    def _awarded_contract(self, noun):
        """The verb of "X was awarded a contract", when the noun is such a contract."""
        award = noun.head
        if noun.dep_ != "dobj" or noun.lemma_.lower() not in self.lex.noun_class["agreement"] or \
                award.lemma_.lower() not in self.lex.noun_class["awarding"] or not is_passive(award):
            return None
        return award

    def _contract_holder(self, noun, exclude) -> list[Arg]:
        """"Naval Group was awarded a contract by Indonesia": the firm that gets the contract is party to it."""
        award = self._awarded_contract(noun)
        return [] if award is None else [a for c in award.children if c.dep_ == "nsubjpass"
                                          for a in self.actors(c, "strict", exclude)]

    def _contract_winner(self, noun, exclude) -> list[Arg]:
        """"Chile awarded the contract for two frigates to Navantia", "handed Navantia the contract": the firm
        the contract goes to is party to it (the awarding subject is the other)."""
        award = noun.head
        if noun.dep_ != "dobj" or noun.lemma_.lower() not in self.lex.noun_class["agreement"] or \
                award.lemma_.lower() not in self.lex.noun_class["awarding"] or is_passive(award):
            return []
        winners = [c for c in award.children if c.dep_ == "dative" and c.pos_ != "ADP"]
        winners += [p for c in award.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" for p in prep_objects(c)]
        # "awarded the contract to build the port to a consortium led by X": the parser hangs the winner on the
        # work (not on a delivery, whose to-phrase is where the goods go)
        works = [c for c in (*award.children, *noun.children) if c.dep_ in ("xcomp", "acl") and c.tag_ == "VB"
                 and c.lemma_.lower() not in self.lex.noun_class["delivering"]]
        winners += [p for w in works for c in w.children if c.dep_ == "prep" and c.lower_ == "to" for p in prep_objects(c)]
        return [a for w in winners for a in self.actors(w, "strict", exclude) if a.actor.type == "company"]

    def _awarded_work_doer(self, verb, exclude) -> list[Arg]:
        """"Malaysia awarded a contract to BAE Systems to supply vehicles", "Poland awarded Hanwha a deal to
        deliver howitzers": the work a contract is awarded for is done by whom it is awarded to, never by the
        one who awards it (the infinitive hung on the contract or on the verb of awarding)."""
        award = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else \
            verb.head if verb.dep_ == "advcl" else None
        if award is None or award.lemma_.lower() not in self.lex.noun_class["awarding"] or is_passive(award) or \
                not any(c.dep_ == "dobj" and c.lemma_.lower() in self.lex.noun_class["agreement"] for c in award.children):
            return []
        return [a for c in award.children if c.dep_ == "dative"
                for a in (self.actors(c, "strict", exclude) if c.pos_ != "ADP" else
                          [a for p in prep_objects(c) for a in self.actors(p, "strict", exclude)])]

    def _contract_giver(self, verb, exclude) -> list[Arg]:
        """"Naval Group was awarded a contract by Indonesia to build two submarines": whoever awards a
        contract for the work is whom it is done for (the by-phrase of the passive award, on either word)."""
        noun = verb.head
        award = self._awarded_contract(noun) if verb.dep_ == "acl" else None
        if award is None:
            return []
        return [a for h in (noun, award) for c in h.children if c.lower_ == "by" and c.dep_ in ("prep", "agent")
                for p in prep_objects(c) for a in self.actors(p, "strict", exclude)]
