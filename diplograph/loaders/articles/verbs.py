"""Verb triggers: a lexicon pattern applied to the roles of a verb, go-betweens and the parties of deals."""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg, Found
from diplograph.loaders.articles.idiom_objects import idiom_object
from diplograph.loaders.articles.lexicon import ArgPattern, Trigger
from diplograph.loaders.articles.syntax import (
    RELATIVE,
    TOWARD_DEAL_PARTIES,
    WEAPON_CONTEXT,
    antecedent_of,
    concluded,
    conjuncts,
    is_passive,
    reduced_passive,
    pattern_label,
    prep_objects,
    reported_clauses,
    speech_verb,
    wh_clause,
    within_clause,
)

# Roles that find a go-between's sides themselves (told before, or none when the go-between is a side): the
# fallbacks for a mediator's verb with no object (a deal's parties, the sides here or told last) are theirs.
_SIDES_ROLES = ("quarrel_sides", "talks_sides", "settled_sides", "handover_sides", "deal_between")


def _part_taken(token) -> bool:
    """Is ``token`` the "part" of "took part (in)"?"""
    return token.lemma_.lower() == "part" and token.dep_ == "dobj" and token.head.lemma_.lower() == "take"


class VerbTriggers:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _verb(self, verb, trigger: Trigger) -> None:
        lemma = verb.lemma_.lower()
        senses = next((self.lex.phrasal_senses[f"{lemma} {c.lower_}"] for c in verb.children  # ("stayed away": an adverb)
                       if (c.dep_ == "prt" or c.dep_ == "advmod" and c.i == verb.i + 1) and f"{lemma} {c.lower_}" in self.lex.phrasal_senses), None)
        if senses is not None and trigger.name not in senses:
            self._miss("its particle gives the verb another sense ('hit out at' criticises, it strikes no one)")
            return
        refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.lex.noun_class["refusing"]
        if trigger.negated_only and not refused and not any(c.dep_ == "neg" for c in verb.children):
            self._miss("read only when negated ('never recognised'), and it is not")
            return
        if trigger.qualified_by and not any(c.dep_ == "advmod" and c.lower_ in trigger.qualified_by for c in verb.children):
            self._miss("read only with a word that qualifies it ('reacted angrily'), and it has none")
            return
        # "met Yunus and the foreign adviser, Touhid Hossain": a title naming a person is no theme (a group naming one
        # of its members is: "sent 29 prisoners to X, among them Y")
        themes = [t for t in self._themes(verb) if not any(
            c.dep_ == "appos" and (m := self.mention(c)) is not None and m.type == "person" and
            not any(p.dep_ == "prep" and p.lower_ in ("among", "including") for p in c.children) for c in t.children)]
        if trigger.subject_theme and not is_passive(verb):  # "Turkish drones arrived in Mali"
            # (or "Chinese loans continue to reach Laos": the subject of the verb the clause completes)
            holder = verb.head if verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
            themes = [t for c in holder.children if c.dep_ == "nsubj" for t in (c, *conjuncts(c))]
            # "most of Algeria's jets come from Russia", "80% of its imports came from China"
            themes += [p for t in themes if t.lemma_.lower() in self.lex.noun_class["quantity"]
                       for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in prep_objects(c)]
        subjects = themes if trigger.subject_theme else [t for c in verb.children if c.dep_ == "nsubj"
                                                         for t in (c, *conjuncts(c))]
        if trigger.not_subjects and not is_passive(verb) and set(self.theme_classes(subjects)) & trigger.not_subjects:
            self._miss(f"its subject is of a kind that does not {lemma} in this sense ({', '.join(sorted(trigger.not_subjects))})")
            return
        wanted = trigger.theme_for.get(lemma, trigger.theme)
        classes = self.theme_classes(themes) + idiom_object(self.lex, wanted, themes)  # ("showed X the door")
        # (or the object that controls its infinitive: "authorized Russian troops to deploy to X")
        doers = [c for c in verb.children if c.dep_ == "nsubj"] or \
            ([c for c in verb.head.children if c.dep_ == "dobj"] if verb.dep_ == "xcomp" and not any(c.dep_ == "dobj" for c in verb.children) else [])
        if wanted and wanted not in classes and not is_passive(verb) and \
                any(c.lemma_.lower() in self.lex.noun_class.get(wanted, ()) or wanted in self.theme_classes([c]) for c in doers):
            classes = [wanted]  # "Turkish troops operate in Somalia": the subject is what is based there
        # ("punished Guinea with sanctions": the means it acts with are not what it acts on)
        acted_on = [t for t in themes if not (t.dep_ == "pobj" and t.head.lower_ == "with")]
        if wanted and wanted not in classes or set(self.theme_classes(acted_on) if acted_on else classes) & \
                trigger.not_themes:
            self._miss(f"what it acts on ({', '.join(classes) or 'nothing known'}) is not {wanted or 'allowed'}")
            return
        if trigger.needs_theme(lemma) and not classes:
            # the weapons told around are what it moves only when it moves something ("sent them to Kyiv", "the
            # batch was delivered", "the Houthis, supplied by Iran"): "Egypt's president flew to Riyadh" moves none
            moved = any(c.dep_ in ("dobj", "nsubjpass", "agent") for c in verb.children) or is_passive(verb)
            # ("delivered the notice to the US embassy": a paper or message handed over is no weapon of the story)
            papers = self.lex.noun_class["documents"] | self.lex.noun_class["correspondence"]
            moved = moved and not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in papers
                                      for c in verb.children)
            if not (moved and self._sentence_has_weapons() and "weapon" in trigger.predicates):
                self._miss("needs an object of a known kind (weapon, deal, troops ...), found none")
                return
            classes = ["weapon"]
        theme_class = next((c for c in classes if c in trigger.predicates), None)
        predicates = trigger.predicates_for(theme_class, lemma)
        if lemma in self.lex.noun_class["selling"]:  # "Ethiopia sells electricity to Djibouti": sold, not given
            predicates = tuple(p for p in predicates if p != "AID")
        if not predicates:
            self._miss(f"no predicate for what it acts on ({', '.join(classes) or 'nothing known'})")
            return
        if "ATTACK" in predicates:
            self._remember_attack(verb, self.verb_role(verb, "patient", themes))
        said = verb
        planned = self.lex.modality["planned"]
        effort = verb.head
        if trigger.effort_is_act and verb.dep_ in ("acl", "xcomp") and effort != verb and \
                effort.lemma_.lower() in planned["efforts"]:
            # the attempt is the statement: its modality, not a plan's
            said = effort
        before = len(self.found)
        done = False
        for pattern in trigger.args:
            if done and not pattern.also:
                continue
            if not self._pattern_applies(pattern, verb, lemma):
                self._miss(f"pattern {pattern_label(pattern)} does not apply to this use of '{lemma}'")
                continue
            # ("helped" is a noun trigger's role, asked of any mediation read from a word tagged as a noun: a verb
            # trigger read from such a word has no one it helped)
            if self._apply(pattern, lambda role, exclude=(): self.vicinity(verb, themes, exclude) if role == "vicinity"
                           else [] if role == "helped" else self.verb_role(verb, role, themes, exclude),
                           pattern.predicates or predicates, said, f"{trigger.name}:{pattern_label(pattern)}", themes) \
                    and not trigger.try_all:
                done = True
        for item in self.found[before:]:
            item.ends = trigger.ends
            item.negation_is_act = trigger.negated_only
            item.to_come = trigger.ongoing_is_planned and not concluded(verb)
        if "ATTACK" in predicates:
            self._threatened(verb, self.found[before:])

    def _threatened(self, verb, found: list[Found]) -> None:
        """An attack only announced or feared ("says the army may strike X", "feared that Y would
        invade X") is also a threat, asserted by the frame: by the attacker, and by the person who
        announced it."""
        framing = self.lex.threat_framing
        frame = verb.head
        if verb.dep_ != "ccomp" or frame.lemma_.lower() not in framing.get("frames", ()) or \
                not any(c.dep_ == "aux" and c.lower_ in framing.get("modals", ()) for c in verb.children):
            return
        speakers = [a for a in self.agent(frame) if a.actor.type == "person"] if frame.lemma_.lower() not in (
            "fear", "worry", "dread") else []
        for item in [f for f in found if f.predicate == "ATTACK"]:
            for subject in [item.subject, *(a.actor for a in speakers)]:
                if self._fitting(("THREAT",), subject, item.object):
                    self.found.append(Found(subject, "THREAT", item.object, frame, "threat:framed-attack"))

    def _people_words(self) -> frozenset[str]:
        """Nouns that can name whom one calls: titles ("his counterpart"), kinds of actor, "capitals"."""
        return frozenset(w.split()[-1] for w in self.lex.titles) | self.lex.noun_class["actor_kinds"] | {
            w.split()[-1] for w in self.lex.references}

    def _pattern_applies(self, pattern: ArgPattern, verb, lemma: str) -> bool:
        if not pattern.applies(lemma):
            return False
        if lemma in pattern.passive_only and not (is_passive(verb) or reduced_passive(verb)):
            return False
        if any(c.dep_ == "prep" and c.lower_ in pattern.not_gerund_after and
               any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children) for c in verb.children):
            return False
        if lemma in pattern.active_only and (is_passive(verb) or verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod")):
            return False  # "plans to manufacture Chinese drones in Serbia", not "took two Chinese-built corvettes at Ream"
        # (also a participle joined to one on a noun: "the insurgents, known as X and affiliated with Y")
        told = verb.head if verb.dep_ == "conj" and verb.head.tag_ == "VBN" else verb
        if lemma in pattern.participle_only and not (verb.tag_ == "VBN" and (
                told.dep_ in ("acl", "amod") and told.head.dep_ != "ROOT" or  # (a sentence parsed as one noun phrase)
                any(c.dep_ == "auxpass" for c in verb.children))):
            return False  # "the group, aligned with X" is a state; "Y (has) aligned his government with X" an act
        # ("decided to order a diplomat to leave": the infinitive read as an adverbial clause is the complement still)
        if pattern.with_complement and not any(  # (not "told the government how far it can go": a question)
                (c.dep_ in ("xcomp", "ccomp") or c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux"))
                and c.lemma_.lower() in pattern.with_complement and not wh_clause(c, self.lex.noun_class["question_words"])
                for c in verb.children):
            return False  # "ordered French troops to leave"
        if pattern.other_complement and not any(
                c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and c.lemma_.lower() not in pattern.other_complement
                for c in verb.children):
            return False  # "asked China to let its prosecutors board", not "asked French troops to leave"
        if pattern.not_complement and any(
                c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and
                any(t.lemma_.lower() in pattern.not_complement for t in (c, *(
                    o for o in c.children if o.dep_ in ("dobj", "advmod", "npadvmod", "prep")))) for c in verb.children):
            return False  # "agreed to deepen cooperation": a programme of cooperation, no agreement of its own
        if pattern.bare and any(c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp", "prt", "dative") and
                                c.lemma_.lower() not in self.lex.noun_class["call_purposes"] or
                                c.dep_ == "prep" and c.lower_ in ("for", "on", "off", "upon") and not _lasting(c)
                                for c in verb.rights):  # (a clause before it is no complement: "said X; Y was calling")
            return False  # "called Kyiv a threat", "called on Kyiv to", "called for talks" (not "called Kyiv to urge calm")
        if pattern.bare and not all(o.pos_ in ("PROPN", "PRON") or {o.lemma_.lower(), o.lower_} & self._people_words()
                                    for o in verb.children if o.dep_ == "dobj"):
            return False  # "called the president's words illegal": words are not called up
        if pattern.bare and sum(c.dep_ == "dobj" for c in verb.children) > 1:
            return False  # "the Paracels, which Hanoi calls Hoang Sa": a call with two objects names, it rings no one
        if pattern.when_adverb:
            words = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "prep", "npadvmod", "prt")}
            # "will assemble them locally under the contract": the adverb read as the preposition's
            words |= {g.lower_ for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "advmod"}
            words |= {c.lower_ for c in verb.subtree if c.dep_ == "amod"}
            # "held Pakistan responsible", however the parser hangs the adjective
            words |= {c.lower_ for c in verb.children if c.dep_ in ("oprd", "acomp", "ccomp", "advcl") and c.pos_ == "ADJ"}
            words |= {c.lower_ for c in verb.subtree if c.dep_ in ("oprd", "appos") and " " in c.text}  # "persona non grata"
            words |= {c.lower_ for c in within_clause(verb) if c.dep_ == "prep"}  # "troops along the LAC"
            words |= {f"{c.lower_} {p.lower_}" for c in verb.children if c.dep_ == "prep" for p in prep_objects(c)}  # "under licence"
            words |= {f"{c.lower_} {g.lower_}" for c in verb.children if c.dep_ == "prep" for g in c.children
                      if g.dep_ == "pcomp"}  # "barred the ships from docking"
            words |= {f"{c.lower_} {g.lower_} {p.lower_}" for c in verb.children if c.dep_ == "prep" for g in c.children
                      if g.dep_ == "prep" for p in prep_objects(g)}  # "kept X out of the talks"
            words |= {f"{g.lower_} {c.lower_}" for c in verb.children if c.dep_ == "dobj" and c.lemma_ == "way"
                      for g in c.children if g.dep_ == "poss"}  # "fought their way into the port": side by side
            doc = verb.doc
            if verb.lower_.startswith("co-") or verb.i > 1 and doc[verb.i - 1].text in ("-", "–") and \
                    doc[verb.i - 2].lower_ == "co":
                words.add("jointly")  # "co-produced drones", "agreed to co-produce drones": done together
            if any(c.lower_ == "along" and any(g.lower_ == "with" for g in c.children) for c in verb.subtree):
                words.discard("along")  # "Kenya, along with Rwanda, sent troops": companions, no line
            if not words & pattern.when_adverb:
                return False
        return True

    def _met_at_home(self, args: list[Arg], verb) -> bool:
        """Two persons acting at a place in one's own state ("in Beijing", "at Argyle" when one is Vincentian)
        met there, one the other's guest; at a third state's venue ("at the White House") the host is the
        one they met. The place may hang on what was signed ("signed a pact in Brasilia")."""
        sides = [a for a in args if not a.proxy]  # (the officials' states pair up beside them)
        if len({a.actor.id for a in sides}) != 2 or any(a.actor.type != "person" for a in sides):
            return False
        homes = {a.actor.id for a in args if a.proxy}
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        return any((m := self.mention(o)) is not None and m.actor.id in homes
                   for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
                   for o in prep_objects(c))

    def _firm_sale(self, subjects: list[Arg], objects: list[Arg], trigger_token, rule: str, properties) -> bool:
        """A weapons deal between an arms firm and a state is the firm's sale to the state."""
        firms = [a for a in subjects + objects if a.actor.type == "company" and not a.proxy]
        others = [a for a in subjects + objects if a.actor.type != "company" and not a.proxy]
        if len({a.actor.id for a in firms}) != 1 or not others:
            return False
        return self._emit(firms, others, ("ARMS_TRANSFER",), trigger_token, rule + ":firm-sale", properties)

    def _apply(self, pattern: ArgPattern, role, predicates, trigger_token, rule: str, themes) -> bool:
        properties = {}
        weapons = [a for t in themes for a in self._weapon_args(t)]
        if weapons:
            properties["weapon"] = weapons[0].actor.name
        if "speaker" in (pattern.subject, pattern.object):
            trigger_token = speech_verb(trigger_token) or trigger_token  # the accusation is the act
        if pattern.pair:
            args = role(pattern.pair)
            if len(args) < 2:
                self._miss(f"pattern {pattern_label(pattern)}: {len(args)} actor(s) for role '{pattern.pair}', two needed")
                return False
            if pattern.only_two and len({a.actor.id for a in args}) != 2:
                self._miss(f"pattern {pattern_label(pattern)}: {len(args)} actors, exactly two needed")
                return False
            if pattern.in_person and not self._met_at_home(args, trigger_token):
                self._miss(f"pattern {pattern_label(pattern)}: no two persons at a place of one's own state")
                return False
            if pattern.pair in ("agent", "governor") and (self._joined_as_go_betweens(trigger_token) or
                                                          self.deal_between(trigger_token)):
                self._miss(f"pattern {pattern_label(pattern)}: those who take part as go-betweens are no sides")
                return False  # "Norway and Cuba joined the talks as guarantors" (offers.py), "the truce between
                # A and B was negotiated by C and D" (deal_sides.py)
            if pattern.pair in ("agent", "governor", "between") and \
                    self._acted_on_someone_else(trigger_token, predicates, pattern.pair):
                self._miss(f"pattern {pattern_label(pattern)}: the co-subjects talked with someone else (counterparts.py)")
                return False
            return self._emit_pairs(args, predicates, trigger_token, rule, mutual=pattern.mutual)
        subjects = role(pattern.subject)
        if pattern.subject_types:
            subjects = [a for a in subjects if a.actor.type in pattern.subject_types]
        if "ATTACK" in predicates and any(c.dep_ in ("nsubj", "agent") and (
                c.lemma_.lower() in self.lex.noun_class["law_enforcement"] or
                any(g.lemma_.lower() in self.lex.noun_class["law_enforcement"] for g in prep_objects(c)))
                for c in trigger_token.children):
            # "its police raided the Baku office of Sputnik", "police forced their way into the embassy": a raid by
            # the police is coercion, not an armed attack
            predicates = tuple(dict.fromkeys("COERCION" if p == "ATTACK" else p for p in predicates))
        if not subjects:
            self._miss(f"pattern {pattern_label(pattern)}: no actor for the subject role '{pattern.subject}'")
            return False
        # (the body a leader stands in for is still what they lead: "the RSF, led by Dagalo")
        objects = role(pattern.object, exclude={a.actor.id for a in subjects
                                                if not (a.proxy == "official" and "LEADS" in predicates)})
        if pattern.object_types:  # "left ECOWAS", "withdrew from the bloc": named as the object itself
            heads = [h for c in trigger_token.children if c.dep_ in ("dobj", "prep")
                     for h in ([c] if c.dep_ == "dobj" else prep_objects(c))]
            # ("charged a former official, X": the object named by its apposition)
            heads += [a for h in heads for a in h.children if a.dep_ == "appos"]
            fighters = self.lex.noun_class["group_fighters"] | self.lex.noun_class["combatants"]
            named = {a.actor.id for h in heads if self.mention(h) is not None or
                     not any(self.mention(t) is not None for t in h.subtree) or  # "the bloc", not "the AU-led talks"
                     h.lemma_.lower() in fighters | self.lex.noun_class["body_heads"]  # "JNIM fighters", "the BRICS group"
                     for a in self.actors(h, "strict" if h.lemma_.lower() not in fighters else "origin")}
            objects = [a for a in objects if a.actor.type in pattern.object_types and (
                a.actor.id in named or pattern.object not in ("patient", "source"))]
        if pattern.one_object and len({a.actor.id for a in objects}) > 1:
            objects = []  # "the US, Germany and France called for the withdrawal of Eritrean troops": no hosts
        if pattern.known_object:  # "told Aliyev", not "told Asharq Al-Awsat" (a paper the model took for a person)
            objects = [a for a in objects if a.actor.id in self.affiliation or
                       getattr(self.by_token.get(a.key), "kind", "ner") != "ner"]
        # the go-between role of a bare offer is the last resort of its own ("offered to help"): the deal's
        # parties and the sides named here are the between role's
        mediating = "MEDIATION" in predicates and pattern.object not in _SIDES_ROLES
        if not objects and set(predicates) & TOWARD_DEAL_PARTIES and pattern.object not in _SIDES_ROLES:
            objects = self._deal_parties(themes, trigger_token, {a.actor.id for a in subjects})
        if not objects and mediating and trigger_token.pos_ in ("NOUN", "PROPN") and pattern.object != "helped":
            # "Through Qatari mediation, A and B agreed": the sides are here, not the pair told before
            objects = role("helped", exclude={a.actor.id for a in subjects})
        if not objects and mediating and self._talks_between_others(trigger_token, themes):
            objects = self._meeting_here(trigger_token, {a.actor.id for a in subjects})
        if not objects and mediating and self._talks_between_others(trigger_token, themes):
            kind, conflict = self._event_wanted(trigger_token, themes)
            objects = [Arg(actor, -6000 - n) for n, actor in enumerate(self.ctx.sides_told(
                self._position(trigger_token), {a.actor.id for a in subjects}, kind=kind,
                conflict=conflict, hostile=True))]  # "the talks were facilitated by Angola"
        if not objects and mediating:  # "urged both sides to show restraint and offered to mediate"
            objects = self._both_sides_here({a.actor.id for a in subjects})
        hosting = trigger_token.lemma_.lower() in self.lex.noun_class["hosting"]
        joined = [t for t in themes if t.lower_ not in RELATIVE and self._one_side_of(t)]
        if "MEDIATION" in predicates and hosting and not joined and (
                len({a.actor.id for a in objects if not a.proxy}) < 2 or any(
                c.lemma_.lower() == "counterpart" for c in trigger_token.children if c.dep_ == "dobj")):
            # "the summit X hosted, which Y attended"; "hosted his Egyptian and Somali counterparts": the
            # host is one of the parties, not a go-between
            predicates = self._one_sided(predicates)
        if not objects and ("COERCION" in predicates and "border" in self.theme_classes(themes) or
                            "MOBILIZATION" in predicates and self._on_the_border(trigger_token, themes)):
            # "X, which shares the island with Haiti, shut its border"; "... has reinforced troops on the border"
            here = self._position(trigger_token)
            objects = [Arg(n, -8100 - i) for s in subjects
                       for i, n in enumerate(self.ctx.neighbours_told(s.actor.id, here + 1))]
        # ("battling each other" is no "fighting alongside each other": only a role the object fills)
        if not objects and len({a.actor.id for a in subjects}) > 1 and \
                _reciprocal(trigger_token, self.lex.noun_class["grounds"]) and \
                pattern.object in ("patient", "target", "partner", "direct", "recipient"):
            return self._emit_pairs(subjects, predicates, trigger_token, rule, mutual=True)  # "accused each other"
        if not objects and len({a.actor.id for a in subjects}) == 2 and "PROTEST" in predicates and \
                self._own_envoys(themes):
            # "Venezuela and Mexico recalled their ambassadors": each from the other's capital
            return self._emit_pairs(subjects, predicates, trigger_token, rule, mutual=True)
        if not objects:
            self._miss(f"pattern {pattern_label(pattern)}: subject {', '.join(a.actor.name for a in subjects)}, "
                       f"no actor for the object role '{pattern.object}'")
            return False
        if "AGREEMENT" in predicates and self._weapon_theme(themes) and \
                self._firm_sale(subjects, objects, trigger_token, rule, properties):
            if any(c.dep_ == "dobj" and c.lemma_.lower() in self.lex.noun_class["contract"] for c in trigger_token.children):
                # "Hanwha signed a contract with Poland": the firm sells, and the contract is a deal of its own
                self._emit(subjects, objects, ("AGREEMENT",), trigger_token, rule + ":contract", properties)
            return True
        if "ARMS_TRANSFER" in predicates and objects and all(o.actor.type == "company" for o in objects if not o.proxy) \
                and not any(s.actor.type == "company" for s in subjects) and \
                self._firm_sale(subjects, objects, trigger_token, rule, properties):
            return True  # "Baykar had deals with Tajikistan": the firm sells, it buys from no state
        if set(predicates) & {"MEDIATION", "CONSULTATION"} and hosting and pattern.object in ("direct", "patient") and \
                any(c.dep_ == "dobj" and self._named_in_phrase(c) for c in trigger_token.children):
            # "Qatar hosts Tshisekedi and Kagame in Doha", "hosted the presidents of Rwanda and Burundi": guests
            # named meet each other (not "envoys of both sides")
            self._emit_pairs(objects, ("CONSULTATION",), trigger_token, f"{rule}:guests")
        return self._emit(subjects, objects, predicates, trigger_token, rule, properties)

    def _named_in_phrase(self, noun) -> bool:
        """Whether the noun phrase itself names an actor ("Kagame", "the leaders of Rwanda and Burundi", "his
        Rwandan counterpart"), not only a reference ("envoys of both sides in Jeddah"), nor an event it hosts ("a
        summit of the Arab League and the OIC")."""
        if self.mention(noun) is None and "meeting" in self.theme_classes([noun]):
            return False
        named = [noun, *(c for c in noun.children if c.dep_ in ("amod", "compound", "conj"))]
        named += [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in prep_objects(c)
                  for t in (p, *conjuncts(p))]
        return any(self.mention(t) is not None for t in named)

    def _on_the_border(self, verb, themes) -> bool:
        """Whether forces are set on or along a border the clause names no neighbour on ("reinforced
        troops on the border", "massed forces along the frontier")."""
        borders = self.lex.noun_class["border"] - self.lex.noun_class["grounds"]
        return any(c.dep_ == "prep" and c.lower_ in ("on", "along", "at", "near", "to") and
                   any(p.lemma_.lower() in borders and not any(x.dep_ == "prep" for x in p.children)
                       for p in prep_objects(c))
                   for h in (verb, *themes) for c in h.children)

    def _both_sides_here(self, exclude) -> list[Arg]:
        """The two sides this sentence names by a reference ("both sides", "the two countries")."""
        for token in self.tokens:
            if token.lower_ in self.lex.noun_class["sides"] and token.tag_ in ("NNS", "NNPS"):
                sides = self.actors(token, "strict", exclude)
                if len({a.actor.id for a in sides}) == 2:
                    return sides
        return []

    def _meeting_here(self, trigger_token, exclude) -> list[Arg]:
        """The two sides that meet in this sentence's own clause, outside the go-between's phrase: "At talks
        in Jeddah hosted by Saudi Arabia, the Ukrainian delegation met the American delegation"."""
        own = {t.i for t in trigger_token.subtree}
        verb = self.sent.root
        if verb.i in own or not any(t.name == "meet" for t in self.lex.verbs_for(verb.lemma_.lower())):
            return []
        sides = [a for c in verb.children if c.dep_ in ("nsubj", "dobj") and c.i not in own
                 for a in self.actors(c, "strict", exclude)]
        return sides if len({a.actor.id for a in sides if not a.proxy}) >= 2 else []

    def _talks_between_others(self, trigger_token, themes) -> bool:
        """May the sides of a go-between's act be the pair the text told just before? When the
        act is named as mediation, or what was brokered, facilitated or hosted are talks or a
        deal ("the talks were facilitated by Angola"); not "can no longer broker anything", and
        not a hosted summit, which has guests rather than sides."""
        if trigger_token.pos_ in ("NOUN", "PROPN"):  # an idiom ("good offices") names its own sides
            return not any(t.qualified_by for t in self.lex.nouns_for(trigger_token.lemma_.lower()))
        talks = self.lex.noun_class["meeting"] - {"summit", "visit", "trip", "tour", "call", "letter"}
        if trigger_token.lemma_.lower() in self.lex.noun_class["session_calls"]:
            talks = self.lex.noun_class["negotiations"]  # "the Council convened a meeting" is its own session
        wanted = talks | self.lex.noun_class["agreement"]
        if not themes and trigger_token.dep_ == "advcl":  # "A and B held talks in Quito, hosted by C"
            own = {t.i for t in trigger_token.subtree}
            themes = [t for t in trigger_token.head.subtree if t.i not in own and t.pos_ == "NOUN"]
        # (talks with a between-phrase of their own, "talks between American and Iranian officials", have
        # their sides there, whoever was told fighting before)
        return any((antecedent_of(t) if t.lower_ in RELATIVE else t) is not None and
                   (antecedent_of(t) if t.lower_ in RELATIVE else t).lemma_.lower() in wanted and
                   not any(c.dep_ == "prep" and c.lower_ in ("between", "among") for c in t.children) for t in themes)

    @staticmethod
    def _one_sided(predicates) -> tuple[str, ...]:
        """A go-between needs two sides: a host with one guest holds talks with the guest."""
        return tuple(dict.fromkeys("CONSULTATION" if p == "MEDIATION" else p for p in predicates))

    def _sides_of(self, themes, exclude) -> list[Arg]:
        """The sides of the deal or talks a go-between brokered or hosted when no between-phrase
        names them: the pair of the noun ("the Chad-Sudan truce") or the actors of the clause the
        noun completes ("A and B agreed ..., in an accord brokered by C"; "A signed a truce with B,
        mediated by C"; "the accord was brokered by C and signed by A and B")."""
        wanted = self.lex.classes("agreement", "meeting", "brokered_outcomes")
        for theme in themes:
            noun = antecedent_of(theme) if theme.lower_ in RELATIVE else theme
            if noun is None or noun.lemma_.lower() not in wanted:
                continue
            if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in self.lex.noun_class["beside_gatherings"]:
                continue  # "A met B on the margins of a summit hosted by C": C hosted the summit, not their talks
            sides = self._hyphen_pair(noun) or self._ended_quarrel_sides(noun, exclude)
            if sides:
                return sides
            if noun.dep_ == "pobj":  # "A and B agreed ..., in an accord brokered by C"
                clause = self._clause_of_deal(noun)
            elif noun.dep_ in ("dobj", "nsubjpass"):  # "A and B signed a C-brokered deal"
                clause = noun.head
                if clause.lemma_.lower() in self.lex.noun_class["deal_onlooking"]:
                    continue  # "Turkey supported the agreements reached in Moscow": an onlooker, no side
            elif noun.dep_ == "nsubj" and noun.head.lemma_.lower() in self.lex.noun_class["binding_verbs"]:
                # "the deal, brokered by C, commits A and B to a truce": whom it binds are its sides
                sides = [a for c in noun.head.children if c.dep_ == "dobj" for a in self.actors(c, "strict", exclude)]
                if len({a.actor.id for a in sides}) >= 2:
                    return sides
                continue
            else:  # "the talks, hosted by C and attended by A and B": the participle coordinated with it
                sides = [a for acl in noun.children if acl.dep_ == "acl" for c in acl.children
                         if c.dep_ == "conj" and c.pos_ == "VERB" and any(g.dep_ == "agent" for g in c.children)
                         for a in self.agent(c, exclude)]
                if len({a.actor.id for a in sides}) >= 2:
                    return sides
                continue
            # "the accord was brokered by C and signed by A and B": the verb coordinated with the brokering
            coordinated = [c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB"
                           and any(g.dep_ == "agent" for g in c.children)]
            own = clause
            for clause in [*reported_clauses(clause), *coordinated]:
                sides = self.agent(clause, exclude)
                if len(sides) == 1:
                    sides += self.prep_args(clause, ("with",), exclude, skip=self.lex.noun_class["backing"])
                if len(sides) == 1:  # "Washington lifted sanctions on Caracas under an arrangement brokered by C"
                    sides += self._acted_on(clause, exclude)
                if len({a.actor.id for a in sides if not a.proxy}) == 1 and \
                        clause.lemma_.lower() in self.lex.noun_class["meeting"]:  # "A met B, in talks brokered by C"
                    sides += self.verb_role(clause, "direct", [], exclude)
                if len({a.actor.id for a in sides}) >= 2:
                    return sides
            if self._one_side_of(noun):  # "Kenya took part in the talks facilitated by Norway"
                sides = self.agent(own, exclude)
                if len({a.actor.id for a in sides}) == 1:
                    return sides
        return []

    def _clause_of_deal(self, noun):
        """The clause a deal or talks hang on through prepositions: "joined the talks", "withdrew from the
        talks", "lifted its veto on the basis of a compromise", "freed prisoners under the terms of a deal"."""
        clause = noun.head.head
        for _ in range(2):
            if clause.pos_ not in ("NOUN", "PROPN") or clause.dep_ != "pobj":
                break
            clause = clause.head.head
        return clause.head if _part_taken(clause) else clause

    def _one_side_of(self, noun) -> bool:
        """Is the one actor of the clause that takes part in these talks, or acts under this deal, one of
        its sides, with the others unnamed? "Kenya joined (took part in, withdrew from) the talks hosted by
        Norway", "Chile lifted its veto on the basis of a compromise brokered by Spain"; not "Peru welcomed the
        talks hosted by Brazil", "a summit hosted by C, which A attended" (a summit has guests, not sides)."""
        if self.acts_after_talks(noun):  # "After talks hosted by C, A said ..." (talk_sides.py)
            return True
        if noun.lemma_.lower() in ("summit", "visit", "trip", "tour", "call", "letter", "conference", "forum"):
            return False
        path = []
        node = noun
        while node.dep_ in ("pobj", "prep") and node.head.i != node.i and len(path) < 6:
            node = node.head
            path.append(node)
        verb = node if noun.dep_ == "pobj" else noun.head
        verb = verb.head if _part_taken(verb) else verb  # "took part in the talks", however the parser hangs "in"
        if noun.dep_ not in ("pobj", "dobj") or verb.pos_ != "VERB":
            return False
        joining = self.lex.noun_class["joining_talks"]
        if verb.lemma_.lower() in joining or any(_part_taken(c) for c in verb.children):
            # (the talks themselves, not a phrase about them: "joined the talks", "walked out of the talks")
            return noun.dep_ == "dobj" or noun.head.head.i == verb.i or _part_taken(noun.head.head) or \
                noun.head.head.lemma_.lower() in ("out", "away")
        return noun.lemma_.lower() in self.lex.noun_class["agreement"] and any(
            t.lower_ in self.lex.noun_class["under_deal"] or t.lemma_.lower() in self.lex.noun_class["under_deal"]
            for t in path[:-1] or path)

    def _acted_on(self, clause, exclude) -> list[Arg]:
        """Whom a clause acts on: its direct object when that names an actor ("removed Cuba from the list"),
        else the actor of an on- or against-phrase on the verb or its object ("lifted sanctions on Caracas")."""
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        named = [a for c in objects if self.mention(c) is not None for a in self.actors(c, "strict", exclude)]
        return named or self.prep_args(clause, ("on", "against"), exclude, beside=objects)

    def _deal_parties(self, themes, trigger, exclude) -> list[Arg]:
        """"Somalia rejected the deal", "a memorandum that Greece condemned": opposing an agreement
        opposes its parties, those the agreement names ("the deal between A and B", "A's pact with B"),
        else those of the agreement the text told last (a sentence or two before, or earlier in this one)."""
        nouns = [(antecedent_of(t) if t.lower_ in RELATIVE else t) for t in themes]
        deals = [n for n in nouns if n is not None and n.lemma_.lower() in self.lex.noun_class["agreement"]]
        if not deals:
            return []
        named = [a for n in deals for a in (self.noun_role(n, "between", exclude) or
                                            self.noun_role(n, "owner", exclude) + self.noun_role(n, "partner", exclude))]
        if named:
            return named
        last = self.ctx.last_deal
        if last is None or not 0 <= self._position(trigger) - last[0] <= WEAPON_CONTEXT or last[0] < self.ctx.section_start:
            return []  # (nor an earlier item's deal, past a heading: a digest's "Doha: a swap brokered by Qatar")
        return [Arg(actor, -4000 - n) for n, actor in enumerate(last[1]) if actor.id not in exclude]

    def _own_envoys(self, themes) -> bool:
        """Are the themes the subjects' own envoys ("their ambassadors", "their envoys")?"""
        return any(_their(t) for t in themes) and "envoy" in self.theme_classes(themes)

    def _weapon_theme(self, themes) -> bool:
        """Is the deal about weapons: "drone deals", "a deal for TB2s", or a deal in a weapons story?"""
        deals = [t for t in themes if t.lemma_.lower() in self.lex.noun_class["agreement"]]
        qualifiers = [c for d in deals for c in d.children if c.dep_ in ("compound", "nmod", "amod")]
        qualifiers += [p for d in deals for c in d.children if c.dep_ == "prep" and c.lower_ in ("for", "on", "of")
                       for p in prep_objects(c)]
        # "inked a deal ... for the purchase of two submarines" (however the for-phrase is hung): what the
        # purchase, supply or building is of
        qualifiers += [p for d in deals if d.dep_ == "dobj" for c in d.head.children if c.dep_ == "prep" and c.lower_ == "for"
                       for p in prep_objects(c)]
        qualifiers += [p for q in qualifiers for c in q.children if c.dep_ == "prep" and c.lower_ == "of" for p in prep_objects(c)]
        if "weapon" in self.theme_classes(qualifiers):
            return True
        return not [q for q in qualifiers if q.pos_ in ("NOUN", "PROPN")] and self._sentence_has_weapons()

    def _weapon_args(self, noun) -> list[Arg]:
        if noun.lower_ in RELATIVE and noun.tag_ in ("WDT", "WP") and (antecedent := antecedent_of(noun)) is not None:
            noun = antecedent  # "the KF-21, which KAI builds": the weapon the clause is said of
        found = []
        for tok in noun.subtree:
            m = self.mention(tok)
            if m is not None and m.type == "weapon":
                found.append(Arg(m.actor, m.start))
        return found


def _their(noun) -> bool:
    return any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children)


def _reciprocal(verb, grounds=frozenset()) -> bool:
    """Whether the verb's object is "each other" or "one another" ("A and B accused each other",
    "expelled each other's envoys", "imposed sanctions on one another"): its subjects act on each other.
    Where they do it is no one acted on ("forces may train in each other's territory", "on each other's
    soil": each trains at the other's, not with it)."""
    near = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    near += [p for c in verb.children if c.dep_ == "prep" for p in prep_objects(c)]
    near += [g for n in near if not (n.dep_ == "pobj" and (n.head.lower_ in ("in", "inside", "within", "across")
                                                           or n.lemma_.lower() in grounds))
             for g in n.children if g.dep_ == "poss"]
    # "each side accused the other"
    each = any(c.dep_ == "nsubj" and any(d.lower_ == "each" for d in c.children if d.dep_ == "det")
               for c in verb.children)
    for token in near:
        words = {c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "amod")}
        if (token.lower_ == "other" and ("each" in words or each and "the" in words)) or \
                (token.lower_ == "one" and "another" in words) or (token.lower_ == "another" and "one" in words):
            return True
    return False


def _lasting(prep) -> bool:
    """"had been calling both capitals for days": a for-phrase of time says how long, not what is called for; "called
    Burhan on Sunday": an on-phrase of time says when, no one is called on."""
    return prep.lower_ in ("for", "on") and any(p.ent_type_ in ("DATE", "TIME") for p in prep_objects(prep))
