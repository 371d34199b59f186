"""The roles of threats and warnings: whom a threatened act, a warning or a refusal to rule out force concerns."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import RELATIVE, definite, is_passive, prep_objects

THREAT_ROLES = frozenset({"act_target", "complement", "shared_object", "sufferer", "provoker"})


class ThreatRoles:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def threat_role(self, verb, role: str, themes, exclude=()) -> list:
        if role == "act_target":  # "threatened military intervention in Niger": where the act would fall
            return self._act_targets(verb, themes, exclude)
        if role == "complement":  # "threatened to intervene in Niger", "warned it would strike Iran"
            found = []
            for clause in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp")):
                # ("warned it would respond to any aggression against X": X is guarded, whoever attacks is warned)
                guarded = {t.i for n in clause.subtree if n.pos_ == "NOUN" and self._hostile(n) and any(
                    d.dep_ == "det" and d.lower_ == "any" for d in n.children) for t in n.subtree}
                found += [a for a in self.patient(clause, exclude) or self.prep_args(
                    clause, ("in", "into", "against", "on", "at", "to", "with"), exclude, also=self._themes(clause))
                    if a.key not in guarded]
                for purpose in (c for c in clause.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"):
                    if found:
                        break
                    # "threatened to use force to keep Taiwan in line": whom the purpose concerns (not the
                    # person it would help: "to use force to reinstate President X")
                    found += [a for a in self.patient(purpose, exclude) if a.actor.type != "person"]
                if not found and verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "NOUN" and \
                        any(c.dep_ == "nsubj" for c in verb.children) and \
                        not any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ not in RELATIVE for c in clause.children):
                    # "the accord with Egypt that Ethiopia declined to sign": the act's object is the noun the
                    # relative clause is said of, and whom it concerns that noun's other side
                    found += self.prep_args(verb.head, ("with", "between"), exclude)
            return found
        if role == "shared_object":  # "accused Pakistan of air strikes and warned of consequences"
            head = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else None
            # "met Ali and warned that an attack on Guyana would end badly": a that-clause is what is warned of,
            # and whom it concerns is in it, not the first verb's object
            if head is None or any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
                return []
            return [a for c in head.children if c.dep_ == "dobj" for a in self.actors(c, "strict", exclude)]
        if role == "sufferer":  # "warned that Tehran would pay": the subject of the consequence foretold
            consequences = self.lex.threat_framing.get("consequences", ())
            modals = self.lex.threat_framing.get("modals", ())
            found = []
            for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in consequences
                           and any(a.dep_ == "aux" and a.lower_ in modals for a in c.children)):
                subject = "nsubjpass" if is_passive(clause) else "nsubj"
                found += [a for c in clause.children if c.dep_ == subject for a in self.actors(c, "strict", exclude)]
            return found or self._foretold_harm(verb, exclude) or self._on_condition(verb, exclude)
        if role == "provoker":  # "said it would retaliate if Israel struck": who would bring the response on
            return self._provokers(verb, exclude)
        raise ValueError(f"unknown threat role {role!r}")

    def _provokers(self, verb, exclude) -> list:
        """"Moscow said it would respond militarily if Finland joined NATO", "warned that it will take action if
        Japan interferes": the subject of the condition on a response the speaker foretells of itself (a response
        verb of `threat_framing` or a light verb acting on a threatened act, with a modal; not "said NATO would
        respond if ...", another's response)."""
        modals = self.lex.threat_framing.get("modals", ())
        responses = self.lex.threat_framing.get("responses", ())
        speakers = {a.actor.id for a in self.agent(verb)}
        found = []
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and
                       any(a.dep_ == "aux" and a.lower_ in modals for a in c.children)):
            acts = clause.lemma_.lower() in responses or (
                clause.lemma_.lower() in self.lex.noun_class["light_verbs"] and
                any(o.dep_ == "dobj" and o.lemma_.lower() in self.lex.noun_class["threatened_acts"]
                    for o in clause.children))
            own = [s for s in clause.children if s.dep_ == "nsubj" and (s.pos_ == "PRON" or speakers & {
                a.actor.id for a in self.actors(s, "strict")})]
            found += self._any_deed_doers(clause, exclude)  # "any attempt by India ... would be treated as war"
            if not acts or not own:
                continue
            found += [a for c in clause.children if c.dep_ == "advcl" and
                      any(m.dep_ == "mark" and m.lower_ in ("if", "unless", "should") for m in c.children)
                      for s in c.children if s.dep_ == "nsubj" for a in self.actors(s, "strict", exclude)]
            # "warned it would respond to any attack by Syria", "to any Israeli aggression": whose act would draw it
            found += [a for p in clause.children if p.dep_ == "prep" and p.lower_ == "to" for deed in prep_objects(p)
                      if any(d.lower_ == "any" for d in deed.children) and
                      (self._hostile(deed) or self._harmful_act(deed))
                      for a in self._provoking_doers(deed, exclude)]
            found = found or self._answered_deed(clause, speakers, exclude)
        return found

    def _answered_deed(self, clause, speakers, exclude) -> list:
        """"Iceland suspended its embassy in Moscow. Russia called the decision destructive and said Moscow would
        respond": a response the speaker foretells of itself, bare (no condition, object, or to- or against-phrase
        saying what it would answer), answers the last deed an earlier sentence of the paragraph told of someone else, and
        threatens its doer (a person's state); not "said it would respond" with no such deed (`deeds.py`)."""
        if clause.lemma_.lower() not in self.lex.threat_framing.get("responses", ()) or any(
                c.dep_ in ("dobj", "advcl", "xcomp", "ccomp") or c.dep_ == "prep" and c.lower_ in ("to", "against", "if")
                for c in clause.children):
            return []
        here = self._position(self.sent[0])  # (a deed of an earlier sentence of the paragraph)
        told = [d for d in sorted((*self.ctx.deeds, *self.ctx.acts_told), key=lambda deed: deed[0])
                if (self.ctx.paragraph_start or 0) <= d[0] < here and d[0] not in self.ctx.passing_deeds]
        doers = ()
        # a person's deed is their state's; one whose state is unsaid, and the speaker's own, are passed over
        for _, _, people in reversed(told):
            doers = tuple(self._office_of(d) or self.ctx.serves.get(d.id) if d.type == "person" else d for d in people)
            if all(d is not None and d.id not in speakers for d in doers):
                break
            doers = ()
        if not doers or any(d.id in exclude for d in doers):
            return []
        return [Arg(d, -5000 - n) for n, d in enumerate(doers)]

    def _any_deed_doers(self, clause, exclude) -> list:
        """Whose act, any act, the speaker says would be taken as hostile: "warned that any attempt by India to divert
        the river would be treated as an act of war", "any Philippine move to build on the shoal would be considered a
        provocation" (a verb of judging, lexicon `threat_framing.judged_as`, with a hostile verdict, `taken_as`)."""
        framing = self.lex.threat_framing
        if clause.lemma_.lower() not in framing.get("judged_as", ()):
            return []
        verdicts = [t for c in clause.children if c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as"
                    for t in c.subtree]
        if not any(t.lemma_.lower() in framing.get("taken_as", ()) for t in verdicts):
            return []
        return [a for s in clause.children if s.dep_ in ("nsubjpass", "nsubj") and s.pos_ == "NOUN" and
                any(d.lower_ == "any" for d in s.children) for a in self._provoking_doers(s, exclude)]

    def _provoking_doers(self, deed, exclude) -> list:
        """The doer a deed's noun names: its by-phrase, possessor or demonym ("attack by Syria", "Israeli attacks")."""
        return self.prep_args(deed, ("by",), exclude) or [
            a for a in self._modifier_actors(deed, types=("state", "armed_group", "organization"))
            if a.actor.id not in exclude]

    def _act_targets(self, verb, themes, exclude) -> list:
        """Whom a threatened act would fall on: its against-, on-, in-phrase ("threatened military
        intervention in Niger"), also through the use of it ("never ruled out the use of force against
        Taiwan", "would not rule out using force against X"), else what its purpose would take ("refused
        to rule out force to take control of Greenland": Greenland; not a person it would help)."""
        uses = [t for t in themes if t.lemma_.lower() in self.lex.noun_class["using"]]
        uses += [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in self.lex.noun_class["using"]]
        # "vowed to take countermeasures against X": the act a light verb carries out
        themes = [*themes, *(t for c in verb.children if c.dep_ == "xcomp" and
                             c.lemma_.lower() in self.lex.noun_class["light_verbs"] for t in self._themes(c))]
        used = [o for u in uses for o in (*u.children, *(p for c in u.children if c.dep_ == "prep" and c.lower_ == "of"
                                                          for p in prep_objects(c))) if o.dep_ in ("dobj", "pobj")]
        acts = [t for t in (*themes, *used) if self._harmful_act(t) or
                t.lemma_.lower() in self.lex.noun_class["threatened_acts"]]
        if not acts:
            return []
        preps = ("against", "on", "in", "into", "with")
        found = [a for t in (*acts, *uses) for a in self.prep_args(t, preps, exclude)]
        # "vowed retaliation over the US sanctions", "a crushing response to any Israeli aggression": the doer of what
        # the act would answer
        found = found or [a for t in acts for p in t.children if p.dep_ == "prep" and p.lower_ in ("over", "for", "to")
                          for deed in prep_objects(p) for a in self.noun_role(deed, "owner", exclude)]
        for holder in (verb, *acts, *uses):
            for purpose in (c for c in holder.children if c.dep_ in ("advcl", "xcomp", "relcl", "acl") and
                            c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")):
                if found:
                    return found
                objects = [o for o in purpose.children if o.dep_ == "dobj"]
                found += [a for a in self.patient(purpose, exclude) if a.actor.type != "person"] or [
                    a for o in objects if o.lemma_.lower() in self.lex.noun_class["control"]
                    for a in self.prep_args(o, ("of", "over"), exclude)]
        return found

    def _foretold_harm(self, verb, exclude) -> list:
        """"warned that any attack on Guyana would be costly for Caracas", "would end very badly for X": whom a
        foretold outcome of an act of force not yet done is said to be bad for (not "warned that the tariffs would be
        painful for Mexico", a forecast of what is under way)."""
        harmful, modals = self.lex.threat_framing.get("harmful_for", ()), self.lex.threat_framing.get("modals", ())
        found = []
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and
                       any(a.dep_ == "aux" and a.lower_ in modals for a in c.children) and
                       any(s.dep_ == "nsubj" and self._harmful_act(s) and not definite(s) for s in c.children)):
            judged = [t for t in clause.subtree if t.lower_ in harmful and t.head in (clause, *clause.children)]
            found += [a for t in (clause, *judged) for a in self.prep_args(t, ("for",), exclude)] if judged else []
        return found

    def _on_condition(self, verb, exclude) -> list:
        """"warned of consequences if Manila continued its patrols": whoever would meet the condition."""
        warned_of = self.lex.threat_framing.get("warned_of", ())
        if not any(p.lemma_.lower() in warned_of for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in prep_objects(c)):
            return []
        return [a for c in verb.children if c.dep_ == "advcl" and
                any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
                for s in c.children if s.dep_ == "nsubj" for a in self.actors(s, "strict", exclude)]
