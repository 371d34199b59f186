"""The object of a verb (its patient), and whom judging an act judges: the act's doer named with it,
told a sentence before, or taken from the clause the act comments on.

Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations` beside the other roles
of a verb (``roles``)."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.official_deeds import official_as_state
from diplograph.loaders.articles.syntax import (
    RELATIVE,
    SPEECH,
    antecedent_of,
    conjuncts,
    definite,
    fronted_participle,
    gapped_objects,
    is_passive,
    prep_objects,
    reduced_passive,
    within_clause,
)
from diplograph.loaders.articles.themes import named_by_what

JUDGED_REACH = 600  # characters back to the act that "the decision", "the visit" judges
# acts no approving verb also tells: "close" backs only in "closed ranks behind X"
_HOSTILE_ACTS = frozenset({"COERCION", "ATTACK", "THREAT", "ARMED_CLASH", "MOBILIZATION", "CRITICISM", "PROTEST"})


class Patients:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _cause_owner(self, verb, exclude=()) -> list[Arg]:
        """Who did what a feeling is about: "China's drills alarmed Tokyo", "angered by Ethiopia's dam" (the act's
        owner or by-phrase), "Beijing alarmed Tokyo", and for "struck a pact, alarming Australia" the doers of the
        clause the participle follows."""
        # (a feeling "at" or "over" an act is about it as a by-phrase is: "appalled at Moscow's move")
        causes = [c for c in verb.children if c.dep_ == "nsubj"] if not is_passive(verb) else \
            [p for c in verb.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ in ("at", "over")
             for p in prep_objects(c)]
        found = self._which_after_a_person(causes, exclude) or \
            [a for c in causes for a in (self.actors(c, "strict", exclude) or self.actors(c, "owner", exclude))]
        # (only a participle clause borrows the doers above it: "the governments concerned" are only involved)
        return found or (self.agent(self._deed_above(verb), exclude) if not causes and verb.tag_ == "VBG" else []) or \
            self._move_doers(causes, exclude)

    @staticmethod
    def _deed_above(participle):
        """The verb whose deed a closing participle reacts to: "Lithuania allowed Taiwan to open an office,
        angering Beijing" angers at the allowing, however the parser hangs the participle on the clause it
        follows (not above a verb of saying: "officials said Iran struck the base, angering Washington")."""
        verb = participle
        if participle.dep_ == "advcl" and participle.i > 0 and participle.doc[participle.i - 1].text == ",":
            verb = participle.head
            while verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() not in SPEECH:
                verb = verb.head
        return verb

    def _which_after_a_person(self, causes, exclude=()) -> list[Arg]:
        """"Latvia hosted the Taiwanese minister, *which* angered Beijing": "which" never stands for a person, so
        after one it sums up the clause; its doers are those of the verb the person hangs on."""
        heads = {t.split()[-1] for t in self.lex.titles}
        for cause in (c for c in causes if c.lower_ == "which" and c.i > 0 and self.doc[c.i - 1].text == ","):
            person = antecedent_of(cause)
            m = self.mention(person) if person is not None else None
            if person is None or not (m is not None and m.type == "person" or person.lemma_.lower() in heads):
                continue
            verb = next((a for a in person.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is not None:
                return self.agent(verb, exclude)
        return []

    def _move_doers(self, causes, exclude=()) -> list[Arg]:
        """"Lithuania let Taiwan open an office, *a move that* infuriated China": a relative on a word for a deed
        set off after a clause sums that clause up; its doers are those of the sentence's main (not speech) verb."""
        for cause in (c for c in causes if c.lower_ in RELATIVE):
            doers = self.summed_up_doers(antecedent_of(cause), exclude)
            if doers:
                return doers
        return []

    def summed_up_doers(self, move, exclude=()) -> list[Arg]:
        """The doers of the clause a word for a deed set off after it sums up: "..., *a move* Ghana called an
        occupation", "..., *in a coordinated move* that Israel called a reward for terrorism"."""
        if move is None or move.lemma_.lower() not in self.lex.noun_class["judged_act"]:
            return []
        opening = move.left_edge.i if move.dep_ in ("appos", "npadvmod") else \
            move.head.i if move.dep_ == "pobj" and move.head.lower_ == "in" else 0
        if opening == 0 or self.doc[opening - 1].text != ",":
            return []
        verbs = [a for a in move.ancestors if a.pos_ in ("VERB", "AUX")]
        main = next((v for v in reversed(verbs) if v.lemma_.lower() not in SPEECH), None)
        return self.agent(main, exclude) if main is not None else []

    def _deed_doer(self, verb, exclude=()) -> list[Arg]:
        """Who did what the verb's object names: "followed with regret *the ceremony held by Ethiopia*", "noted
        with concern *Morocco's decision*" (the object's owner, or the by-phrase of a participle on it)."""
        return [a for obj in verb.children if obj.dep_ == "dobj" and self.mention(obj) is None
                for a in self._deed_owners(obj, exclude)]

    def _reacted_to(self, verb, exclude=()) -> list[Arg]:
        """Whose deed an answer is to: "reacted angrily to *the visit of the Czech speaker*", "to Finland's
        accession" (a name, or the owner, of-phrase or by-phrase of the deed)."""
        return [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in prep_objects(p)
                for a in (self.actors(o, "strict", exclude) if self.mention(o) is not None else
                          self._deed_owners(o, exclude, of=True))]

    def _deed_owners(self, deed, exclude=(), of=False) -> list[Arg]:
        """The doers a deed's noun names: its possessor, the by-phrase of a participle on it, or (``of``) its
        of-phrase ("the visit of the Czech speaker")."""
        found = [a for c in deed.children if c.dep_ == "poss" for a in self.actors(c, "strict", exclude)]
        found += [a for acl in deed.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                  for c in acl.children if c.dep_ == "agent" for p in prep_objects(c)
                  for a in self.actors(p, "strict", exclude)]
        return found or ([a for c in deed.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in prep_objects(c) for a in self.actors(p, "owner", exclude)] if of else [])

    def _shares_object(self, verb) -> bool:
        """"condemned and sanctioned", "trains and supplies": a verb coordinated right after another,
        with no object or complement of its own ("seized and refused to hand over" refuses a handing
        over), acts on what the first acts on."""
        head = verb.head
        between = self.doc[head.i + 1:verb.i] if head.i < verb.i else ()
        return verb.dep_ == "conj" and head.pos_ == "VERB" and 0 < len(between) <= 2 and \
            all(t.dep_ in ("cc", "punct") for t in between) and \
            not any(c.dep_ in ("xcomp", "ccomp", "prep", "dative") for c in verb.children)

    def patient(self, verb, exclude=()) -> list[Arg]:
        if is_passive(verb) or reduced_passive(verb):  # (also "Baykar, based in Istanbul")
            if verb.dep_ in ("acl", "amod") and verb.head != verb:  # "the Houthis, backed by Iran"
                noun = verb.head
                if noun.dep_ == "appos" and self.mention(noun) is None and not any(
                        self.mention(t) is not None for t in noun.subtree if t.i < verb.i):
                    noun = noun.head  # "Baykar, a drone maker headquartered in Istanbul": said of the name
                # "the government delegation, led by X, and the ELN team": a participle set off after a noun
                # says nothing of the names coordinated after it
                # ("a review of AUKUS, led by X": an inquiry's of-phrase is what it looks into)
                mode = "strict" if noun.lemma_.lower() in self.lex.noun_class["inquiries"] else "owner"
                return self.actors(noun, mode, exclude, coordinated=False) + [
                    a for c in self._conjuncts(noun) if c.i < verb.i for a in self.actors(c, "owner", exclude, coordinated=False)]
            if verb.dep_ == "conj" and verb.head.dep_ in ("acl", "amod", "relcl") and verb.head.head != verb.head and \
                    not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                # "the Polisario Front, which is hosted, armed and financed by Algeria", however the list is hung
                return self.actors(verb.head.head, "owner", exclude)
            if fronted_participle(verb):  # "Based in Tel Aviv, Elbit ..."
                return [a for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")
                        for a in self.actors(c, "owner", exclude)]
            # "The decision was criticised by Sudan": a deed told before judged in the passive is its doer's
            # (not one welcomed: "the move was welcomed by X" is no visit X received)
            judges = self._judging(verb)
            found = []
            for c in (c for c in verb.children if c.dep_ == "nsubjpass"):
                if (judges or self._approving(verb)) and self._suffered(c):
                    # "Castillo's ouster was criticised by Mexico": whom the act befell is not the one judged;
                    # "Angola's arrest of X" names its doer before the of-phrase
                    if any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children):
                        found += [a for p in c.children if p.dep_ == "poss" for a in self.actors(p, "strict", exclude)]
                    continue
                found += self.actors(c, "owner", exclude) or (
                    self._deed_told(c, exclude) if judges and c.pos_ == "NOUN" and self.mention(c) is None else [])
            return found
        found = []
        objects = [c for c in verb.children if c.dep_ in ("dobj", "attr") or (c.dep_ == "dative" and c.pos_ != "ADP")]
        if not objects:  # "rammed and boarded Philippine boats", parsed as a verb hung on the boats
            objects = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and any(
                g.dep_ == "amod" and g.pos_ == "VERB" and g.i < c.i for g in c.children)]
        # "rejected what it called new demands from Baku" (an object of its own: nothing shared with a next verb)
        objects = objects or named_by_what(verb)
        if not objects:  # "seized and refused to hand over the assets of X": the object they share (not a clause's
            # with its own subject: "warned that the talks could fail, and Uganda urged Rwanda to withdraw")
            for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and
                         not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)):
                objects = [c for v in (conj, *(x for x in conj.children if x.dep_ == "xcomp"))
                           for c in v.children if c.dep_ == "dobj"]
                if objects:
                    break
        for child in objects:
            doers = self._judged_again(child, exclude) or self._deed_told(child, exclude) if \
                child.lower_ == "it" and self._judging(verb) and any(
                t.i < child.i and t.pos_ == "NOUN" and t.lemma_.lower() in self._act_words() and definite(t)
                for t in self.tokens) else []  # "condemned the remark, and Y also criticised it": the remark's maker
            doers = doers or self.actors(child, "owner", exclude) or self._downed_share(child, exclude)
            if self._strikes(verb):  # "downed an Iranian-made drone": the maker is not who was struck
                doers = [a for a in doers if not (0 <= a.key < len(self.doc) and
                                                  self.doc[a.key].head.lemma_.lower() in self.lex.noun_class["making"])]
            if all(a.actor.type == "weapon" for a in doers) and self._strikes(verb) and \
                    "weapon" in self.theme_classes([child]) and not any(
                        t.lemma_.lower() in self.lex.noun_class["making"] for t in child.subtree):  # ("an Iranian-made drone": who made it)
                doers = doers + self.actors(child, "origin", exclude)  # "destroyed a Russian S-400 system": Russia's
            if (self._judging(verb) or self._approving(verb)) and self._suffered(child):
                # "criticised the ouster of President Bazoum", "condemned Navalny's arrest", "welcomed the release
                # of two opposition leaders": whom the act befell is no party to the judgement; its doer is
                victims = {m.actor.id for prep in child.children if prep.dep_ in ("prep", "poss")
                           for victim in (prep_objects(prep) if prep.dep_ == "prep" else [prep])
                           if prep.dep_ == "poss" or prep.lower_ == "of"
                           for t in (victim, *conjuncts(victim)) if (m := self.mention(t)) is not None}
                victims |= {a.actor.id for c in child.children if c.dep_ == "poss" for a in self.actors(c, "strict")}
                victims |= {a.actor.id for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "of"
                            for o in prep_objects(prep) for a in self.actors(o, "owner")}
                by = self.prep_args(child, ("by",), exclude) + [  # (the by-phrase hung on the one it befell)
                    a for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "of"
                    for o in prep_objects(prep) for a in self.prep_args(o, ("by",), exclude)]
                doers = [a for a in doers + by if a.actor.id not in victims]
            elif self._judging(verb) and self._harmful_act(child):
                # "condemned the invasion of Ukraine": the of-phrase is its victim, not its doer
                victims = {m.actor.id for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "of"
                           for victim in prep_objects(prep) for t in (victim, *conjuncts(victim))
                           if (m := self.mention(t)) is not None}
                # ... also those named through a noun: "the occupation of the Georgian territories of Abkhazia"
                victims |= {a.actor.id for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "of"
                            for victim in prep_objects(prep) for a in self.actors(victim, "owner")}
                # ("the raid on the embassy by Ecuadorian police": the by-phrase hung on the target)
                by = self.prep_args(child, ("by",), exclude) or [
                    a for prep in child.children if prep.dep_ == "prep" and prep.lower_ in ("on", "against", "in")
                    for target in prep_objects(prep) if self.mention(target) is None
                    for a in self.prep_args(target, ("by",), exclude)] or [
                    # ("the occupation of two of Georgia's regions by the Russian military": hung deep in the of-phrase)
                    a for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "of"
                    for by in prep.subtree if by.dep_ == "prep" and by.lower_ == "by"
                    for a in self.prep_args(by.head, ("by",), exclude)]
                doers = [a for a in doers + by if a.actor.id not in victims] or [
                    # "condemned the Russian invasion of Ukraine": a demonym on the act names its doer
                    Arg(m.actor, m.start) for c in child.children if c.dep_ == "amod"
                    and (m := self.mention(c)) is not None and m.is_demonym
                    and m.type in ("state", "armed_group") and m.actor.id not in victims | set(exclude)]
            elif not doers and self._judging(verb) and child.lemma_.lower() in self._act_words():
                # "condemned the decision by Bolivia to ...", "condemned the drill that Baku held"; "rejected the
                # statement by ASEAN" with the by-phrase hung on the (active) verb right after its object
                after = [c for c in verb.children
                         if c.dep_ == "prep" and c.lower_ == "by" and c.i == child.right_edge.i + 1]
                doers = self.prep_args(child, ("by",), exclude) or self._relative_doers(child, exclude) or \
                    [a for c in after for p in prep_objects(c) for a in self.actors(p, "strict", exclude)]
            elif not doers and child.lemma_.lower() in self.lex.noun_class["access"]:
                doers = [a for a in self._modifier_actors(child) if a.actor.id not in exclude]  # "restricted IAEA access"
            elif not doers and child.lemma_.lower() in self.lex.noun_class["office"]:
                doers = self._office_body(child, verb, exclude)
            found += doers
        for charge in (p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pcomp"):
            found += [a for g in gapped_objects(charge) for a in self.actors(g, "strict", exclude, coordinated=False)]
        if not found and not objects and self._shares_object(verb):
            return self.patient(verb.head, exclude)  # "the group that Tehran arms and funds": funds whom it arms
        if not found:
            gap = verb.head if verb.dep_ == "relcl" and not objects else next(
                (antecedent_of(c) for c in objects if c.lower_ in RELATIVE), None)
            # a "that" the parser left without its noun (a mark, or an object of no relative clause)
            stray = [c for c in verb.children if c.lower_ == "that" and c.dep_ in ("mark", "dobj")]
            if gap is None and stray and set(objects) <= set(stray) and verb.dep_ in ("acl", "advcl", "ccomp"):
                # "passed a law in May that Y condemned", parsed as a clause of the law or of "passed"
                gap = verb.head if verb.dep_ == "acl" else next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            acts = self.lex.noun_class["judged_act"] | (self.lex.noun_class["act"] if self._judging(verb) else set())
            if gap is not None and gap.dep_ == "pobj" and gap.lemma_.lower() not in acts and (
                    gap.head.lower_ == "of" or gap.ent_type_ in ("DATE", "TIME")):
                # "a show of force that Y condemned", "a law in May that Y condemned": the relative hangs
                # on the phrase after the act
                gap = gap.head.head
            if gap is not None and self.mention(gap) is None and gap.lemma_.lower() not in acts and \
                    self._after_comma(verb):
                # "held an exercise near the border, which Y condemned", "held a drill in May, which Y
                # condemned": a relative after a comma may judge the act the phrases it follows are said of
                gap = self._act_before(gap, acts)
            if gap is not None and gap.lemma_.lower() in acts:  # "..., a deployment Beijing criticised"
                found = self._act_agent(gap, exclude)
        if not found and (self._judging(verb) or self._approving(verb)):
            acts = [c for c in objects if c.lemma_.lower() in self.lex.noun_class["act"] and self.mention(c) is None
                    and not any(self.mention(t) is not None for g in c.children if g.dep_ in ("prep", "amod", "acl")
                                for t in g.subtree)]  # "the sale of X-made parts to Y" says its own parties
            found = [a for act in acts for a in self._doer_told(act, exclude)]
            # "Guyana condemned it", "called the plan unacceptable": a deed told a sentence before
            # (a relative pronoun means the noun it hangs on, never a deed told before: "a memorandum that
            # Greece condemned as illegal", a sentence after Wagner "deployed" mercenaries)
            found = found or [a for c in objects if self.mention(c) is None
                              and not (c.lower_ in RELATIVE and antecedent_of(c) is not None)
                              for a in self._deed_told(c, exclude)]
        return found

    def _relative_doers(self, act, exclude=()) -> list[Arg]:
        """Whom the relative clause on an act noun says did it: "the exercise *that Azerbaijan held*",
        "the decree Caracas issued" (the clause has no object of its own: the act is what it did; a clause
        with a subject that the parser hung as a participle's is one too: "the referendum that Caracas organised")."""
        content = act.lemma_.lower() in self.lex.noun_class["content"]
        clauses = [c for c in act.children if c.pos_ == "VERB" and (c.dep_ == "relcl" or c.dep_ == "acl" and not content
                                                                   and any(g.dep_ == "nsubj" for g in c.children))]
        return [a for clause in clauses
                if not any(c.dep_ == "dobj" and c.lower_ not in RELATIVE for c in clause.children)
                and not self._judging(clause) and not self._approving(clause)  # "a claim that Kigali denied"
                for a in self.agent(clause, exclude)]

    def _after_comma(self, verb) -> bool:
        first = min(t.i for t in verb.subtree)
        return first > 0 and self.doc[first - 1].text == ","

    def _act_before(self, node, acts):
        """The act noun a phrase hangs from ("an exercise near the border" -> exercise), or the act its clause's
        verb acts on ("held a drill in May" -> drill); the node itself when there is none."""
        start = node
        for _ in range(4):
            if node.lemma_.lower() in acts and node.pos_ == "NOUN":
                return node
            if node.pos_ in ("VERB", "AUX"):  # "held the third round of their exercise": the round's act
                objects = [c for c in node.children if c.dep_ == "dobj"]
                objects += [p for o in objects for prep in o.children if prep.dep_ == "prep" and prep.lower_ == "of"
                            for p in prep_objects(prep)]
                return next((c for c in objects if c.lemma_.lower() in acts), start)
            if node.head == node:
                break
            node = node.head
        return start

    def _office_body(self, office, verb, exclude=()) -> list[Arg]:
        """The body whose chair an office noun names: "holds the ASEAN chairmanship", "will assume the
        chair at the next summit of SADC" (the summit's body)."""
        found = [a for a in self._modifier_actors(office) if a.actor.type == "organization" and a.actor.id not in exclude]
        if office.lemma_.lower() in self.lex.noun_class["elections"]:  # "won the election in Ghana", however hung
            found += [a for holder in (office, verb) for a in self.prep_args(holder, ("in",), exclude)
                      if a.actor.type == "state"]
        meetings = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("at", "during")
                    for p in prep_objects(prep) if p.lemma_.lower() in self.lex.noun_class["meeting"]]
        return found or [a for m in meetings for a in (
            [a for a in self._modifier_actors(m) if a.actor.type == "organization"] or self.prep_args(m, ("of",), exclude))
            if a.actor.id not in exclude and a.actor.type == "organization"]

    def _included_targets(self, verb, exclude=()) -> list[Arg]:
        """The groups whose sites a strike's list names: "struck nine sites in Pakistan, including the
        headquarters of Jaish-e-Mohammed" (the sites' state is the location role's)."""
        objects = [c for c in verb.children if c.dep_ == "dobj" and self.mention(c) is None]
        preps = [p for holder in (verb, *objects) for p in holder.children if p.dep_ == "prep" and p.lower_ == "including"]
        return [a for prep in preps if objects for p in prep_objects(prep) for t in (p, *conjuncts(p))
                if self.mention(t) is None
                for a in self.actors(t, "owner", exclude) if a.actor.type in ("armed_group", "organization")]

    def _occupants(self, verb, exclude=()) -> list[Arg]:
        """Those a struck place held, told by a where-clause on the object: "struck a compound in Doha
        where members of Hamas's political bureau had gathered", "hit a house in which Hezbollah
        commanders were hiding" (the place's state is the location role's)."""
        places = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and self.mention(c) is None]
        places += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at", "on") and places
                   for p in prep_objects(c)]  # (the clause hung on the town: "struck a compound in Doha where ...")
        clauses = [r for p in places for r in p.subtree if r.dep_ == "relcl" and any(
            w.lower_ == "where" or w.dep_ == "prep" and w.lower_ in ("in", "at", "inside") and any(
                o.lower_ == "which" for o in w.children) for w in r.children)]
        held = [s for r in clauses for s in r.children if s.dep_ in ("nsubj", "nsubjpass")]
        # ("members of Hamas's political bureau": whose body the members are of)
        return [a for s in held for a in self.actors(s, "owner", exclude) or [
            a for p in s.children if p.dep_ == "prep" and p.lower_ == "of" for o in prep_objects(p)
            for a in self.actors(o, "owner", exclude)] if a.actor.type in ("armed_group", "organization", "person")]

    def _suffered(self, noun) -> bool:
        """Does the noun name what befalls someone ("the arrest", "the ouster", "the release": `suffered_acts`),
        whose possessor or of-phrase is the one it befalls, not its doer?"""
        return self.mention(noun) is None and noun.lemma_.lower() in self.lex.noun_class["suffered_acts"]

    def _harmful_act(self, noun) -> bool:
        """Does the noun name an act of force or coercion ("the invasion", "the blockade")?"""
        lemma = noun.lemma_.lower()
        return self.mention(noun) is None and lemma in self.lex.noun_class["act"] and any(
            self.onto.predicate(p).family == "material_conflict"
            for t in self.lex.nouns_for(lemma) for ps in t.predicates.values() for p in ps)

    def _judging(self, verb) -> bool:
        """Is the verb one of judging what someone did (criticise, protest, reject)? A verb that judges
        only through a complement ("ordered X to withdraw") does not judge its object ("ordered the expulsion")."""
        lemma = verb.lemma_.lower()
        # (the particle or preposition a pattern needs, when the verb has it: "rounded on" judges, "rounded up" not)
        particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "advmod")}
        return lemma in self.lex.noun_class["advocating"] or any(  # "demanded sanctions": no one's act yet
            {p for ps in t.predicates.values() for p in ps} <= {"CRITICISM", "PROTEST", "REJECTION"} and not t.theme
            # (a verb that judges only through a complement, a qualifying phrase or a speaker judges nothing of its
            # own: "carried out strikes" is no "bore responsibility", "used drones" no "used gas as a weapon"; a
            # particle makes a verb of judging: "turned down the request"; a pattern for other lemmas says nothing)
            and not all(not a.applies(lemma) or a.with_complement or a.subject == "speaker" or a.when_adverb and (all(
                " " in w for w in a.when_adverb) or not a.when_adverb & particles) for a in t.args)
            for t in self.lex.verbs_for(lemma))

    def _approving(self, verb) -> bool:
        """Is the verb one of backing what someone did ("backed the request", "welcomed the proposal")? Not a
        verb that backs only in an idiom and otherwise acts ("closed the border", "closed ranks behind X")."""
        told = [{p for ps in t.predicates.values() for p in ps} for t in self.lex.verbs_for(verb.lemma_.lower())]
        return any(p == {"SUPPORT"} for p in told) and not any(p & _HOSTILE_ACTS for p in told)

    def _doer_told(self, act, exclude=()) -> list[Arg]:
        """The doer of an act a noun names without saying whose ("Beijing opposes the arms sales"):
        whoever the text last told doing such an act (the predicates the noun triggers)."""
        lemma = act.lemma_.lower()  # "the sanctions" are told as coercion, whatever else the word can mean
        predicates = {p for t in self.lex.nouns_for(lemma) for p in (
            t.lemma_predicate.get(lemma) or [p for ps in t.predicates.values() for p in ps])}
        if predicates and all(self.onto.predicate(p).symmetric for p in predicates):
            # "denounced the visit": who of the two sides of talks told before visited is not said, unless
            # a verb told who came ("HMS Trent arrives off Guyana. Maduro denounces the visit")
            return self._deed_told(act, exclude)
        if not predicates and act.lemma_.lower() in self.lex.noun_class["judged_act"]:
            # "Bamako cut ties with Kyiv. Kyiv called the decision hasty": a decision is whatever was done last,
            # other than a judgement of it ("Senegal condemned the expulsion, and Togo called the move hasty")
            predicates = set(self.onto.predicates) - {"AFFILIATED_WITH", "BASED_IN", "MEMBER_OF", "BORDERS", "CRITICISM"}
        # the act told a sentence or two before: further back, "the visit" is another visit
        # ("Iran struck strongholds of Jaish al-Adl, a group that has carried out attacks on Iran. Pakistan called the
        # strike a violation": Iran's strike, not the attacks a relative clause told in passing)
        doer = self.ctx.doer_of(predicates, self._position(act), reach=JUDGED_REACH, exclude=exclude,
                                skip=self.ctx.passing_deeds) if predicates else None
        if doer is None:
            return self._deed_told(act, exclude)
        # "regretted the decision" an official took judges his state (official_deeds.py)
        doer = official_as_state(doer, self.ctx.serves, lemma, self.lex.noun_class["content"])
        return [Arg(doer, -5000)] if doer.id not in exclude else []

    def _content_doer(self, noun, exclude=()) -> list[Arg]:
        """"Germany voiced concern that Hungary had blocked the aid", "expressed alarm that Uganda was
        arming the rebels": the named subject of the that-clause a worry tells, when the clause is a
        deed it did (not a passive, nor being or suffering: "concern that Mali could collapse")."""
        if noun.lemma_.lower() not in self.lex.noun_class.get("concern_content", ()):
            return []
        # (a clause with its own subject after "that" is no relative: "concerns that China was building")
        clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ == "VERB"
                   and not is_passive(c) and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                   and c.lemma_.lower() not in self.lex.noun_class.get("undergone", ())]
        return [a for c in clauses for s in c.children if s.dep_ == "nsubj" and s.pos_ != "PRON"
                and self.mention(s) is not None for a in self.actors(s, "strict", exclude)]

    def _act_agent(self, act, exclude=()) -> list[Arg]:
        """Who took the act a noun names: "Armenia joined the ICC, a step Moscow condemned" ->
        Armenia, the subject of the clause the noun comments on or is the object of."""
        node = act
        for _ in range(6):  # "brought a launcher for an exercise with X's forces, a deployment Y criticised"
            if node.pos_ in ("VERB", "AUX") or node.head == node:
                break
            node = node.head
        return self.agent(node, exclude) if node.pos_ in ("VERB", "AUX") else []

    def _unwelcome(self, verb, role: str, exclude=()) -> list[Arg]:
        """The envoy's state (``unwelcome_envoy``) or the passive's by-phrase (``unwelcome_by``) of a
        verb that declares someone persona non grata, wherever the parser hangs them around it."""
        if not any(t.lower_ in self.lex.noun_class["unwelcome"] for t in verb.subtree):
            return []
        if role == "unwelcome_by":
            return [a for t in verb.subtree if t.dep_ == "agent" or t.dep_ == "prep" and t.lower_ == "by"
                    for p in prep_objects(t) for a in self.actors(p, "strict", exclude)]
        envoys = [t for t in verb.subtree if t.lemma_.lower() in self.lex.noun_class["envoy"]]
        beside = [self.doc[t.i + 1] for t in envoys if t.i + 1 < len(self.doc)]  # "Ambassador X", however hung
        named = [Arg(m.actor, m.start) for t in envoys + beside for h in (t, *t.ancestors)
                 if (m := self.mention(h)) is not None and m.type == "person" and m.actor.id not in exclude][:1]
        if named:  # "declared Ambassador Ebrahim Rasool persona non grata": the envoy named
            return named
        envoys += [t.head for t in envoys if t.dep_ == "compound"]  # "charge d'affaires"
        return [a for t in envoys for a in self.actors(t, "owner", exclude)]

    def _goods_origin(self, verb, themes, exclude=()) -> list[Arg]:
        """The state whose goods or firms a measure falls on: "tariffs on Chinese electric vehicles",
        "sanctions on Iran's oil sector", "tariffs on steel from Mexico" (an actor named outright is the
        ``target`` role's)."""
        nodes = [verb, *(t for theme in themes for t in within_clause(theme))]
        goods = [p for node in nodes for prep in node.children if prep.dep_ == "prep" and prep.lower_ in ("on", "against")
                 for p in prep_objects(prep) if p.pos_ == "NOUN" and self.mention(p) is None]
        found = [a for p in goods for a in self._modifier_actors(p, types=("state",)) if a.actor.id not in exclude]
        if goods and not found:  # the from-phrase hung on the verb
            found = [a for a in self.prep_args(verb, ("from",), exclude) if a.actor.type == "state"]
        return found

    def _subjected(self, noun, exclude) -> list[Arg]:
        """Who a measure is laid on when the text says it is under it or its subject: "Iran remains under
        US sanctions", "the firm, under EU sanctions since 2022,", "was placed under UN sanctions", "is subject
        to a UN travel ban", "Bashir, the subject of an ICC warrant" (words `subjected` in the lexicon)."""
        if noun.dep_ != "pobj":
            return []
        prep, holder = noun.head, noun.head.head
        words = self.lex.noun_class["subjected"]
        if prep.lower_ == "of" and holder.lemma_.lower() in words and holder.pos_ == "NOUN":
            node = holder  # "the subject of an ICC warrant", "a target of US sanctions"
        elif prep.lower_ == "to" and holder.lower_ == "subject":
            node = holder  # "is subject to EU sanctions", "a firm subject to EU sanctions"
        elif prep.lower_ == "under":
            node = noun.head  # "remains under US sanctions", "a firm, under EU sanctions since 2022,"
        else:
            return []
        clause = node.head
        if clause.pos_ == "PUNCT" and clause.head.i < clause.i:  # ("X, under EU sanctions,": hung on the comma)
            node, clause = clause, clause.head
            node_dep = "appos"
        else:
            node_dep = node.dep_
        if node_dep in ("attr", "acomp", "prep") and clause.pos_ in ("VERB", "AUX"):
            # ("placed Iran under sanctions", "Iran was placed under sanctions": what the verb acts on)
            held = [c for c in clause.children if c.dep_ in ("dobj", "nsubjpass")] or \
                [c for c in clause.children if c.dep_ == "nsubj"]
        elif node_dep in ("appos", "amod", "prep") and clause.pos_ not in ("VERB", "AUX", "ADP"):
            held = [clause]  # "Bashir, the subject of an ICC warrant,"; "a firm subject to EU sanctions"
        else:
            return []
        if node_dep == "prep" and clause.pos_ in ("VERB", "AUX") and \
                clause.lemma_.lower() not in self.lex.noun_class["subjected_verbs"]:
            return []  # "imposed sanctions under the 2019 order" is no one under them
        return [a for h in held for a in self.actors(h, "strict", exclude)]

    def _judged_by(self, head, exclude=(), reason=None) -> list[Arg] | None:
        """Whom a reason phrase ("for ...", "over ...") hung on ``head`` is about, or None when ``head``
        judges no one: the object of a verb of judgement ("sanctioned Iran for its drone sales"), its
        subject in the passive ("Iran was fined for"), or the target of a punitive measure the phrase
        hangs on or its verb imposes ("imposed sanctions on Iran over drone supplies to Russia",
        "slapped tariffs on Canada for its dairy rules": the supplies and the rules are Iran's and
        Canada's, never the imposer's, nor anyone's when no target is named). ``reason``: the reason phrase
        itself, when known, which carries no measure ("called for sanctions": the for-phrase is the measure's)."""
        if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in self.lex.judged_for:
            held = [c for c in head.children if c.dep_ == ("nsubjpass" if is_passive(head) else "dobj")]
            return [a for c in held for a in self.actors(c, "strict", exclude)] if held else None
        carriers = [head] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_ == "dobj"] + [
            o for c in head.children if c.dep_ == "prep" and c.lower_ == "for" and c != reason for o in prep_objects(c)] \
            if head.pos_ in ("VERB", "AUX") else []  # ("called for sanctions on X over ...": the measure sought)
        # ("a new round of sanctions on X": the measure under its quantity)
        carriers += [o for c in carriers for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in prep_objects(p)]
        measures = [c for c in carriers if c.lemma_.lower() in self.lex.noun_class["measures"]]
        targets = [o for m in measures for p in m.children if p.dep_ == "prep" and p.lower_ in ("on", "against")
                   for o in prep_objects(p)]
        # (a measure with no target named still makes the deed no deed of the one who imposes it)
        return [a for o in targets for a in self.actors(o, "strict", exclude)] if measures else None

    def _judged_doer(self, noun, exclude) -> list[Arg]:
        """"The Taliban blamed Pakistan for airstrikes in Kabul", "sanctioned Iran for drone sales",
        "imposed tariffs on X over its steel": the deed in the reason phrase of a judgement is the judged one's."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("for", "over"):
            return []
        return self._judged_by(prep.head, exclude) or []

    def _judged_for(self, token, types, exclude) -> list[Arg]:
        """"Washington sanctioned Iran for its support to the Houthis", "cut ties with Tehran over its
        support for Armenia": a possessive in the reason phrase of a verb is the one acted on's, when
        the verb acts on or with someone (the judged object, or the partner of what is broken off)."""
        noun = token.head
        if token.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "over"):
            return []
        verb = noun.head.head
        judged = self._judged_by(verb, exclude)
        if judged is not None:  # ("imposed sanctions on Moscow for its support of X": Moscow's)
            found = [a for a in judged if a.actor.type in types]
            return found[:1] if token.lower_ in ("it", "its", "itself") else found
        if verb.pos_ not in ("VERB", "AUX"):
            return []
        judging = verb.lemma_.lower() in self.lex.judged_for
        if noun.head.lower_ == "for" and not judging:
            return []  # "Iran built a plant for its drones": whose drones is the builder's
        found = [a for c in verb.children if c.dep_ == ("nsubjpass" if is_passive(verb) else "dobj")
                 for a in self.actors(c, "strict", exclude) if a.actor.type in types]
        if not found and not judging:
            found = [a for c in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for p in c.children
                     if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"
                     for a in self.actors(o, "strict", exclude) if a.actor.type in types]
        return found[:1] if token.lower_ in ("it", "its", "itself") else found

    def _strikes(self, verb) -> bool:
        """Does the verb attack what it acts on ("shot down", "destroyed")?"""
        return any("ATTACK" in {p for ps in t.predicates.values() for p in ps}
                   for t in self.lex.verbs_for(verb.lemma_.lower()))
