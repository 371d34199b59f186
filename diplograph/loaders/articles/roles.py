"""The grammatical roles of a verb trigger (patient, prepositional roles, themes); its agent, who does
what it says, is found in ``agents.py``."""

from __future__ import annotations

from diplograph.gazetteer import PLACE
from diplograph.loaders.articles.agents import VerbAgents
from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.finding_owners import finding_owners
from diplograph.loaders.articles.near_places import places_near
from diplograph.loaders.articles.patients import JUDGED_REACH
from diplograph.loaders.articles.physical_presence import stood_somewhere
from diplograph.loaders.articles.syntax import (
    RELATIVE,
    SUBJ,
    antecedent_of,
    between_owner,
    conjuncts,
    coordinated_verbs,
    definite,
    is_passive_participle,
    prep_objects,
    speech_verb,
    within_clause,
)
from diplograph.loaders.articles.threat_roles import THREAT_ROLES

# Where someone merely attends: "signed the pact, with the army chief in the room".
ATTENDING = frozenset({"room", "attendance", "audience", "hall", "chamber", "table"})


class VerbRoles(VerbAgents):
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _nested_place(self, head, preps, exclude, also=()) -> list[Arg]:
        """"at Gaviao Peixoto in Sao Paulo state", "from the Nagorno-Karabakh region in Azerbaijan": a place the text
        does not know, and the known place it is in (also hung on the verb: "operate from bases in Afghanistan")."""
        found = []
        for prep in (c for node in (head, *also) for c in node.children if c.dep_ == "prep" and c.lower_ in preps):
            for pobj in (p for p in prep_objects(prep) if self.mention(p) is None and not self.actors(p, "owner", exclude)):
                found += self.prep_args(pobj, ("in", "of"), exclude) + [
                    a for c in prep.head.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == pobj.right_edge.i + 1
                    for o in prep_objects(c) for a in self.actors(o, "strict", exclude)]
        return found

    def _dative_as_modifier(self, verb, exclude) -> list[Arg]:
        """"granted Glas political asylum", "sent Kyiv 40 tanks": the parser hangs a name right after the
        verb on the thing given; a state, body, group or person so named is whom it is given to."""
        found = []
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"):
            # (also on a model's name: "has sold Armenia Pinaka rocket launchers")
            for name in (c for c in obj.subtree if c.i < obj.i and c.dep_ in ("nmod", "compound") and
                         c.left_edge.i == verb.i + 1 and (c.head == obj or c.head.dep_ in ("nmod", "compound"))):
                m = self.mention(name)
                if m is not None and m.type in ("state", "person", "organization", "armed_group") and \
                        not m.is_demonym and m.kind != PLACE and m.actor.id not in exclude:
                    found.append(Arg(m.actor, m.start))
        return found

    def _fronted_relative(self, verb, preps, exclude) -> list[Arg]:
        """"the SADC Mission (SAMIDRC), deployed since 2023, to which South Africa contributes
        troops": a "to which" the parser did not tie to its noun stands for the name right before
        the comma that opens it."""
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps):
            relatives = [p for p in prep_objects(prep) if p.lower_ in ("which", "whom") and antecedent_of(p) is None]
            if not relatives or prep.i - 1 < self.sent.start or self.doc[prep.i - 1].text != ",":
                continue
            for i in range(prep.i - 2, max(self.sent.start, prep.i - 25) - 1, -1):
                m = self.mention(self.doc[i])
                if m is not None and m.type not in ("weapon", "person") and not m.is_demonym:
                    return [Arg(m.actor, m.start)] if m.actor.id not in exclude else []
        return []

    def prep_args(self, head, preps, exclude=(), also=(), beside=(), skip=frozenset()) -> list[Arg]:
        """Actors in prepositional phrases (``preps``) on ``head`` and on the words in ``beside``,
        and anywhere inside the phrases in ``also`` (a verb's themes: "a drone factory for its
        Ababil-2 drone *in Tajikistan*") short of another clause."""
        found = []
        nodes = [head, *beside]
        for phrase in also:
            nodes += within_clause(phrase)
        for node in nodes:
            for child in node.children:
                if child.dep_ not in ("prep", "dative", "agent"):
                    continue
                # "sent personnel to X in January and to Y in April": the second phrase is a conjunct
                for phrase in (child, *(c for c in child.children if c.dep_ == "conj" and c.pos_ == "ADP")):
                    if phrase.lower_ in preps:
                        # "among the members", not "among its main concerns": only who is named there
                        mode = "strict" if phrase.lower_ in ("among", "amongst") else "owner"
                        for pobj in prep_objects(phrase):
                            if pobj.lemma_.lower() not in skip:
                                named = self.actors(pobj, mode, exclude)
                                if phrase.lower_ == "between" and len(named) < 2:
                                    # "between the Colombian government and ELN rebels", parsed as one
                                    # kind of rebels: the sides are the coordinated modifiers
                                    named += [a for c in pobj.children if c.dep_ in ("nmod", "compound")
                                              and any(g.dep_ == "conj" for g in c.children)
                                              for a in self.actors(c, "strict", exclude)
                                              if a.actor.id not in {n.actor.id for n in named}]
                                found += named
                if node is head and child.dep_ == "prep":
                    found += self._adjunct_partners(child, preps, exclude)
        return found

    def _adjunct_partners(self, adjunct, preps, exclude) -> list[Arg]:
        """"cooperate in good faith with the IAEA", "work on security with Russia": the parser hangs the
        partner on the noun of the adjunct before it; a with- or against-phrase there is still the verb's."""
        found = []
        for pobj in prep_objects(adjunct):
            if pobj.i in self.by_token:
                continue
            for nested in pobj.children:
                if nested.dep_ == "prep" and nested.lower_ in preps and nested.lower_ in ("with", "against"):
                    found += [a for n in prep_objects(nested) for a in self.actors(n, "owner", exclude)]
        return found

    def _phrase_root(self, arg: Arg):
        """The head of the coordination the name of ``arg`` stands in, if it was named in this sentence."""
        m = self.by_token.get(arg.key)
        token = self.doc[m.start:m.end].root if m is not None else None
        while token is not None and token.dep_ == "conj" and token.head != token:
            token = token.head
        return token

    def _circumstance(self, arg: Arg) -> bool:
        """"with the World Bank sitting in as an observer", "with the army chief, X, in the room", "with a
        Turkish envoy at the table": a with-clause of circumstance names no partner (troops "taking part" do)."""
        token = noun = self._phrase_root(arg)
        while noun is not None and noun.dep_ in ("appos", "amod", "compound", "poss", "nmod") and noun.head != noun:
            noun = noun.head  # the noun the name stands in ("Pakistan's army chief, X", "a Turkish envoy")
        if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "with":
            with_ = noun.head  # "in the room" on the person, or on the verb right after the with-phrase
            places = [*noun.children, *(c for c in with_.head.children if c.i > with_.i)]
            if self.doc[with_.i - 1].text == "," and noun.right_edge.i + 1 < len(self.doc) and \
                    self.doc[noun.right_edge.i + 1].lower_ == "as":
                return True  # "..., with Sweden as the lead nation", "..., with Cyprus as an observer": a role, no partner
            return any(p.dep_ == "prep" and p.lower_ in ("in", "at") and o.lemma_.lower() in ATTENDING
                       for p in places for o in p.children if o.dep_ == "pobj")
        return token is not None and token.dep_ == "nsubj" and token.head.dep_ == "pcomp" and \
            token.head.head.lower_ == "with"

    def _companion(self, arg: Arg) -> bool:
        """"A and B, together with C, agreed": who acts along with the subject is none of its partners."""
        token = self._phrase_root(arg)
        return token is not None and token.dep_ == "pobj" and token.head.lower_ == "with" and \
            any(c.dep_ == "advmod" and c.lower_ in ("together", "along") for c in token.head.children)

    def _with_anothers_act(self, arg: Arg, themes) -> bool:
        """"received X after Ethiopia's port deal *with Somaliland*": a with-phrase of a noun that names
        its own doer (a possessor) belongs to that act, not to the verb's (unless it is what the verb acts on)."""
        token = self._phrase_root(arg)
        if self._circumstance(arg):
            return True
        if token is None or token.dep_ != "pobj" or token.head.lower_ != "with":
            return False
        noun = token.head.head
        if noun.lemma_.lower() in self.lex.noun_class["border"]:
            return False  # "massed troops on its border with Guyana": a border is no one's act
        return noun.pos_ == "NOUN" and noun not in themes and any(c.dep_ == "poss" for c in noun.children)

    def verb_role(self, verb, role: str, themes, exclude=()) -> list[Arg]:
        if role in THREAT_ROLES:
            return self.threat_role(verb, role, themes, exclude)
        if role == "agent":
            return self.agent(verb, exclude)
        if role == "patient":
            return self.patient(verb, exclude)
        if role == "direct":  # the object itself an actor: "met Putin", not "hosted a Chinese base"
            return [a for c in verb.children if c.dep_ == "dobj" for a in self.actors(c, "strict", exclude)]
        if role == "came_after":  # "protested after Chinese ships entered its waters"
            return self.came_after_doers(verb, exclude)
        if role == "stood_by":  # "will stand by Somalia", "stands behind Kyiv", "stands beside Ukraine"
            if stood_somewhere(verb, self.lex.noun_class["side_by_side_events"],
                               lambda t: (m := self.mention(t)) is not None and m.kind in ("capital", PLACE)):
                return []  # "stood by the Ukrainian leader at the press conference": where one stood, not whom one backs
            # (one who "stood beside President X" stood next to a person, for the cameras)
            return self.prep_args(verb, ("by", "behind"), exclude) + [
                a for a in self.prep_args(verb, ("beside",), exclude) if a.actor.type != "person" and not a.proxy]
        if role == "attacked":  # "would treat an armed attack on Qatar as ...": whom the act it judges would strike
            return [a for c in verb.children if c.dep_ == "dobj" and self._harmful_act(c)
                    for a in self.noun_role(c, "target", exclude)]
        if role == "destination":  # "came to Vientiane": the to-phrase names the place itself
            return self.destination(verb, themes, exclude)
        if role == "recipient":
            found = self.prep_args(verb, ("to", "for"), exclude, also=themes)
            found += [a for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"
                      for a in self.actors(c, "owner", exclude)]
            if not found:  # "sent advisers and drones, and flew fighters to Libya": the to-phrase they share
                found = [a for v in coordinated_verbs(verb) for a in self.prep_args(v, ("to",), exclude)]
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            if not found and len(objects) == 2 and any(c.lower_ in RELATIVE for c in objects):
                # "the helicopters that India had given the Maldives": the relative is the thing given
                found = [a for c in objects if c.lower_ not in RELATIVE for a in self.actors(c, "owner", exclude)]
            if not found:  # "contributed troops to SAMIM", the acronym misread as a verb after "to"
                found = [Arg(m.actor, m.start) for c in verb.children if c.dep_ == "xcomp"
                         and (m := self.mention(c)) is not None and m.type != "weapon" and m.actor.id not in exclude
                         and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")]
            if not found:
                found = self._fronted_relative(verb, ("to", "for"), exclude)
            if not found:  # "has given the Maldives two helicopters", parsed as one noun phrase
                found = [a for o in objects for c in o.children if c.dep_ in ("nmod", "compound") and any(
                    n.dep_ == "nummod" and n.i > c.i for n in o.children) for a in self.actors(c, "strict", exclude)
                    if a.actor.type == "state"]
            if not found:
                found = self._dative_as_modifier(verb, exclude)
            if not found:
                found = self._contract_giver(verb, exclude)
            return found or self._held_aid_recipient(verb, themes, exclude) or self._helped_by_gift(verb, exclude)
        if role == "source":  # "from X", "out of X"
            outs = [c for c in verb.children if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod")]
            return self.prep_args(verb, ("from",), exclude, also=themes) or \
                [a for out in outs for a in self.prep_args(out, ("of",), exclude)] or \
                self._nested_place(verb, ("from",), exclude, also=themes)
        if role == "partner":  # "with X" anywhere in the verb's own clause ("as a show of force with troops from X")
            # (no partner: "with the support of X", "with drones from X", "with the mediation of X", "with an X-brokered deal")
            # ("clashed with ELN fighters": fighters are people, not jets)
            weapons = self.lex.noun_class["weapon"] - self.lex.noun_class["group_fighters"]
            found = self.prep_args(verb, ("with",), exclude, also=(*themes, verb),
                                   skip=self.lex.noun_class["backing"] | weapons | self.lex.classes("go_between", "agreement"))
            found = [a for a in found if not self._with_anothers_act(a, themes) and not self._companion(a)]
            if not found and verb.dep_ in ("advcl", "xcomp") and verb.head != verb:
                found = self.prep_args(verb.head, ("with",), exclude, skip=self.lex.noun_class["backing"])  # "signed deals with X to jointly produce"
            return found or self._deal_counterpart(verb, themes, exclude)
        if role == "target":  # "fired rockets into northern Israel", "toward South Korean islands" (not "fought on
            # the side of X": an ally)
            return self.prep_args(verb, ("against", "at", "on", "into", "toward", "towards"), exclude, also=themes,
                                  skip=self.lex.noun_class["sides_taken"]) or self.fired_after(verb, themes, exclude)
        if role == "location":  # where things are made is never a "to" phrase ("built ..., to Buenos Aires")
            making = any(t.name.startswith("produce") for t in self.lex.verbs_for(verb.lemma_.lower()))
            preps = ("in", "into", "inside", "within", "at", "across", "throughout") + (() if making else ("to",))
            if not any(c.dep_ == "dobj" for c in verb.children):
                preps += ("through",)  # "submarines will rotate through a base in Australia": where forces pass and stay
            # ("keeps a base in Djibouti and a reduced contingent in Gabon": each coordinated thing's own place)
            themes = (*themes, *(c for t in themes for c in conjuncts(t) if c not in themes),
                      *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN" and themes),
                      *(c for c in verb.children if c.dep_ == "npadvmod" and c.lemma_ in self.lex.noun_class["time_nouns"]))
            # "remain on Iraqi territory", "keeps two base areas on Cyprus": on ground, or where forces are
            ons = [p for h in (verb, *themes) for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
                   for p in prep_objects(c)
                   if p.lemma_.lower() in self.lex.noun_class["grounds"] or "base" in self.theme_classes(themes)]
            return self.prep_args(verb, preps, exclude, also=themes) or self._nested_place(
                verb, preps, exclude, also=themes) or [a for p in ons for a in self.actors(p, "origin", exclude)] or \
                places_near(self, verb, preps, themes, self.lex.noun_class["near_words"], exclude) or \
                self.relative_place(themes, preps, exclude) or self.there_place((verb, *themes), exclude)
        if role == "between":  # also "a ceasefire between A and B, which C brokered"
            antecedents = [a for t in themes if t.lower_ in RELATIVE and (a := antecedent_of(t)) is not None]
            nouns = [*themes, *antecedents, *(n for a in antecedents if (n := between_owner(a)) is not None)]
            # ("A and B, mediated by Turkey, agreed", "Mediated by Qatar, A and B signed": a participle beside the sides)
            sides = self.patient(verb, exclude) if verb.dep_ in ("acl", "advcl", "prep") and is_passive_participle(verb) else []
            return self.prep_args(verb, ("between", "among", "amongst"), exclude, also=nouns) or \
                self._sides_of(themes, exclude) or (sides if len({a.actor.id for a in sides}) >= 2 else []) or \
                self.border_fight_sides(verb, exclude)
        if role == "purpose_place":  # "$50 million for border security in Mozambique", "into policing in PNG", "on schools in X"
            return [a for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("for", "into", "toward", "towards", "on")
                    for p in prep_objects(prep) if self.mention(p) is None
                    for a in self.prep_args(p, ("in", "inside", "within"), exclude)]
        if role == "presence_place":  # "will also send personnel": where the forces told before are
            if self.verb_role(verb, "recipient", themes, exclude) or self.verb_role(verb, "location", themes, exclude):
                return []
            here = self._position(verb)
            place = self.ctx.presence_told(here, exclude=exclude) or self.ctx.dominant_state(here)
            return [Arg(place, -5000)] if place is not None and place.id not in exclude else []
        if role == "blamed_on":  # "blamed the attack on Belgrade" (the parser often hangs "on" on the act)
            holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
            return [a for node in holders for prep in node.children if prep.dep_ == "prep" and prep.lower_ in ("on", "upon")
                    for p in prep_objects(prep) for a in self.actors(p, "strict", exclude)]
        if role == "relations_partner":  # "relations, which Khartoum had severed": whose relations they were
            nouns = [antecedent_of(t) if t.lower_ in RELATIVE else t for t in themes]
            sides = {a.actor.id: a for n in nouns if n is not None and n.lemma_.lower() in self.lex.noun_class["relations"]
                     for a in self._act_agent(n)}  # ("the two governments": both, the one acting excluded after)
            others = [a for i, a in sides.items() if i not in exclude]
            return others if len(sides) == 2 and len(others) == 1 else []
        if role == "cause_owner":  # "angered by Ethiopia's dam": the doer of what caused it
            return self._cause_owner(verb, exclude)
        if role == "deed_doer":  # "followed with regret the ceremony held by Ethiopia": whoever did what is watched
            return self._deed_doer(verb, exclude)
        if role == "reacted_to":  # "reacted angrily to the visit of the Czech speaker"
            return self._reacted_to(verb, exclude)
        if role == "origin":
            return self.origin(themes, exclude)
        if role == "maker":  # "Indonesia ordered 42 Rafale fighters": the model's known maker and its state
            # ("has been ordered by A, B and C": a maker's list of customers is the firm's record, not its state's sales)
            return self.known_makers(themes, exclude, customers=len(self.agent(verb, exclude)) >= 3)
        if role == "technology_source":  # "builds jets under licence from Russia" (technology_sources.py)
            return self.technology_source(verb, exclude)
        if role == "business_home":  # "Japanese companies plan to invest" (business_homes.py)
            return self.business_home(verb, exclude)
        if role == "custodian":  # "the candidate was sentenced to prison": the story's state (unnamed_doers.py)
            return self.custodian(verb, exclude)
        if role == "story_host":  # "Macron became the first French president to visit": the story's state (unnamed_doers.py)
            return self.story_host(verb, exclude)
        if role == "measure_doer":  # "... were threatened with higher rates": the measures' doer (unnamed_doers.py)
            return self.measure_doer(verb, exclude)
        if role == "weapon":
            return list({a.actor.id: a for t in themes for a in self._weapon_args(t)}.values())
        if role == "candidate":  # "ratified Sweden's accession to NATO": whose bid it is
            bids = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in self.lex.noun_class["candidacy"]]
            return [a for b in bids for c in b.children if c.dep_ == "poss" for a in self.actors(c, "strict", exclude)]
        if role == "demander":  # "China demanded that Japan retract. Tokyo refused"
            return self._demanders(verb, exclude)
        if role == "complement_agent":  # "demanded that the RSF halt the siege", "urged Russia to withdraw"
            found, own_subject = [], False
            for clause in (c for c in verb.children if c.dep_ in ("xcomp", "ccomp")):
                subjects = [c for c in clause.children if c.dep_ in SUBJ]
                own_subject = own_subject or bool(subjects)
                found += [a for c in subjects for a in self.actors(c, "strict", exclude)]
            # "told Frederiksen that Europe stood with them": the one told is not who is to act when the
            # clause names its own doer; "urged Russia to withdraw": the object is the doer
            found = found or [] if own_subject else \
                [a for c in verb.children if c.dep_ == "dobj" for a in self.actors(c, "strict", exclude)]
            return found or self.prep_args(verb, ("on", "upon"), exclude)  # "called on the junta to release"
        if role == "shared_partner":  # "met in Jakarta with X and agreed on a plan", "met X and signed a deal"
            head = verb.head if verb.dep_ == "conj" and verb.head.pos_ == "VERB" else None
            if head is None or self.verb_role(verb, "partner", themes, exclude):
                return []
            lemma = head.lemma_.lower()
            if not any(t.predicates_for(None) == ("CONSULTATION",) and any(
                    self._pattern_applies(p, head, lemma) for p in t.args) for t in self.lex.verbs_for(lemma)):
                return []  # only a meeting gives the partner of what was agreed or signed at it ("called X a rival" is none)
            return self.verb_role(head, "partner", self._themes(head), exclude) + \
                self.verb_role(head, "direct", (), exclude)
        if role == "occasion":  # "signed during Tokayev's visit to Ankara": the visitor and the host
            found = []
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("during", "on", "at")):
                for visit in (p for p in prep_objects(prep) if p.lemma_.lower() in ("visit", "trip", "tour")):
                    found += [a for c in visit.children if c.dep_ == "poss" for a in self.actors(c, "strict", exclude)]
                    found += self.prep_args(visit, ("to",), exclude)
            return found
        if role == "armer":  # "Iranian drones helped ...", "arms delivered by Russia enable ...": whose weapons act
            found = []
            clause = verb.head if verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children) else verb
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]  # "arms ... continue to enable"
            subjects += [c for s in subjects for c in conjuncts(s)]
            for noun in (s for s in subjects if "weapon" in self.theme_classes([s])):
                found += self.actors(noun, "origin", exclude, coordinated=False)
                for clause in (c for c in noun.children if c.dep_ == "acl" and is_passive_participle(c)):
                    found += [a for by in clause.children if by.dep_ == "agent" for p in prep_objects(by)
                              for a in self.actors(p, "strict", exclude)]
            return found
        if role == "event_owner":  # "boycotted the CSTO summit", "refused to host CSTO exercises"
            events = self.lex.classes("meeting", "exercise")
            clauses = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
            nouns = [c for v in clauses for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in events]
            owners = [Arg(m.actor, m.start) for n in nouns for c in n.children if c.dep_ in ("compound", "poss", "nmod")
                      and (m := self.mention(c)) is not None and m.type in ("organization", "state")
                      and m.actor.id not in exclude]
            shunned = [v for v in clauses if v.lemma_.lower() in self.lex.noun_class["attending"]]
            if owners or not shunned or any(not definite(n) for n in nouns) or \
                    any(c.dep_ == "dobj" and c.lemma_.lower() not in events for v in shunned for c in v.children):
                return owners
            # "Washington convened talks near Geneva. The army refused to attend": the host told just before
            here = self._position(verb)
            host = self.ctx.doer_of({"MEDIATION"}, here, reach=JUDGED_REACH, exclude=exclude)
            hosts = (host,) if host is not None else \
                self.ctx.deed_doers(self.lex.noun_class["meeting"], here, reach=JUDGED_REACH, exclude=exclude)
            return [Arg(h, -5000 - n) for n, h in enumerate(hosts)]
        if role == "measure_owner":  # "The sanctions will also apply to Raytheon": whoever imposed them
            measures = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and self.mention(c) is None
                        and c.lemma_.lower() in self.lex.noun_class["measures"]]
            return [a for m in measures for a in (
                [a for c in m.children if c.dep_ == "poss" for a in self.actors(c, "strict", exclude)] or
                self.prep_args(m, ("by", "from"), exclude) or self._deed_told(m, exclude) or
                self._doer_told(m, exclude))]  # "China will sanction X ... the sanctions will also apply to Y"
        if role in ("goods_origin", "unwelcome_envoy", "unwelcome_by"):  # "tariffs on Chinese EVs", "persona non grata"
            return self._goods_origin(verb, themes, exclude) if role == "goods_origin" else self._unwelcome(verb, role, exclude)
        if role == "quarrel_sides":  # "Qatar offered to mediate": between the sides told last
            return self._quarrel_sides(verb, exclude)
        if role == "settled_sides":  # "tried to ease tensions between A and B"
            return self._settled_sides(verb, themes, exclude)
        if role == "requester":  # "met at Guyana's request"
            return self._requesters(verb, exclude)
        if role in ("body_addressed", "greeted", "handover_sides", "summoner", "beside_in_person", "time_spent_with"):
            return {"body_addressed": self._bodies_addressed, "greeted": self._greeted, "summoner": self._summoners,
                    "handover_sides": self._handover_sides, "beside_in_person": self.beside_in_person,  # side_by_side.py
                    "time_spent_with": self.time_spent_with}[role](verb, exclude)  # "told the UN Security Council"
        if role == "included_targets":  # "struck nine sites, including the headquarters of JeM"
            return self._included_targets(verb, exclude)
        if role == "occupants":  # "struck a building where Hamas negotiators were meeting"
            return self._occupants(verb, exclude)
        if role in ("places_taken", "seized_not_places"):  # "seized Bukavu" (the state), "seized a tanker"
            return self._places_taken(verb, exclude) if role == "places_taken" else self._seized_not_places(verb, exclude)
        if role in ("joint_founders", "deal_holder", "deal_between", "suspended_member", "signing_host", "fallen",
                    "site_owners", "target_place", "invited_sides"):
            return getattr(self, role)(verb, exclude)  # a mixin's method of the role's name ("signed a pact in Ankara")
        if role == "witnesses":  # "signed ... in the presence of X"
            return self.witnesses(verb, exclude)
        if role == "space_owner":  # "flew into Estonian airspace": whose skies or waters
            return self.space_owner(themes, exclude)
        if role == "backed":  # "threw its weight behind X", "rallied behind X"
            return self.prep_args(verb, ("behind",), exclude)
        if role == "ally":  # "fought alongside X", "fought side by side with X", "on the side of X", "on X's side"
            return self.prep_args(verb, ("alongside", "beside"), exclude) + [
                a for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for p in prep_objects(c)
                if p.lemma_.lower() in self.lex.noun_class["sides_taken"] for a in self.actors(p, "owner", exclude)]
        if role == "user":  # "struck X with missiles *supplied* by Y", "fired drones Y had sent"
            if verb.dep_ not in ("acl", "relcl") or verb.head == verb:
                return []
            noun = verb.head
            if noun.dep_ == "pobj" and noun.head.lower_ == "with":
                clause = noun.head.head
                for _ in range(3):  # "struck an airbase in Crimea with missiles": however it hangs
                    if clause.pos_ in ("VERB", "AUX") or clause.head == clause:
                        break
                    clause = clause.head
            elif noun.dep_ == "dobj":
                clause = noun.head
            else:
                return []
            return self.agent(clause, exclude) if clause.pos_ in ("VERB", "AUX") else []
        if role == "speaker":
            # "HRW argues that both sides committed war crimes", "the court ruled that X breached the treaty"
            speech = speech_verb(verb, self.lex.noun_class["findings"])
            return self.agent(speech, exclude) if speech is not None else finding_owners(
                self, verb, self.lex.noun_class["finding_nouns"], exclude)
        raise ValueError(f"unknown verb role {role!r} in the lexicon")
