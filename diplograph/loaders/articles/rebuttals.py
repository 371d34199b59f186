"""A charge rejected, told in an apposition to the clause that makes it or as "the charge" of someone told
before: whoever rejects it rejects whoever made it."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import RELATIVE, SUBJ

# How far back (in characters) "the accusation" a sentence rejects may have been made.
CHARGE_REACH = 600


class Rebuttals:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _rebuttals(self) -> None:
        self._charges_rebutted()
        self._told_charges_rebutted()
        self._remember_charges()
        self._bare_denials_rebutted()

    def _told_charges_rebutted(self) -> None:
        """"Frederiksen said she could not rule out Russian involvement. The Kremlin *rejected the
        suggestion*": a charge rejected with no author named ("the accusation", "the account", "these
        claims") is the last one made about the rejecter (or the state the rejecting official serves)
        a sentence or two before, by someone else."""
        for verb in (t for t in self.tokens if t.pos_ == "VERB" and (
                t.lemma_.lower() in self.lex.noun_class["rebutting"] or self._called_false(t))):
            nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and
                     c.lemma_.lower() in self.lex.noun_class["rebutted"] and
                     any(d.dep_ == "det" and d.lower_ in ("the", "this", "that", "these", "those", "such")
                         for d in c.children)]
            if not nouns or any(c.dep_ == "neg" for c in verb.children) or any(
                    d.dep_ in ("poss", "prep", "relcl", "acl", "appos") and not _judged_as(d) or self.mention(d) is not None
                    for n in nouns for d in n.children):
                continue  # "rejected Kyiv's claims", "the charge of spying", "the charge that ...": told here
            rejecters = [a for a in self.agent(verb) if not a.proxy]
            ids = {a.actor.id for a in rejecters}
            ids |= {state.id for r in list(ids) if (state := self.ctx.serves.get(r)) is not None}
            here = self._position(verb)
            for position, authors, told in reversed(self.ctx.charges):
                if position < here - CHARGE_REACH:
                    break
                others = [a for a in authors if a.id not in ids]
                if ids & told and others:
                    self._reject(rejecters, [Arg(a, -8000 - n) for n, a in enumerate(others)], verb)
                    break

    def _bare_denials_rebutted(self) -> None:
        """"Kenya accused Uganda of shelling the town; *Uganda denied it*", "..., *which Togo denied*",
        "Mahama said Togo trained the rebels. *Togo's government denied any link* with them": a denial that
        points back at a charge (``Denials.denials``: no content of its own) rejects whoever made the last
        charge about the denier (or the state a denying official serves) by someone of another side: earlier
        in its sentence, or, for a denial that opens its sentence, a sentence or two before. What was charged is then denied (``denials.deny_answered``); this is the
        denier's answer to the one who charged."""
        for denial in self.denials():
            verb = self.doc[denial.at]
            rejecters = [a for a in self.agent(verb) if not a.proxy]
            here = self._position(verb)
            # a denial inside a sentence answers that sentence's charge; one that opens it, those before it too
            since = here - CHARGE_REACH if denial.earlier else self._position(self.sent[0])
            for position, authors, told in reversed(self.ctx.charges):
                if position >= here:
                    continue  # this sentence's own charges are remembered already; only those before the denial
                if position < since:
                    break
                others = [a for a in authors if a.id not in denial.deniers and
                          getattr(self.ctx.serves.get(a.id), "id", None) not in denial.deniers]
                if denial.deniers & told and others:
                    self._reject(rejecters, [Arg(a, -8100 - n) for n, a in enumerate(others)], verb)
                    break

    def _called_false(self, verb) -> bool:
        """"The ministry called the accusations *preposterous*", "described the claims as fabricated": calling a
        charge false (lexicon `dismissals`) rejects it as a verb of denial does."""
        if verb.lemma_.lower() not in self.lex.designation.get("speaking", ()):
            return False
        judged = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp", "advcl")] + \
            [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children]
        return any(w.lemma_.lower() in self.lex.noun_class["dismissals"] or w.lower_ in self.lex.noun_class["dismissals"]
                   for j in judged for w in (j, *j.conjuncts))

    def _remember_charges(self) -> None:
        """Note who said or charged something, and whom it was about, for a later "X rejected the claim"."""
        speaking = self.lex.modality["reported"]["verbs"] | self.lex.noun_class["charging"]
        for verb in (t for t in self.tokens if t.pos_ == "VERB" and t.lemma_.lower() in speaking):
            authors = [a for a in self.agent(verb) if not a.proxy]
            own = {t.i for c in verb.children if c.dep_ in SUBJ for t in c.subtree}
            told = frozenset(m.actor.id for t in verb.subtree if t.i not in own and (m := self.mention(t)) is not None)
            if authors and told:
                self.ctx.charges.append((self._position(verb), tuple({a.actor.id: a.actor for a in authors}.values()),
                                         told))

    def _charges_rebutted(self) -> None:
        """"Colombian officials say that ELN commanders shelter on Venezuelan soil, *a charge Caracas
        rejects*", "General X accused Nigeria of plotting, *a charge Abuja denied*": the charge points back
        to the clause it is set beside, so the one who rejects it rejects its author, the subject of the
        sentence's main clause (who says or accuses), not the actors of what is said."""
        for noun in (t for t in self.tokens if t.lemma_.lower() in self.lex.noun_class["rebutted"]):
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in noun.children) or \
                    noun.left_edge.i == 0 or self.doc[noun.left_edge.i - 1].text not in (",", ";", "—", "–"):
                continue  # set apart from the clause it tells of
            verbs = [(c, [s for s in c.children if s.dep_ == "nsubj" and s.lower_ not in RELATIVE])
                     for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in self.lex.noun_class["rebutting"]
                     and not any(o.dep_ == "dobj" and o.lower_ not in RELATIVE for o in c.children)]
            if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in self.lex.noun_class["rebutting"]:
                # "a charge La Paz has always rejected" read as a subject with the rejecter in apposition to it
                verbs.append((noun.head, [c for c in noun.children if c.dep_ == "appos"]))
            main = self.sent.root
            if any(main == verb for verb, _ in verbs):  # "..., a charge Caracas rejected" read as the sentence's
                # main verb, with the clause that makes the charge hung on it
                main = next((c for c in main.children if c.dep_ in ("ccomp", "advcl", "parataxis") and c.i < noun.i),
                            main)
            if not verbs or main.i > noun.i or noun in (c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")):
                continue
            authors = self.agent(main)
            for verb, subjects in verbs:
                rejecters = [a for c in subjects for a in self.actors(c, "strict")]
                ids = {a.actor.id for a in rejecters}
                self._reject(rejecters, [a for a in authors if a.actor.id not in ids], verb)

    def _reject(self, rejecters: list[Arg], authors: list[Arg], verb) -> None:
        """A state or body rejects the state an official who made the charge serves, a person rejects the
        person ("the Kremlin rejected the suggestion" of Prime Minister X rejects X's state)."""
        for rejecter in rejecters:
            objects = authors
            if rejecter.actor.type != "person":
                objects = [Arg(office, a.key) if a.actor.type == "person" and (office := self._office_of(a.actor))
                           is not None else a for a in authors]
            self._emit([rejecter], objects, ("REJECTION",), verb, "charge-rebutted")


def _judged_as(phrase) -> bool:
    """"rejected the allegations *as absurd*": the judgement the parser hangs on the charge says nothing of its author."""
    return phrase.dep_ == "prep" and phrase.lower_ == "as" and not any(
        p.pos_ in ("PROPN", "NOUN") for c in phrase.children for p in c.subtree)
