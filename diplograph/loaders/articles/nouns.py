"""Noun triggers ("the sale", "Iran's support for") and the roles of a noun."""

from __future__ import annotations

from diplograph.gazetteer import PLACE
from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.lexicon import Trigger
from diplograph.loaders.articles.made_nouns import clause_doers, made_phrases, making_clauses
from diplograph.loaders.articles.relative_objects import object_clause
from diplograph.loaders.articles.outside_judges import advocated, judged_from_outside
from diplograph.loaders.articles.syntax import (
    SUBJ,
    WEAPON_CONTEXT,
    counted_by,
    definite,
    governing_verb,
    is_passive,
    pattern_label,
    perception,
    prep_objects,
    speech_verb,
    theme_keys,
    within_clause,
)


class NounTriggers:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _noun_triggers(self, noun, lemma: str) -> list[Trigger]:
        triggers = list(self.lex.nouns_for(lemma))
        if not triggers:
            return []
        predicative = self._predicative(noun)
        copular = [t for t in triggers if t.copula_only]
        if predicative and copular:
            return copular
        return [t for t in triggers if not t.copula_only]

    def _anothers(self, noun, pattern) -> bool:
        """Does a possessor make the noun someone else's act than its governor's ("ratified Sweden's NATO
        membership"), where the pattern does not take the possessor as the other side ("China accounts
        for Pakistan's arms imports": the importer is the owner role's)?"""
        owners = {a.actor.id for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"
                  for a in self.actors(c, "strict")}
        if not owners:
            return False
        taken = {a.actor.id for a in self.noun_role(noun, "owner")} if pattern.object == "owner" else set()
        return not taken or not taken <= owners

    def _predicative(self, noun) -> bool:
        """"X is a threat to Y", "X is seen as a threat": the noun describes its subject."""
        return noun.dep_ == "attr" or perception(noun) is not None

    def _noun(self, noun, trigger: Trigger) -> None:
        if self.mention(noun) is not None:
            return
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.lex.noun_class["averting"] and all(
                self.onto.predicate(p).family == "material_conflict" for ps in trigger.predicates.values() for p in ps):
            # (fighting kept from happening; "avoided public criticism of Beijing" is a criticism denied)
            self._miss(f"'{noun.head.lemma_}' tells that the {noun.lemma_} did not happen, not that it was denied")
            return  # "to avoid a direct confrontation", "prevented a war"
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
                noun.head.head.lemma_.lower() in self.lex.noun_class["members_of"]:
            self._miss(f"'{noun.text}' names the body its members belong to, not an act between them")
            return  # "Greece and Turkey are both members of the alliance"
        if noun.dep_ == "compound" and noun.head.lemma_.lower() in \
                self.lex.classes("platforms", "vessel_nouns"):
            self._miss(f"'{noun.text}' only says what kind of {noun.head.text} it is (\"patrol boats\")")
            return
        if noun.i >= 2 and self.doc[noun.i - 1].text in ("-", "–") and self.doc[noun.i - 2].like_num:
            self._miss(f"'{noun.text}' after a number only gives a size (\"the 193-member Assembly\")")
            return
        lemma = noun.lemma_.lower()
        themes = [noun] + [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
        themes += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "on") for p in prep_objects(c)]
        themes += [p for t in themes[1:] if t.lemma_.lower() in self.lex.noun_class["quantity"]  # "part of its aid"
                   for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "in") for p in prep_objects(c)]
        classes = self.theme_classes(themes[1:]) or self.theme_classes([noun])
        if set(classes) & trigger.not_themes:
            return  # "the withdrawal of its troops from the AU mission" ends a presence, it leaves no body
        if trigger.theme == "weapon_context" and not ("weapon" in classes or self._sentence_has_weapons()):
            return
        if trigger.theme == "military_context" and not self._military(noun):
            return
        if trigger.theme == "diplomatic" and not any(c.lower_ == "diplomatic" for c in noun.children):
            return
        if trigger.qualified_by and not any(c.lower_ in trigger.qualified_by for c in noun.children
                                            if c.dep_ in ("amod", "compound")):
            return  # "good offices" mediate, an office is nothing
        if noun.lemma_.lower() in self.lex.noun_class["installation_nouns"] and any(
                c.lower_ in trigger.not_qualified_by for c in noun.children if c.dep_ in ("amod", "compound")):
            return  # "a missile defence site", "a naval facility": no plant
        if trigger.theme == "weapon_for" and "weapon" not in self.theme_classes(
                [p for node in (noun, noun.head if noun.dep_ == "dobj" else noun) for c in node.children
                 if c.dep_ == "prep" and c.lower_ == "for" for p in prep_objects(c)]):
            return  # "a deal with Brazil for 12 aircraft", not "a drone deal with Turkey"
        if trigger.theme == "mission_kind" and not {t.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")
                                                    for t in c.subtree} & self.lex.noun_class["mission_kinds"] and \
                "base" not in self.theme_classes([p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                                                  for p in prep_objects(c)]):
            return  # "a peacekeeping mission", "a mission of 200 soldiers", not a diplomatic or an IMF mission
        if trigger.theme == "base_reached" and "base" not in self.theme_classes(
                [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" for p in prep_objects(c)]):
            return  # "access to four bases", not "access to the market"
        if trigger.theme and trigger.theme not in ("weapon_context", "military_context", "diplomatic", "mission_kind",
                                                  "weapon_for", "base_reached") and \
                trigger.theme not in classes:
            return
        if trigger.needs_theme(lemma) and not set(classes) & theme_keys(trigger):
            named = [t for t in themes[1:] if t.pos_ in ("NOUN", "PROPN") and self.mention(t) is None]
            if named or not self._sentence_has_weapons():
                self._miss(f"needs a theme of kind {', '.join(sorted(theme_keys(trigger)))}; "
                           f"found {', '.join(t.text for t in named) or 'none'}")
                return  # "the sale of oil" is not an arms sale, whatever the article is about
            classes = ["weapon"]
        theme_class = next((c for c in classes if c in trigger.predicates), None)
        predicates = trigger.predicates_for(theme_class, lemma)
        if not predicates:
            self._miss(f"no predicate for what it names ({', '.join(classes) or 'nothing known'})")
            return
        if "ATTACK" in predicates and not definite(noun):
            self._remember_attack(noun, self.noun_role(noun, "target"))
        if any("seller" in (p.subject, p.object) for p in trigger.args):
            sellers = [a.actor for a in self.noun_role(noun, "of")]
            if sellers:
                self.ctx.seller = (self._position(noun), sellers)
        before = len(self.found)
        done = False
        for pattern in trigger.args:
            if not pattern.applies(lemma) or done and not pattern.also:
                continue  # (a pattern marked `also` is read even after one found actors)
            if pattern.governed_by and (governing_verb(noun) is None or
                                        governing_verb(noun).lemma_.lower() not in pattern.governed_by):
                continue  # "X shares a border with Y", not "struck ports close to the border with Y"
            if pattern.not_governed_by and governing_verb(noun) is not None and \
                    governing_verb(noun).lemma_.lower() in pattern.not_governed_by:
                continue  # "signed a strategic partnership with X" is an agreement, not the partnership itself
            if pattern.not_done_by and governing_verb(noun) is not None and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in self.lex.noun_class[pattern.not_done_by]
                    for c in governing_verb(noun).children):
                continue
            if "governor" in (pattern.subject, pattern.pair) and self._anothers(noun, pattern):
                self._miss(f"pattern {pattern_label(pattern)}: the noun is its possessor's, not its governor's")
                continue  # "Turkey ratified Sweden's NATO membership": the membership is Sweden's
            if pattern.pair == "governor" and "ARMED_CLASH" in (pattern.predicates or predicates) and \
                    any(c.dep_ == "prep" and c.lower_ in ("against", "on") for c in noun.children):
                self._miss(f"pattern {pattern_label(pattern)}: a war against another is not between the governor's")
                continue  # "A and B held drills after last year's war against Armenian forces"
            if pattern.pair == "governor" and "ARMED_CLASH" in (pattern.predicates or predicates) and \
                    self._goal_only(noun):
                self._miss(f"pattern {pattern_label(pattern)}: who sets out to calm a conflict is not its side")
                continue  # "To mitigate the conflict, the Central Asian states need to ..."
            if pattern.pair == "governor" and (advocated(noun, self.lex) or judged_from_outside(noun, self.lex)):
                self._miss(f"pattern {pattern_label(pattern)}: those who call for it or judge it are not its sides")
                continue  # "France and Saudi Arabia called for a ceasefire", "Russia and China rejected the plan"
            if self._apply(pattern, lambda role, exclude=(): self.noun_role(noun, role, exclude),
                           pattern.predicates or predicates, noun, f"{trigger.name}:{pattern_label(pattern)}", themes) \
                    and not trigger.try_all:
                done = True
        for item in self.found[before:]:
            item.ends = trigger.ends
            item.presupposed = trigger.presupposed

    def _military(self, noun) -> bool:
        words = {t.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")
                 for t in c.subtree}  # "a military training base": the qualifier of the qualifier
        if any(p.lemma_.lower() in self.lex.noun_class["base"] for c in noun.children
               if c.dep_ == "prep" and c.lower_ == "of" for p in prep_objects(c)):
            return True  # "the deployment of Chinese troops"
        if noun.lemma_.lower() not in ("base", "presence", "deployment", "arrival") and any(
                self.mention(p) is not None for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"
                for p in prep_objects(c)):
            return True  # "mercenaries from the Wagner Group", "troops from Rwanda": forces of someone named
        if any(c.dep_ == "poss" and c.lower_ in self.lex.pronouns and
               any(a.actor.type == "state" for a in self._pronoun(c, ())) for c in noun.children):
            return True  # "the Chinese navy opened its first overseas base"
        return bool(words & (self.lex.noun_class["military"] | {"air", "naval", "army", "russian"})) or \
            any(self.mention(c) is not None for c in noun.children if c.dep_ in ("amod", "compound", "poss"))

    def noun_role(self, noun, role: str, exclude=()) -> list[Arg]:
        verb = governing_verb(noun)
        top = noun
        while top.dep_ == "conj" and top.head != top:  # "contacts and meetings were held ..."
            top = top.head
        # "a military aid package for Kyiv": the phrases of the noun the trigger qualifies are its own
        carrier = (top.head,) if top.dep_ == "compound" and top.head.pos_ == "NOUN" and \
            self.mention(top.head) is None else ()
        if carrier:
            top = top.head
        also = (verb,) if verb is not None and top.dep_ in ("dobj", "nsubjpass", "nsubj", "attr") else ()
        also += (clause,) if noun.dep_ in (*SUBJ, "ROOT") and (clause := object_clause(noun, self.lex.modality["denied"]["verbs"])) else ()
        also += made_phrases(noun, self.lex)  # "the case A brought against B": the clause's phrases are the noun's
        if role == "owner":
            return self._owner(noun, exclude)
        if role == "between":
            pair = self._hyphen_pair(noun)
            if pair:
                return pair
            # "meetings were held at all levels between X and Y", not "the talks are stuck between X and Y"
            also = tuple(v for v in also if v.lemma_.lower() not in self.lex.noun_class["apart"])
            found = self.prep_args(noun, ("between", "among", "amongst"), exclude, beside=also, also=(noun,))
            if not found and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
                # "a point of contention between A and B", "a source of tension between A and B"
                found = self.prep_args(noun.head.head, ("between", "among", "amongst"), exclude)
            if not found and also:
                found = self.prep_args(also[0], ("between", "among", "amongst"), exclude,
                                       beside=self._clause_nouns(also[0], noun))
            return found or self.border_fight_sides(noun, exclude) or self.secession_sides(noun, exclude)
        if role == "partner":  # "accession talks with the EU": the with-phrase of the noun it qualifies
            prospect = noun.dep_ == "compound" and noun.head.lower_ in self.lex.modality["planned"].get("heads", ())
            beside = also + ((noun.head,) if prospect else ())
            if noun.dep_ == "pobj" and noun.head.lower_ == "for" and \
                    noun.head.head.lemma_.lower() in self.lex.noun_class["agreement"]:
                beside += (noun.head.head,)  # "a deal with Naval Group for the purchase of submarines"
            if noun.lemma_.lower() in self.lex.noun_class["agreement"]:
                # "inked a deal for two corvettes with Hyundai": the parser hangs the with-phrase on what it is for;
                # "under a contract signed with Dassault": on the participle that tells the deal made, by no one named
                beside += tuple(p for node in (noun, *also) for c in node.children if c.dep_ == "prep" and
                                c.lower_ == "for" for p in prep_objects(c) if "weapon" in self.theme_classes([p]))
                beside += tuple(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and
                                not any(g.dep_ == "agent" for g in c.children))
            return [a for a in self.prep_args(noun, ("with",), exclude, beside=beside, also=(noun,),
                                              skip=self.lex.noun_class["backing"]) if not self._circumstance(a)] \
                or self._contract_holder(noun, exclude) or self._contract_winner(noun, exclude)
        if role == "recipient":  # also through a participle: "a letter *addressed* to King X", "aid *destined* for Y"
            sent = tuple(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and
                         not any(g.dep_ == "agent" for g in c.children))
            # (never inside its reason or topic, "sanctions over arms sales to Taiwan", nor the body an accession joins)
            joining = self.lex.noun_class["candidacy"]  # "support for the accession of X to ASEAN": X's, not ASEAN's
            reasons = {t.i for c in noun.subtree if c.dep_ == "prep" and (c.lower_ in ("over", "about") or c.lower_ == "for" and
                       noun.lemma_.lower() in self.lex.noun_class["measures"] or c.lower_ == "to" and c.head != noun
                       and c.head.lemma_.lower() in joining) for o in prep_objects(c) for t in o.subtree}
            return [a for a in self.prep_args(noun, ("to", "for"), exclude, beside=also + carrier + sent, also=(noun,))
                    if a.key not in reasons] or self.datives(also if noun.dep_ == "dobj" else (), exclude)
        if role == "source":  # also of what a deal is for: "signed a contract for 20 jets from the United States"
            wanted = tuple(p for node in (noun, *also) for c in node.children if c.dep_ == "prep" and c.lower_ == "for"
                           for p in prep_objects(c))
            return self.prep_args(noun, ("from",), exclude, beside=also + carrier + wanted, also=(noun,))
        if role == "came_after":  # "lodged a protest after Pakistan shelled villages"
            return self.came_after_doers(noun, exclude)
        if role == "thanked":  # "thanked India for the assistance", "expressed gratitude to Japan for the aid"
            return self._thanked(noun, exclude)
        if role == "thanker":
            return self._thanker(noun, exclude)
        if role == "end_user":  # "an order from FMV for four Gripen fighters for Thailand": whom the weapons are for
            weapons = [p for node in (noun, *also) for c in node.children if c.dep_ == "prep" and c.lower_ == "for"
                       for p in prep_objects(c) if "weapon" in self.theme_classes([p])]  # (however the parser hangs it)
            # ("six Gripen aircraft intended for Thailand's air force": the for-phrase of a participle on them)
            destined = tuple(c for w in weapons for c in w.children
                             if c.dep_ == "acl" and c.lemma_.lower() in self.lex.noun_class["destined"])
            return [a for w in weapons for a in self.prep_args(w, ("for",), exclude, beside=destined)
                    if a.actor.type == "state"]
        if role == "location":
            if not also and top.dep_ == "pobj" and top.head.lower_ == "for" and \
                    top.head.head.lemma_.lower() in self.lex.judged_for:
                also = (top.head.head,)  # "blamed Pakistan for airstrikes in Kabul", however the parser hangs "in Kabul"
            clauses = tuple(c for c in noun.children if c.dep_ == "acl")  # "a factory producing drones in X"
            # where is read from the whole clause: "opened a factory for its drones in Tajikistan"
            grounds = [p for h in (noun, *also) for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
                       for p in prep_objects(c) if p.lemma_.lower() in self.lex.noun_class["grounds"]]
            acts = self.lex.noun_class["assault"] | self.lex.noun_class["assault_means"]  # (act_places.py)
            found = self.prep_args(noun, ("in", "into", "inside", "within", "at", "across", "throughout"), exclude,
                                   also=also + clauses + tuple(t for c in clauses for t in self._themes(c)), skip=acts)
            return [a for a in found if not self._qualifies_act(a, acts)] or \
                self._nested_place(noun, ("in", "into", "inside", "within", "at", "across", "throughout"), exclude) or \
                self._place_after_owner(noun, ("in", "inside", "at"), exclude) or \
                [a for p in grounds for a in self.actors(p, "origin", exclude)] or \
                [Arg(m.actor, m.start) for m in [self.mention(noun.head)] if noun.dep_ == "appos" and m is not None
                 and m.kind == PLACE and m.actor.id not in exclude] or \
                self.there_of_noun(noun, also, exclude)  # "Al Udeid, the biggest US air base": the place named
        # "fought on with the support of X", "won the backing of X": X backs them; "through the good offices of
        # Oman, A and B exchanged prisoners": Oman mediates between them
        if role in ("helper", "helped"):
            verb = noun.head.head if noun.dep_ == "pobj" else noun.head
            if noun.dep_ == "pobj" and noun.head.lower_ == "with" and verb.pos_ == "NOUN" and verb.dep_ == "dobj":
                verb = verb.head  # "completed the dam with a Chinese loan": the parser hangs it on the dam
            thanks = noun.dep_ == "pobj" and noun.head.lower_ == "to" and verb.lower_ == "thanks"
            if thanks:  # "thanks to Turkey's mediation, Russia and Ukraine signed"
                verb = verb.head
            lemma = verb.lemma_.lower()
            given = verb.pos_ in ("VERB", "AUX") and (thanks or noun.dep_ == "pobj" and (
                noun.head.lower_ in ("with", "under", "through", "via") or
                noun.head.lower_ in ("on", "upon") and lemma in self.lex.noun_class["relying"]) or (
                noun.dep_ == "dobj" and lemma in self.lex.classes("obtaining", "enlisting")))
            if not given:
                return []
            if role == "helped":
                return self._helped(verb, exclude)
            found = self.noun_role(noun, "of", exclude)
            if not found and noun.lemma_.lower() not in self.lex.noun_class["aid"]:  # "with support from X"
                found = self.noun_role(noun, "source", exclude)
            return found
        if role in ("venture", "treaty_body"):  # "a partner in Eurofighter", "a party to the Rome Statute" (bodies.py)
            return self.named_body(noun, role, exclude)
        if role in ("of", "in", "for"):
            preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == role]
            if not preps and noun.dep_ in ("conj", "compound"):  # "the program and membership of the SCO",
                # "the member states of ECOWAS"
                preps = [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == role and c.i > noun.i]
            if not preps and noun.dep_ == "attr":  # "the CIS, of which all three states are members"
                preps = [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ == role]
            if not preps and role == "of":  # "the assassination in Tehran of X": the of-phrase hung on the place
                preps = [c for p in noun.children if p.dep_ == "prep" and p.lower_ in ("in", "at") for o in prep_objects(p)
                         if self.mention(o) is not None for c in o.children if c.dep_ == "prep" and c.lower_ == "of"]
            events = self.lex.classes("meeting", "exercise")
            # "India's participation in the G7 summit" is in the summit, not in the G7
            found = [a for prep in preps for pobj in prep_objects(prep) if pobj.lemma_.lower() not in events
                     for a in self.actors(pobj, "origin", exclude)]
            if found and role == "of":
                # "the mediation of the Arab Republic of Egypt, the State of Qatar and the Republic of Türkiye":
                # the rest of the list, parsed as an apposition of the noun
                found += [a for c in noun.children if c.dep_ == "appos" and c.i > preps[0].i
                          and (m := self.mention(c)) is not None and m.type in ("state", "organization")
                          for a in self.actors(c, "strict", exclude)]
            return found
        if role == "accused":  # "a case against Israel at the ICJ"
            return self.prep_args(noun, ("against",), exclude, beside=also, also=(noun,))
        if role in ("against", "target"):  # "sanctions against X", "concern over X's decision", "strikes on X"
            # also on a participle that tells who did it: "the attacks carried out by X against Y"
            done = tuple(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and
                         any(g.dep_ == "agent" for g in c.children)) + counted_by(noun, self.lex.noun_class["volleys"])
            # (also hung on the doers: "the attacks carried out by X and other groups against Y")
            doers = tuple(d for c in done for g in c.children if g.dep_ == "agent" for p in prep_objects(g)
                          for d in (p, *p.conjuncts))
            found = self.prep_args(noun, ("against", "on", "over", "about", "at", "into"), exclude,
                                   beside=also + done + doers, also=(noun,))
            if noun.lemma_.lower() in self.lex.noun_class["measures"]:
                # a measure's over-phrase is its cause: its doer is the target ("sanctions over Russia's invasion"),
                # a place or name alone is not ("sanctions on officials over Hong Kong")
                named = {m.start for t in self.tokens if t.dep_ == "pobj" and t.head.lower_ in ("over", "about")
                         and (m := self.mention(t)) is not None}
                found = [a for a in found if a.key not in named]
            return found or self._harmed(noun, exclude) or self._content_doer(noun, exclude)
        if role == "complement":  # "refusal to cooperate with the IAEA": whom the refused act concerns
            clauses = [c for c in noun.children if c.dep_ in ("acl", "xcomp") and c.pos_ in ("VERB", "AUX")]
            return [a for clause in clauses for a in (self.patient(clause, exclude) or self.prep_args(
                clause, ("with", "to", "in", "on", "against"), exclude))]
        if role == "governor":
            if self._aside_on(noun):
                return []  # "X of the TNLA – one member of the alliance – said": the aside's, not the speaker's
            if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "to", "for") and \
                    noun.head.head.lemma_.lower() in self.lex.noun_class["go_between_roles"]:
                return []  # "France and the US, guarantors of the truce": no parties to it
            found = self._governor(noun, exclude)
            if found:  # "Japan is a member of the Quad, together with Australia and India": so are they
                found += self._companions((noun, *also), {*exclude, *(a.actor.id for a in found)})
            return found
        if role in ("war_time_side", "border_side"):  # (noun_governors.py)
            return self._war_time_side(noun, exclude) if role == "war_time_side" else self._border_side(noun, exclude)
        if role == "including":
            return self._including(noun, exclude)
        if role == "subjected":  # "X has been under UN sanctions", "X, the subject of an ICC warrant"
            return self._subjected(noun, exclude)
        if role == "by":  # "the signing of a joint declaration by A and B": the doers a by-phrase names
            return self.prep_args(noun, ("by",), exclude, beside=carrier, also=(noun,))
        if role in ("chooser", "chosen_destination"):  # "chose India for his first trip" (chosen_trips.py)
            return self.trip_choice(noun, role, exclude)
        if role == "channel":  # "held indirect contacts with Washington through Oman" (channels.py)
            return self.talks_channel(noun, exclude)
        if role in ("visit_inviter", "visit_host"):  # "at the invitation of X", "during Modi's visit, X" (visit_hosts.py)
            return self.visit_receiver(noun, role, exclude)
        if role in ("venue_host", "hosted_sides"):  # "talks in Doha between A and B"
            return (self.talks_host if role == "venue_host" else self.hosted_sides)(noun, exclude)
        if role == "witness":  # "X witnessed the signing of a declaration by A and B"
            return self.signing_witnesses(noun, exclude)
        if role == "drawn_by":  # "Israel faced criticism from France", "Rwanda's support for the M23 drew condemnation"
            if noun.dep_ != "dobj" or verb is None:
                return []
            subjects = [c for c in verb.children if c.dep_ == "nsubj"]
            if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG":
                # "X let the ship dock, drawing criticism from India": the clause's doer drew it
                return self.agent(verb.head, exclude)
            return [a for c in subjects for a in (self.actors(c, "owner", exclude) or self.prep_args(c, ("by",), exclude)
                                                  or (self._deed_told(c, exclude) if c.pos_ == "NOUN" else []))] or \
                self._move_doers(subjects, exclude)  # ("a decision by X to ... drew condemnation")
        if role == "addressee":  # "At a White House meeting, Trump played Ramaphosa a video", "in a call, X apologised to Y"
            return self._addressee(noun, exclude)
        if role == "sides_told":  # "agreement had been reached", "a ceasefire was agreed": no one named making it
            return self._deal_sides_told(noun, exclude)
        if role == "ended_quarrel":  # "the war between A and B ended with a peace treaty"
            return self._ended_quarrel_sides(noun, exclude)
        if role == "talks_sides":  # "Norway served as guarantor": of the talks told before (offers.py)
            return self._talks_sides(noun, top, exclude)
        if role == "presence_place":  # "Wagner's presence was well documented": the place told just before
            if self.noun_role(noun, "location", exclude) or self.noun_role(noun, "recipient", exclude):
                return []
            host = [a for a in self.noun_role(noun, "governor", exclude) if a.actor.type == "state"]
            if host:  # "Mali's junta had denied Wagner's presence", "Niamey ended France's presence": the host's
                return host
            place = self.ctx.presence_told(self._position(noun), exclude=exclude)
            return [Arg(place, -5000)] if place is not None else []
        if role == "body":
            return self._body_of_members(noun, exclude)

        if role == "origin":
            # what the noun is about: "the use *of Russian drones*", "a factory *producing Iranian drones*";
            # or the noun's own qualifier when it is the thing itself ("the *Turkish* sale")
            found = self.origin([p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                                 for p in prep_objects(c)], exclude)
            for clause in (c for c in noun.children if c.dep_ == "acl"):
                found += self.origin(self._themes(clause), exclude)
            if not found and not self._owner(noun, exclude):
                found = self.actors(noun, "origin", exclude)
            return found
        if role == "weapon":
            return self._weapon_args(noun)
        if role == "maker":  # "a contract for 48 KAAN jets", "the purchase of BrahMos missiles": whoever makes them
            return self.known_makers([p for node in (noun, noun.head if noun.dep_ == "dobj" else noun)
                                      for c in node.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                                      for p in prep_objects(c)], exclude)
        if role == "considerer":
            perceive = perception(noun)
            return self.agent(perceive, exclude) if perceive is not None else []
        if role == "considered":
            perceive = perception(noun)
            if perceive is None:
                return []
            return [a for c in perceive.children if c.dep_ in ("dobj", "nsubjpass")
                    for a in self.actors(c, "owner", exclude)]
        if role == "described":  # with its "together with" companions: "(It is) a partner in X together with A and B"
            found = self._described(noun, exclude)
            return found + self._companions((noun,), {*exclude, *(a.actor.id for a in found)})
        if role == "seller":
            last = self.ctx.seller
            if last is None or not 0 < self._position(noun) - last[0] <= WEAPON_CONTEXT or self.noun_role(noun, "of"):
                return []
            return [Arg(actor, -2000 - n) for n, actor in enumerate(last[1]) if actor.id not in exclude]
        if role == "speaker":  # "HRW said both sides had committed abuses"
            speech = speech_verb(noun)
            return self.agent(speech, exclude) if speech is not None else []
        if role == "included":
            if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in ("include", "comprise", "be"):
                return [a for c in noun.head.children if c.dep_ in ("dobj", "attr") for a in self.actors(c, "strict", exclude)]
            return []
        raise ValueError(f"unknown noun role {role!r} in the lexicon")

    def _clause_nouns(self, verb, noun) -> list:
        """Words of the verb's clause where a phrase of the noun's event may hang, leaving out
        phrases of other event nouns ("a summit between A and B" is the summit's)."""
        words = []
        under_verb = {t.i for t in verb.subtree}
        for tok in within_clause(verb):
            if tok.i != noun.i and tok.pos_ == "NOUN" and self.lex.nouns_for(tok.lemma_.lower()):
                continue
            if any(a.pos_ == "NOUN" and a.i != noun.i and self.lex.nouns_for(a.lemma_.lower())
                   for a in tok.ancestors if a.i > verb.i or a.i in under_verb):
                continue
            words.append(tok)
        return words

    def _described(self, noun, exclude) -> list[Arg]:
        """The actor a noun describes: "Iran is a *supplier* ...", "its supplier, *Iran*", "Iran, a
        major *supplier*"."""
        aside = self._aside_on(noun)
        if aside:
            return [a for a in aside if a.actor.id not in exclude]
        if noun.dep_ == "conj" and noun.pos_ == "NOUN" and noun.head.dep_ in ("appos", "attr") or \
                noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and self.mention(noun.head) is None:
            # "Greece, Turkey's neighbour and NATO *ally*", "Kenya is a *partner* country of BRICS"
            return self._described(noun.head, exclude)
        partitive = self.partitive_described(noun, exclude)  # "Belarus is one of Russia's allies"
        if partitive is not None:
            return partitive
        if noun.dep_ == "attr":
            verb = noun.head
            while verb.dep_ == "xcomp" and verb.head != verb and not any(c.dep_ in SUBJ for c in verb.children) \
                    and not any(c.dep_ == "dobj" for c in verb.head.children):
                verb = verb.head  # "Iran is said to be its main backer", "seems to be": the raised subject
            return [a for c in verb.children if c.dep_ in SUBJ for a in self.actors(c, "strict", exclude)]
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else None
        if verb is not None and verb.lemma_.lower() in self.lex.noun_class["standing_as"]:
            # "France emerged as India's second supplier", "France displaced the US as the main supplier"
            return [a for c in verb.children if c.dep_ in SUBJ for a in self.actors(c, "strict", exclude)]
        if verb is not None and verb.lemma_.lower() in self.lex.noun_class["calling_as"]:
            # "Washington described Iran as Russia's main supplier", "Iran is seen as its main supplier"
            described = "nsubjpass" if is_passive(verb) else "dobj"
            return [a for c in verb.children if c.dep_ == described for a in self.actors(c, "strict", exclude)]
        found = [a for c in noun.children if c.dep_ == "appos" for a in self.actors(c, "strict", exclude)]
        if not found and noun.dep_ == "appos":
            found = self.actors(noun.head, "strict", exclude)
        if not found and noun.dep_ in ("compound", "nmod") and (m := self.mention(noun.head)) is not None \
                and m.type != "weapon":
            found = [Arg(m.actor, m.start)]  # "Russia's ally Belarus": the noun qualifies the name
        return found

    @staticmethod
    def _goal_only(noun) -> bool:
        """Is ``noun`` governed by a purpose infinitive with no subject of its own ("to mitigate the conflict, X
        need ...")? Its doers are borrowed from the clause it serves, which sets a goal, not a fight (unless the
        conflict is said to be theirs: "to end their conflict, A and B signed a deal")."""
        verb = governing_verb(noun)
        return verb is not None and not any(c.dep_ == "poss" for c in noun.children) and verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in
                                                                  verb.children) and \
            not any(c.dep_ in SUBJ for c in verb.children)

    def _aside_on(self, noun) -> list[Arg]:
        """The actor named right before a phrase set off by a dash or a bracket: "the YPG – part of
        the SDF –", "the TNLA (one member of the alliance)" describe the YPG and the TNLA, however
        the parser hangs the phrase."""
        first = min(t.i for t in noun.subtree)
        both = any(c.lower_ in ("both", "all") for c in noun.children)
        if first - 2 < self.sent.start or self.doc[first - 1].text not in ("–", "—", "-", "(", "--") and \
                not (both and self.doc[first - 1].text == ","):  # "China and Russia, both permanent members"
            return []
        m = self.mention(self.doc[first - 2])
        if m is None or m.end != first - 1 or m.type in ("weapon", "person") or m.is_demonym:
            return []
        if not both:
            return [Arg(m.actor, m.start)]
        head = self.doc[m.start:m.end].root
        while head.dep_ == "conj" and head.head != head:
            head = head.head
        return [a for a in self.actors(head, "strict") if a.actor.type not in ("weapon", "person")]

    def _owner(self, noun, exclude) -> list[Arg]:
        if self._hyphen_pair(noun):
            return []
        found = []
        for child in noun.children:
            if child.dep_ == "poss":
                found += self.actors(child, "strict", exclude)
            elif child.dep_ in ("amod", "compound", "nmod"):
                m = self.mention(child)
                if m is not None and m.type != "weapon":
                    found.append(Arg(m.actor, m.start))
            elif child.dep_ == "prep" and child.lower_ == "by":
                for pobj in prep_objects(child):
                    found += self.actors(pobj, "strict", exclude)
            elif child.dep_ == "acl" and child.tag_ == "VBN" and \
                    child.lemma_.lower() not in self.lex.noun_class["go_between_acts"]:
                # "the attacks carried out by the M23" (not "a truce brokered by Egypt": a go-between's)
                found += [a for c in child.children if c.dep_ == "agent" for pobj in prep_objects(c)
                          for a in self.actors(pobj, "strict", exclude)]
            elif child in making_clauses(noun, self.lex):  # "the raid, which X carried out", "the case A brought"
                found += [a for c in clause_doers(child) for a in self.actors(c, "strict", exclude)]
        before = self.mention(self.doc[noun.i - 1]) if noun.i > self.sent.start else None
        if not found and before is not None and before.type != "weapon" and before.end == noun.i and \
                self.doc[before.start:before.end].root.dep_ not in (
                    "nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr", "dative"):
            found = [Arg(before.actor, before.start)]  # "ECOWAS members ...", however the parser split them
        if not found:
            found = self._judged_doer(noun, exclude)
        return [a for a in found if a.actor.id not in exclude]

    def _harmed(self, noun, exclude) -> list[Arg]:
        """Whom an act falls on when no preposition says so: the object of the harm it does
        ("Israeli strikes crippled Hezbollah"), or whoever is defended against it ("failed to defend
        Armenia against Azerbaijani incursions")."""
        verb = noun.head
        if noun.dep_ == "nsubj" and verb.lemma_.lower() in self.lex.noun_class.get("harm", ()):
            return [a for c in verb.children if c.dep_ == "dobj" for a in self.actors(c, "strict", exclude)]
        if noun.dep_ == "pobj" and verb.lower_ == "against" and \
                verb.head.lemma_.lower() in self.lex.noun_class.get("defending", ()):
            return [a for c in verb.head.children if c.dep_ == "dobj" for a in self.actors(c, "strict", exclude)]
        # "the use of a water cannon that damaged a Filipino vessel", "strikes that crippled X": the harm its relative tells
        acts = [noun, *(p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in prep_objects(c))]
        return [a for n in acts for v in n.children if v.dep_ == "relcl" and v.lemma_.lower() in self.lex.noun_class[
            "harm"] for c in v.children if c.dep_ == "dobj" for a in self.actors(c, "strict", exclude)]

    def _helped(self, verb, exclude) -> list[Arg]:
        """Whom a go-between's offices served: the doers of the clause that used them, and, when they
        are one side, the other side named in its purpose ("A relied on C's mediation to reach a
        deal with B", "A used C's good offices to negotiate with B")."""
        sides = self.agent(verb, exclude) or [  # "Morocco's autonomy plan won the backing of Spain": Morocco's
            a for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in self.lex.noun_class["pursuits"]
            for a in self.actors(c, "owner", exclude)]
        if len({a.actor.id for a in sides}) < 2 or verb.lemma_.lower() in self.lex.noun_class["enlisting"]:
            # (also when several or none are named that used them: "US administrations and the UN have used Oman's
            # good offices to negotiate with the Houthis", "Western governments used ...")
            own = {a.actor.id for a in sides}
            purposes = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ in ("VERB", "AUX")]
            purposes += [c for p in purposes for c in p.conjuncts if c.pos_ in ("VERB", "AUX")]
            for purpose in purposes:
                sides += [a for a in self.prep_args(purpose, ("with",), exclude, also=self._themes(purpose),
                                                    skip=self.lex.noun_class["backing"]) if a.actor.id not in own]
        return sides

    def _addressee(self, noun, exclude) -> list[Arg]:
        """Whom the doer of a verb framed by the meeting or call addresses: the verb's indirect object or
        to-phrase, or the object of a verb of addressing ("told", "thanked"); not whatever the verb acts on
        ("at the summit Kenya criticised Ethiopia" is no talks with Ethiopia)."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("at", "during", "in", "on", "over") or \
                noun.head.head.pos_ not in ("VERB", "AUX") or self._judging(noun.head.head):
            return []  # (nor what a verdict is about: "vetoed our invitation to NATO at the summit")
        found = []
        # (also the verbs coordinated with it: "at a White House meeting, Trump dimmed the lights and *played
        # Ramaphosa* a video")
        for verb in (noun.head.head, *(c for c in noun.head.head.children if c.dep_ == "conj" and c.pos_ == "VERB"
                                      and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))):
            found += [a for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"
                      for a in self.actors(c, "strict", exclude)]
            found += [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in prep_objects(c)
                      for a in self.actors(p, "strict", exclude)]
            if verb.lemma_.lower() in self.lex.noun_class["addressing"]:
                found += [a for c in verb.children if c.dep_ == "dobj" for a in self.actors(c, "strict", exclude)]
        return found
