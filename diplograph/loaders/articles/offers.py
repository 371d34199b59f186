"""Go-betweens who name no sides ("Armenia and Azerbaijan clashed again. Qatar offered to mediate"),
those who asked for a meeting ("the Security Council met at Guyana's request"), and bodies spoken to
("Egypt's foreign minister told the Security Council that ..."), and witnesses of a signing ("A and B signed
the declaration in the presence of C", "C witnessed the signing of a declaration by A and B"): a third party
in whose presence two sides sign stands between them, unless it is one of the sides (their own leaders).

A mediator's verb with no between-phrase and no actor for an object stands between the two sides
of the fighting, talks or quarrel the paragraph told last. "help" counts only as an offer of help
to a quarrel ("offered to help", "ready to help end the fighting"): "helped Serbia" backs Serbia.
"""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import RELATIVE, antecedent_of, governing_verb, prep_objects

# Characters back to the quarrel a go-between offers to settle: the paragraph, at most this far.
QUARREL_REACH = 1000
# Characters back to the talks a guarantor or facilitator named without sides stands between
TALKS_REACH = 1500


class Offers:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _quarrel_sides(self, verb, exclude=()) -> list[Arg]:
        """The sides of the quarrel told last, for a go-between's verb that names neither side."""
        if any(self.mention(t) is not None for c in verb.children if c.dep_ in ("dobj", "dative", "prep")
               for t in c.subtree):
            return []  # "helped Serbia", "mediated between Kyiv and Moscow" (the between role's)
        if verb.lemma_.lower() in self.lex.noun_class["helping"] and not self._offered_help(verb):
            return []
        brokered = [c for c in verb.children if c.dep_ == "dobj"]
        if any(not {"agreement", "meeting"} & set(self.theme_classes([c])) for c in brokered):
            return []  # "offered to broker a ceasefire", not "can no longer broker anything"
        here = self._position(verb)
        start = self.ctx.paragraph_start if self.ctx.paragraph_start is not None else -1
        kind, conflict = self._event_wanted(verb, brokered)
        sides = self.ctx.sides_told(here, exclude, reach=min(QUARREL_REACH, here - start), kind=kind or "conflict",
                                    conflict=conflict, hostile=True)
        return [Arg(actor, -6000 - n) for n, actor in enumerate(sides) if actor.id not in exclude]

    def _settled_sides(self, verb, themes, exclude=()) -> list[Arg]:
        """The two sides of the quarrel a third party eases or settles: those the quarrel's between-phrase or
        hyphenated pair names ("tensions between A and B", "the A-B standoff"), else, when it names no one, the
        sides of the quarrel the paragraph told last; nobody when the settler is one of the sides ("Kenya moved
        to ease tensions with Somalia") or fewer than two sides are found."""
        quarrels = [t for t in themes if t.lemma_.lower() in self.lex.noun_class["dispute"]]
        if not quarrels:
            return []
        sides = self.prep_args(verb, ("between", "among", "amongst"), (), also=quarrels) or \
            [a for q in quarrels for a in self._hyphen_pair(q)]
        if not sides:
            if any(self.mention(t) is not None for q in quarrels for t in q.subtree):
                return []
            here = self._position(verb)
            start = self.ctx.paragraph_start if self.ctx.paragraph_start is not None else -1
            sides = [Arg(actor, -6000 - n) for n, actor in enumerate(self.ctx.sides_told(
                here, (), reach=min(QUARREL_REACH, here - start), kind="conflict", conflict=True, hostile=True))]
        ids = {a.actor.id for a in sides}
        return sides if len(ids) >= 2 and not ids & set(exclude) else []

    def _deal_sides_told(self, noun, exclude=()) -> list[Arg]:
        """"agreement had been reached", "a ceasefire was agreed": a deal no one is named making is between the
        sides of the mediation, talks or quarrel told just before in the paragraph."""
        if noun.dep_ != "nsubjpass" or any(c.dep_ == "agent" for c in noun.head.children):
            return []
        here = self._position(noun)
        start = self.ctx.paragraph_start if self.ctx.paragraph_start is not None else -1
        kind, conflict = self._event_wanted(noun, (noun,))
        sides = self.ctx.mediated_sides(here) or self.ctx.sides_told(here, exclude, reach=min(1000, here - start),
                                                                     kind=kind, conflict=conflict)
        told = [Arg(actor, -6000 - n) for n, actor in enumerate(sides) if actor.id not in exclude]
        if any(c.dep_ == "prep" and c.lower_ == "with" for c in (*noun.children, *noun.head.children)):
            # its other side is named: with the speaker who tells of it, else the sides told before if it is one
            partners = self.prep_args(noun.head, ("with",), exclude, also=(noun,))
            speakers = self._deal_speakers(noun, partners, exclude)
            if speakers:
                return speakers + partners
            return told if {a.actor.id for a in told} & {p.actor.id for p in partners} else []
        return told

    def _deal_speakers(self, noun, partners, exclude=()) -> list[Arg]:
        """"Petro confirmed an agreement was reached with Saab", "Nairobi said a deal had been struck with the IMF":
        who tells of a deal made with someone, no maker named, made it with them."""
        verb = noun.head
        speech = verb.head if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" else None
        if speech is None or not partners:
            return []
        return [a for a in self.agent(speech, exclude) if a.actor.id not in {p.actor.id for p in partners}]

    def _ended_quarrel_sides(self, noun, exclude=()) -> list[Arg]:
        """The sides of the quarrel a deal ends: "the war between A and B ended with a (C-brokered) ceasefire",
        "a truce brokered by C ended the clashes between A and B", "C brokered a truce that ended the A-B war", "the
        talks between A and B ended with an accord". Nobody when fewer than two sides are named on the quarrel."""
        ending = self.lex.noun_class["ending_quarrel"]
        quarrels = []
        if noun.dep_ == "pobj" and noun.head.lower_ in ("with", "in") and noun.head.head.lemma_.lower() in ending:
            verb = noun.head.head  # ("the war claimed thousands of lives and ended with ...": the subject they share)
            quarrels = [c for v in (verb, verb.head if verb.dep_ == "conj" else verb) for c in v.children
                        if c.dep_ in ("nsubj", "nsubjpass")][:1]
        ends = [noun.head] if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in ending else \
            [c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in ending and
             any(s.dep_ == "nsubj" and s.lower_ in RELATIVE for s in c.children)]
        quarrels += [c for verb in ends for c in verb.children if c.dep_ == "dobj"]
        # "the talks between A and B ended with an accord"
        quarrels = [q for q in quarrels if q.lemma_.lower() in self.lex.classes("dispute", "meeting")]
        sides = [a for q in quarrels for a in self.noun_role(q, "between", exclude) or self._hyphen_pair(q) or
                 self._owner_and_partner(q, exclude)]
        sides = [a for a in sides if a.actor.id not in exclude]
        if quarrels and len({a.actor.id for a in sides}) < 2 and not any(self.mention(t) for q in quarrels for t in q.subtree):
            # "The war claimed thousands of lives and ended with a Russian-brokered ceasefire": a quarrel that names no
            # one is the fighting told last (this paragraph or the one before)
            here = self._position(noun)
            start = self.ctx.previous_paragraph if self.ctx.previous_paragraph is not None else self.ctx.paragraph_start
            told = self.ctx.sides_told(here, exclude, reach=min(QUARREL_REACH, here - (start if start is not None else -1)),
                                       kind="conflict", conflict=True, hostile=True)
            fought = any(p in ("ARMED_CLASH", "ATTACK") and {d.id, o.id} == {a.id for a in told}
                         for _, p, d, o in self.ctx.told)  # (never the pair of talks told before)
            sides = [Arg(actor, -6000 - n) for n, actor in enumerate(told)] if fought else []
        return sides if len({a.actor.id for a in sides}) >= 2 else []

    def _owner_and_partner(self, noun, exclude=()) -> list[Arg]:
        """"Kenya's row with Somalia": the noun's owner and its with-partner, when both are named."""
        owner, partner = self.noun_role(noun, "owner", exclude), self.noun_role(noun, "partner", exclude)
        return owner + partner if owner and partner else []

    def _event_wanted(self, token, nouns=()) -> tuple[str | None, bool]:
        """Which told pair a go-between at ``token`` stands between (`ResolveContext.sides_told`): the kind of
        event its noun names (a truce ends a conflict, a deal, talks), and whether its sentence tells of a
        conflict, whose sides a meeting of two others never are."""
        lemmas = {(antecedent_of(n) if n.lower_ in RELATIVE else n) for n in nouns} - {None}
        lemmas = {n.lemma_.lower() for n in lemmas}
        kind = "conflict" if lemmas & self.lex.truce_words else \
            "deal" if lemmas & self.lex.noun_class["agreement"] else \
            "talks" if lemmas & self.lex.noun_class["meeting"] else None
        quarrel = self.lex.noun_class["dispute"] | self.lex.truce_words
        return kind, any(t.lemma_.lower() in quarrel or t.lower_ in quarrel for t in token.sent)

    def _talks_sides(self, noun, top, exclude=()) -> list[Arg]:
        """"Norway and Cuba served as guarantors", "were joined as guarantor countries by Mexico": a guarantor
        or facilitator named with no sides stands between the sides its own between-phrase names, else those of
        the talks or deal told before; one named on a state or body ("Ukraine's guarantor", "the guarantor powers
        of Cyprus") is that one's backer (trigger backer), no go-between."""
        # (a by-phrase names the go-betweens themselves: "were joined as guarantors by Mexico")
        if any({a.actor.id for a in self.noun_role(n, "owner", exclude)} -
               {a.actor.id for a in self.noun_role(n, "by", exclude)} or
               self.noun_role(n, "of", exclude) for n in {noun, top}):
            return []
        between = self.noun_role(noun, "between", exclude)
        if between:
            return between
        here = self._position(noun)
        kind, conflict = self._event_wanted(noun)
        sides = self.ctx.mediated_sides(here) or \
            self.ctx.sides_told(here, exclude, reach=TALKS_REACH, kind=kind or "talks", conflict=conflict) or \
            self.ctx.talks_told(here, exclude)
        return [Arg(actor, -6000 - n) for n, actor in enumerate(sides) if actor.id not in exclude]

    def _joined_as_go_betweens(self, trigger) -> bool:
        """"Norway and Cuba joined the talks as guarantors", "attended the summit as observers": an as-phrase on the
        verb (or on the talks it governs) makes its doers go-betweens or onlookers of the talks (noun class
        `go_between_roles`), not two sides of them."""
        verb = trigger if trigger.pos_ in ("VERB", "AUX") else governing_verb(trigger)
        if verb is None:
            return False
        # (the parser hangs the as-phrase on the verb or on its object)
        heads = (verb, *(c for c in verb.children if c.dep_ == "dobj"), trigger)
        return any(c.dep_ == "prep" and c.lower_ == "as" and
                   any(p.lemma_.lower() in self.lex.noun_class["go_between_roles"] for p in prep_objects(c))
                   for h in heads for c in h.children)

    def _offered_help(self, verb) -> bool:
        """"offered to help", "stands ready to help end the fighting": help offered to settle a quarrel,
        with nothing helped named, or only the ending of the fighting."""
        if any(c.dep_ == "dobj" for c in verb.children):
            return False
        offer = verb.head if verb.dep_ == "xcomp" else None
        if offer is None or offer.lemma_.lower() not in self.lex.noun_class["offering"]:
            return False
        return all(c.lemma_.lower() in self.lex.noun_class["settling"]
                   for c in verb.children if c.dep_ in ("xcomp", "ccomp", "advcl"))

    def _requesters(self, verb, exclude=()) -> list[Arg]:
        """Who asked for the meeting ``verb`` tells: "at Guyana's request", "at the invitation of X"."""
        inviter = self.invited_by(verb, exclude)
        if inviter:  # "At the invitation of the President of Ghana, John Mahama, A and B met"
            return inviter
        asks = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("at", "on", "upon")
                for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in self.lex.noun_class["requests"]]
        return [a for ask in asks for a in (
            [a for c in ask.children if c.dep_ == "poss" for a in self.actors(c, "strict", exclude)] or
            self.prep_args(ask, ("of", "from"), exclude))]

    def _bodies_addressed(self, verb, exclude=()) -> list[Arg]:
        """The body a speaker told, briefed or addressed: "told the UN Security Council that ...",
        "addressed the General Assembly" (telling a state or a person something is no meeting); a state
        briefed is consulted too ("Nicosia had briefed Brussels and Washington"; lexicon `briefing`)."""
        kinds = ("organization", "state") if verb.lemma_.lower() in self.lex.noun_class["briefing"] else ("organization",)
        return [a for c in verb.children if c.dep_ in ("dobj", "dative")
                for a in self.actors(c, "strict", exclude) if a.actor.type in kinds]

    def _greeted(self, verb, exclude=()) -> list[Arg]:
        """Whom a journey is made to greet: "flew to Tbilisi to congratulate Kobakhidze", "travelled to Kyiv to
        see Zelensky" (the object of a purpose infinitive among the lexicon's `greeting` verbs)."""
        purposes = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"
                    and c.lemma_.lower() in self.lex.noun_class["greeting"]
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        return [a for c in purposes for o in c.children if o.dep_ == "dobj" for a in self.actors(o, "strict", exclude)]

    def _handover_sides(self, verb, exclude=()) -> list[Arg]:
        """The two sides of a release or return a go-between negotiated: whose people come back and who held
        them ("negotiated the return of Ukrainian children from Russia", "secured the release of a French citizen
        held by Iran"; the handed-over nouns are the lexicon's `handovers`)."""
        sides = []
        for noun in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in self.lex.noun_class["handovers"]):
            people = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in prep_objects(c)]
            for _ in range(2):  # "the return of dozens of Ukrainian children": the people a quantity counts
                people += [p for q in people if q.lemma_.lower() in self.lex.noun_class["quantity"]
                           for c in q.children if c.dep_ == "prep" and c.lower_ == "of" for p in prep_objects(c)
                           if p not in people]
            sides += [a for p in people for a in self.actors(p, "origin", exclude)]
            sides += [a for p in people for c in p.children if c.dep_ == "acl" for a in self.agent(c, exclude)]
            sides += self.prep_args(noun, ("from",), exclude, also=people)
        return sides if len({a.actor.id for a in sides}) >= 2 else []

    def witnesses(self, verb, exclude=()) -> list[Arg]:
        """Who sees a deal signed: "signed ... *in the presence of* X (and of Y)", "signed a declaration,
        *witnessed by* X", "with X looking on"; no one when a witness is (or serves) one of the signing sides."""
        found = []
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "under")):
            for presence in (p for p in prep_objects(prep) if p.lemma_.lower() in self.lex.noun_class["presence_words"]):
                for of in (c for c in presence.children if c.dep_ == "prep" and c.lower_ == "of"):
                    for phrase in (of, *(c for c in of.children if c.dep_ == "conj" and c.lower_ == "of")):
                        found += [a for p in prep_objects(phrase) for a in self.actors(p, "strict", exclude)]
        seen = [c for node in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for c in node.children
                if c.dep_ in ("acl", "advcl") and c.lemma_.lower() in self.lex.noun_class["witnessing"]]
        found += [a for c in seen for by in c.children if by.dep_ == "agent"
                  for p in prep_objects(by) for a in self.actors(p, "strict", exclude)]
        # "initialled the deal at the White House, with Trump looking on": the onlooker of a with-clause
        onlookers = self.lex.noun_class["looking_on"]
        found += [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                  for clause in c.children if clause.dep_ == "pcomp" and clause.lemma_.lower() in onlookers
                  for s in clause.children if s.dep_ == "nsubj" for a in self.actors(s, "strict", exclude)]
        signers = self.agent(verb, exclude)
        if not signers or any(a.actor.type == "company" for a in signers):
            return []  # (the sides named here; a firm's contract signed before ministers has no sides to stand between)
        return [] if self._witness_is_side(found, signers) else found

    def signing_witnesses(self, noun, exclude=()) -> list[Arg]:
        """"Trump and Anwar witnessed *the signing* of a declaration by A and B": the witnessing verb's subject."""
        verb = noun.head if noun.dep_ == "dobj" else None
        if verb is None or verb.lemma_.lower() not in self.lex.noun_class["witnessing"]:
            return []
        found = self.agent(verb, exclude)
        # ("witnessed the signing of memoranda between ministries of the two countries": sides by either role)
        sides = [a for role in ("by", "between") for a in self.noun_role(noun, role, exclude)]
        if not sides and len({a.actor.id for a in found}) >= 2:
            return []  # "the two leaders witnessed the signing of memoranda": no signers named, their own governments sign
        return [] if self._witness_is_side(found, sides) else found

    def _witness_is_side(self, witnesses: list[Arg], sides: list[Arg]) -> bool:
        """Whether a witness of the signing is one of its sides or holds office in one: "the two presidents
        witnessed the signing of agreements between ministries of the two countries" is the two states' deal,
        which their leaders attend; no one stands between them."""
        return any(w.actor.id == s.actor.id or self._serves(w.actor, s.actor) for w in witnesses for s in sides)
