"""A charge answered by its target's bare denial: "Sudan accused the UAE of arming the RSF, *which Abu
Dhabi denies*", "..., *though Kigali denies it*", "... *The Taliban deny the allegation.*" What was
charged, told as reported, is then denied; the charge itself (the accusing) was still made."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from diplograph.graph.model import Claim
from diplograph.loaders.articles.syntax import RELATIVE, SUBJ

# What may still be denied: what someone else said or charged, not what the writer states nor what the
# writer believes likely ("China is believed to run listening posts there. Havana and Beijing deny it" stays
# a belief the denial does not settle).
ANSWERABLE = frozenset({"reported"})
# The clauses the parser may hang on a verb of denial that follows them.
TOLD = frozenset({"ccomp", "parataxis"})
# The pronouns a bare denial points back with ("denies it", "has denied this").
POINTING = frozenset({"it", "this", "that", "these", "those", "them", "so", "something", "what"})


@dataclass(frozen=True)
class Denial:
    deniers: frozenset[str]  # actor ids, with the states the denying officials serve
    at: int  # the denying verb's index in the document: it answers what was told before it
    earlier: bool  # it opens a sentence of its own and answers the sentence before


class Denials:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def denials(self) -> list[Denial]:
        """The sentence's denials that answer a charge told before them, with no content of their own
        ("denies supplying drones" tells what it denies, and is read as a relation of its own)."""
        found = []
        for verb in (t for t in self.tokens if t.pos_ in ("VERB", "AUX") and
                     t.lemma_.lower() in self.lex.noun_class["rebutting"]):
            if any(c.dep_ == "neg" for c in verb.children) or not self._bare(verb):
                continue
            earlier = verb.dep_ == "ROOT" and verb.i - self.sent.start < 12
            answering = verb.dep_ == "relcl" or verb.dep_ in ("advcl", "conj", "parataxis", "ccomp") and \
                verb.head.i < verb.i or bool(_told_before(verb))
            if not (earlier or answering):
                continue
            deniers = {a.actor.id for a in self.agent(verb) if not a.proxy}
            deniers |= {state.id for d in list(deniers) if (state := self.ctx.serves.get(d)) is not None}
            if deniers:
                found.append(Denial(frozenset(deniers), verb.i, earlier and not answering))
        return found

    def _bare(self, verb) -> bool:
        """Does the denial point back at a charge rather than tell its own content?"""
        if any(c.dep_ in ("xcomp", "ccomp", "pcomp") for c in verb.children if c not in _told_before(verb)):
            return False  # "denied that it had shipped", "denies arming the group"
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.dep_ == "relcl" and not objects:  # "..., something the Emiratis deny", "..., a charge Kigali denies"
            return verb.head.lower_ in POINTING or verb.head.lemma_.lower() in self.lex.noun_class["denied_matters"]
        if not objects:
            return False
        # "..., which Kigali denies"; "a faction linked to the group, which denies responsibility"
        return all(o.lower_ in POINTING | RELATIVE or self._points_back(o) for o in objects)

    def _points_back(self, noun) -> bool:
        """"the allegation", "these claims", "any involvement", "the reports": a charge or its matter
        (lexicon `denied_matters`) named with no owner or content of its own ("rejected Kyiv's claims",
        "denied reports that it had shipped arms" tell theirs)."""
        return noun.lemma_.lower() in self.lex.noun_class["denied_matters"] and not any(
            c.dep_ in ("poss", "relcl", "acl", "appos") or c.dep_ == "det" and c.lower_ in ("a", "an") or
            self.mention(c) is not None for c in noun.children)


def _told_before(verb) -> list:
    """The clause a denial's verb carries before it when the parser hangs the charge on the denial ("Kenya
    accused Uganda of shelling the town; Uganda denied it": the accusing clause read as the object of
    "denied"): what it answers, not what it says."""
    return [c for c in verb.children if c.dep_ in TOLD and c.i < verb.i and any(
        t.dep_ == "punct" and t.text in (";", ",", "—", "–") and c.right_edge.i < t.i < verb.i for t in verb.children)]


def deny_answered(claims: dict[tuple, Claim], told: list[tuple], denials: list[Denial], earlier: list[tuple],
                  symmetric: frozenset[str]) -> None:
    """Deny, in place, the reported claims a denial answers: those of its own sentence told before it
    (``told``: (key, trigger) pairs), or, for a denial that opens a sentence, those of the sentence
    before in the same paragraph (``earlier``), whose doer is the denier (either side of a
    ``symmetric`` predicate: "Kyiv said it had met Moscow's envoys; the Kremlin denied it")."""
    for denial in denials:
        answered = earlier if denial.earlier else [(k, t) for k, t in told if t is not None and t.i < denial.at]
        for key, _ in answered:
            claim = claims.get(key)
            if claim is not None and claim.modality in ANSWERABLE and (claim.subject in denial.deniers or
                                                                   claim.predicate in symmetric and claim.object in denial.deniers):
                claims[key] = dataclasses.replace(claim, modality="denied")
