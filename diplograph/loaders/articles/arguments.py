"""From a token to the actors it names: mentions, coordinations, proxies, state bodies."""

from __future__ import annotations

from diplograph.gazetteer import PLACE
from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.mentions import Mention
from diplograph.loaders.articles.syntax import (
    LINKED,
    QUANTIFIERS,
    RELATIVE,
    SUBJ,
    antecedent_of,
    conjuncts,
    is_acting,
    prep_object,
    prep_objects,
    set_apart,
)
from diplograph.loaders.articles.member_leaders import member_leader_title
from diplograph.loaders.articles.titles import is_title


# How far back (characters) the group whose fighters "its fighters" are may have been named.
FIGHTERS_REACH = 400

class ActorArguments:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def mention(self, token) -> Mention | None:
        return self.by_token.get(token.i)

    def actors(self, token, mode: str = "strict", exclude=(), depth: int = 0, coordinated: bool = True) -> list[Arg]:
        """Actors a noun phrase headed by ``token`` names, with its coordinated phrases.

        ``mode``: "strict" (names, pronouns, references, appositions, state bodies), "owner"
        (also the possessor or of-phrase of a noun: "the Taliban's takeover"), "origin" (also
        demonym and state modifiers: "Turkish drones").
        """
        if token is None or depth > 4:
            return []
        found = self._one(token, mode, exclude, depth)
        for conj in (self._conjuncts(token) if coordinated else ()):
            found += self._one(conj, mode, exclude, depth)
        seen, result = set(), []
        for arg in found:
            if (arg.actor.id, arg.proxy) not in seen and arg.actor.id not in exclude:
                seen.add((arg.actor.id, arg.proxy))
                result.append(arg)
        return result

    def companions(self, subject, verb, exclude=()) -> list[Arg]:
        """Those a subject acts with, set off by commas: "Qatar, *with Egypt and the United States*,
        brokered", "France, together with Germany, sent", "Russia, along with China, vetoed", "Turkey,
        alongside Azerbaijan, held", "Japan, like South Korea, condemned" (the phrase hung on the subject or
        on the verb before it; words in the lexicon's `companion_words`). "with US
        backing" names no companion: the phrase must name actors outright."""
        phrases = [c for c in subject.children if c.dep_ == "prep" and c.i > subject.i]
        phrases += [c for c in verb.children if c.dep_ == "prep" and subject.i < c.i < verb.i]
        found = []
        for prep in phrases:
            if self.doc[prep.i - 1].text != "," and not (
                    prep.i >= 2 and self.doc[prep.i - 1].lower_ in ("together", "along") and self.doc[prep.i - 2].text == ","):
                continue
            if prep.lower_ == "along":  # "along with China": the with-phrase under it
                prep = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"), prep)
            if prep.lower_ not in self.lex.noun_class["companion_words"]:  # ("like South Korea": it does too)
                continue
            found += [a for p in prep_objects(prep) for a in self.actors(p, "strict", exclude)
                      if self.mention(p) is not None or p.dep_ == "conj"]
        return found

    def _one(self, token, mode: str, exclude, depth: int) -> list[Arg]:
        m = self.mention(token)
        top = token
        while top.dep_ == "conj" and top.head != top:
            top = top.head
        if m is not None and m.kind == PLACE and is_acting(token) and top.dep_ != "nsubjpass":
            return []  # "Gyumri said ...": a city is where, never who (though "Kharkiv was struck" is hit)
        if m is not None and m.type != "weapon":
            if m.is_demonym and mode == "strict" and not self._state_context(token):
                return []
            owned = self._owned_body(m) if m.type == "person" and token.dep_ == "conj" else None
            if owned is not None:  # "militias like the Badr Corps and Qais al-Khazali's Asa'ib Ahl al-Haq"
                return [Arg(owned.actor, owned.start)]
            return [Arg(m.actor, m.start)] + self._proxies(m)
        if m is not None:  # a weapon model that acts or is hit is its state's: "Polish F-16s shot down ..."
            return self._modifier_actors(token, types=("state",)) if any(self._platform_role(token)) else []
        low = token.lower_
        if low in RELATIVE and token.tag_ in ("WDT", "WP", "WP$", "IN"):
            antecedent = antecedent_of(token)
            # "tougher measures against X, which ...": a relative standing for an act is not its doer
            thing = antecedent is not None and antecedent.lemma_.lower() in (
                self.lex.classes("act", "judged_act"))
            if thing and token.dep_ == "nsubj" and antecedent.lemma_.lower() in (
                    self.lex.classes("assault", "assault_means")) and \
                    not any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in token.head.children):
                # "the Houthi attacks which targeted Abu Dhabi": a strike that acts is its doer's, as "Houthi
                # attacks targeted Abu Dhabi" is (not when the clause goes on with another verb, which the parser
                # may have taken from the main clause: "the raid that killed X ... and accused Qatar")
                found = [a for a in self._modifier_actors(antecedent, types=("state", "armed_group"))
                         if a.actor.id not in exclude]
                if found:
                    return found
            if antecedent is not None and (listed := self._among_those_listed(antecedent, exclude)):
                return listed
            # ("the army and the Alliance, which comprises three groups": a singular verb is the last conjunct's)
            alone = antecedent is not None and antecedent.dep_ == "conj" and token.head.tag_ == "VBZ"
            found = self.actors(antecedent, "strict" if thing else "owner", exclude, depth + 1, coordinated=not alone) \
                if antecedent is not None else []
            return found or self._named_before_comma(token, exclude)
        if low in self.lex.noun_class["distributives"] and (shared := self.distributed(token, mode, exclude, depth)):
            return shared  # "each of A, B and C" (distributives.py)
        if token.pos_ == "PRON" or low in self.lex.pronouns:
            return self._pronoun(token, exclude)
        lemma = token.lemma_.lower()
        led = self.group_leaders(token, exclude, depth)
        if led:
            return led
        if mode == "origin":
            found = self._modifier_actors(token, types=("organization", "armed_group", "company", "ngo")
                                          if self._irregulars(lemma) else None)
            if found:
                return found
        found = [a for c in token.children if c.dep_ == "appos" and not set_apart(c)
                 for a in self.actors(c, "strict", exclude, depth + 1)] or self.named_by_participle(token, exclude, depth)
        if found:
            return found
        kinds = self.lex.classes("collective", "actor_kinds", "company")
        if token.dep_ == "appos" and lemma in kinds and (m := self.mention(token.head)) is not None \
                and m.type not in ("weapon", "person") and not m.is_demonym:
            return [Arg(m.actor, m.start)]  # "Hezbollah, the Lebanese movement that Tehran arms"
        if token.dep_ == "appos" and token.pos_ == "NOUN" and (m := self.mention(token.head)) is not None \
                and m.type == "person" and any(c.dep_ == "relcl" for c in token.children):
            return [Arg(m.actor, m.start)]  # "Ali Hassan, a commander on whom the Council imposed a ban"
        trailing = self._trailing_body(token, exclude)  # "creating a confederation, the AES", however parsed
        if trailing is not None:
            return trailing
        after = token.i + 2
        if token.pos_ == "NOUN" and after < self.sent.end and self.doc[token.i + 1].text == "," and \
                (m := self.mention(self.doc[after])) is not None and m.start == after and m.type == "person":
            return [Arg(m.actor, m.start)]  # "the Iranian oligarch, Babak Zanjani", however parsed
        if any(c.dep_ == "amod" and c.lower_ in self.lex.noun_class["others_words"] for c in token.children) and (
                lemma == "member" or any(c.dep_ == "compound" and c.lemma_.lower() == "member" for c in token.children)):
            return []  # "Saudi Arabia, the UAE and other OPEC members agreed": not OPEC, members left unnamed
        if lemma in self.lex.classes("company", "ngo", "collective", "body_heads"):
            named = [Arg(mc.actor, mc.start) for c in token.children if c.dep_ in ("compound", "nmod")
                     and (mc := self.mention(c)) is not None and mc.type not in ("state", "weapon") and not mc.is_demonym]
            if named:  # "the Chinese company Yesil Technology"
                return named
            named = [a for a in self._including(token, exclude) if a.actor.type != "person"]
            if named:  # "U.S. defense contractors including A and B" are A and B, not the United States
                return named
            if lemma in self.lex.noun_class["collective"]:  # "a faction linked to the TTP" acts for it
                for clause in (c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in LINKED):
                    named = [a for p in clause.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                             for g in prep_objects(p) for a in self.actors(g, "strict", exclude, depth + 1)
                             if a.actor.type in ("armed_group", "organization")]
                    if named:
                        return named
        if lemma in self.lex.noun_class["state_body"] or low in self.lex.noun_class["state_body"]:
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "in"):
                place = prep_object(prep)
                seat = self.mention(place) if place is not None else None
                if seat is not None and seat.type == "state" and not seat.is_demonym and seat.actor.id not in exclude:
                    # "the army-backed government in Port Sudan", "the junta in Niamey": the seat, not the
                    # last government the text named; but "the Chinese embassy in Manila", "Turkish troops in
                    # Syria" are their owner's, where they sit
                    owners = [a for a in self._modifier_actors(token, types=("state", "organization", "armed_group"))
                              if a.actor.id not in exclude]
                    # "the juntas in Mali and Niger": each seat of the list
                    seats = [seat] + [m for c in conjuncts(place) if (m := self.mention(c)) is not None and
                                      m.type == "state" and not m.is_demonym and m.actor.id not in exclude]
                    return owners or [Arg(m.actor, m.start) for m in seats]
        holder = self._state_title_holder(token) if is_title(lemma, self.lex) else None
        if holder is not None:  # "the US president" after "US President X": X, before the office's state
            return [holder] if holder.actor.id not in exclude else []
        described = self._described_state(token, exclude)
        if described is None:
            described = self._owners_state(token, exclude)
        if described is None:
            described = self._owners_part(token, exclude)
        if described is None:
            described = self._owners_partner(token, exclude)
        if described is None:
            described = self._owners_neighbour(token, exclude)
        if described is None:
            described = self._neighbouring_state(token, exclude)
        if described is None:
            described = self._led_head(token, exclude)
        if described is None:
            described = self._given_description(token, exclude)
        if described is not None:
            return described
        if lemma in self.lex.noun_class["state_body"] and (led := self._led_by(token)):
            return led  # "the outgoing Biden administration": its head's state, never the government named last
        if token.lower_ in ("former", "latter") and any(c.lower_ == "the" for c in token.children):
            return self._former_or_latter(token, exclude)
        reference = self._reference(token, exclude)
        if reference is not None:
            return self.region_list(token, reference)
        if token.pos_ == "NOUN":
            leaders = self._leaders(token)
            if leaders:  # "a Saudi-led coalition fought ...": the coalition's acts are its leader's
                return leaders
        if lemma in self.lex.noun_class["combatants"]:
            found = self._modifier_actors(token, types=("organization", "armed_group"))
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and not found):
                found = self.actors(prep_object(prep), "strict", exclude, depth + 1)  # "separatists of the CSP coalition"
            for arg in found:  # so that "the rebels" later points back to them
                # "separatists of the CMA and ISGS jihadists": the word over each name says its kind
                over = self.doc[arg.key].head if 0 <= arg.key < len(self.doc) else token
                word = over.lemma_.lower() if over.lemma_.lower() in self.lex.noun_class["combatants"] else lemma
                self.ctx.combatants.append((self._position(token), arg.actor.id,
                                            self.lex.combatant_family.get(word, word)))
            if found:
                return found
        if lemma in self.lex.noun_class["volleys"] and token.pos_ == "NOUN":  # "hit by a wave of Iranian drones"
            found = [a for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for p in prep_objects(prep) for a in self.actors(p, mode, exclude, depth + 1)]
            if found:
                return found
        acting, hit = self._platform_role(token)
        fire = acting and lemma in self.lex.classes("gunfire", "assault")
        if (acting or hit) and lemma in self.lex.noun_class["platforms"] or fire:  # "Cambodian rocket fire hit
            # (also an armed group's: "Houthi missiles hit an Israeli port")
            found = self._modifier_actors(token, types=("state", "armed_group"))
            if found:
                return found
        two_words = f"{token.nbor(-1).lower_} {low}" if token.i > 0 else low  # "Georgia's ruling party"
        if {lemma, low, two_words} & self.lex.noun_class["state_body"]:
            found = self._modifier_actors(token, types=("state", "organization", "armed_group"))
            if found:
                return found
            found = self._led_by(token)
            if found:  # "Erdogan's government", "the Biden administration"
                return found
            for child in (c for c in token.children if c.dep_ == "poss" and c.lower_ in ("its", "their")):
                found = [a for a in self._pronoun(child, exclude) if a.actor.type in ("state", "armed_group")]
                if found and lemma in self.lex.noun_class["group_fighters"] and found[0].actor.type == "state":
                    # "The 'they' she means is the ELN, the last guerrilla group in Colombia. On 16 January its
                    # fighters launched an offensive": a movement's fighters, the group named just before
                    group = self.ctx.recent_by_type_order(("armed_group",), self._position(child), exclude)
                    near = group is not None and any(s.actor_id == group.id and self._position(child) - s.position
                                                     <= FIGHTERS_REACH for s in self.ctx.seen)
                    found = [Arg(group, child.i)] if near else found
                if found:  # "The Taliban say ..., and their forces fire on Pakistani posts"
                    return found
            for child in (c for c in token.children if c.dep_ == "poss" and self.mention(c) is None):
                found = [a for a in self.actors(child, "strict", exclude, depth + 1) if a.actor.type == "state"]
                if found:  # "the two countries' security services"
                    return found
        if is_title(lemma, self.lex) or is_title(self._title_words(token), self.lex):
            holder = self._title_holder(token)
            if holder is not None:  # "The Prime Minister also held talks": the one named with that title
                return [holder] if holder.actor.id not in exclude else []
            if any(c.dep_ == "conj" and (mc := self.mention(c)) is not None and mc.type == "person" for c in token.children):
                return []  # "the Chief of Staff ..., General X": the name is the actor
            named = {m.actor.id: m for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for p in prep_objects(prep) if (m := self.mention(p)) is not None and m.type == "person"}
            if len(named) == 1:  # "signed by ... and Turkish Minister of National Defence Yasar Guler", however parsed
                m = next(iter(named.values()))
                return [Arg(m.actor, m.start)] if m.actor.id not in exclude else []
            found = self._modifier_actors(token, types=None)
            if token.tag_ == "NN" and member_leader_title(lemma, self.lex):
                found = [a for a in found if a.actor.type != "organization"]  # "an EU leader" leads no EU
            if found:  # "Qatar's emir", "the Iranian foreign minister": the office stands for its actor
                return found
            for child in (c for c in token.children if c.dep_ == "poss" and (c.lower_ in ("its", "their") or
                                                                          c.pos_ == "NOUN" and self.mention(c) is None)):
                # "Ecuador defended the arrest. Its foreign minister accused Mexico"; "The country's foreign minister"
                owners = self._pronoun(child, exclude) if child.pos_ == "PRON" or child.lower_ in ("its", "their") \
                    else self.actors(child, "strict", exclude, depth + 1)
                found = [a for a in owners if a.actor.type in ("state", "armed_group", "organization")]
                if found:
                    return found
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
                body = prep_object(prep)  # "the heads of the two countries' security services"
                if body is not None and {body.lemma_.lower(), body.lower_} & self.lex.noun_class["state_body"]:
                    found += self.actors(body, "strict", exclude, depth + 1)
            if found:
                return found
            found = self._offices_of_references(token, exclude)
            if found:  # "leaders of the two countries", "both countries' oil ministers"
                return found
            office = self._office_of_topic(token)
            if office is not None:  # "Peru ... The foreign minister accused Chile": the state a bare title serves
                return [office] if office.actor.id not in exclude else []
        if lemma in self.lex.noun_class["delegations"]:
            found = self._modifier_actors(token, types=("state", "organization", "armed_group")) or \
                self._offices_of_references(token, exclude)
            if found:  # "delegations from the three states", "the Sudanese delegation"
                return found
        if low in QUANTIFIERS or token.like_num:
            for child in token.children:  # "three of the countries"; not "two of them" (which two?)
                if child.dep_ == "prep" and child.lower_ in ("of", "out"):
                    target = prep_object(child) or next((g for c in child.children if c.dep_ == "prep" for g in [prep_object(c)] if g), None)
                    if target is None or target.pos_ == "PRON" or target.lower_ in ("these", "those") or \
                            self.mention(target) is not None and conjuncts(target):
                        return []  # (nor "one of A, B and C": which one?)
                    return self.actors(target, mode, exclude, depth + 1)
        if lemma in self.lex.noun_class["bands_of"]:  # "a team of Haitian police commanders met ...": theirs
            found = [a for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in prep_objects(c)
                     for a in self.actors(p, mode, exclude, depth + 1)]
            if found:
                return found
        kinds = self.lex.classes("actor_kinds", "collective", "combatants", "company", "listed_roles")
        singular = lemma[:-1] if lemma.endswith("s") and token.text[:1].isupper() else lemma  # "Member States"
        if singular in kinds or lemma in ("institution", "body", "actor"):
            found = self._including(token, exclude)  # "various institutions, including both capitals"
            if found:
                return found
        if mode in ("owner", "origin") and lemma in self.lex.noun_class["spheres"] | self.lex.noun_class["foes"]:
            return []  # "a base in India's backyard" is near India, not in it; "harboured its opponents" not it
        if mode in ("owner", "origin"):
            if lemma in self.lex.noun_class["territory"] and any(c.dep_ == "poss" for c in token.children):
                # "a deal with Somalia's breakaway region of Somaliland": the of-phrase names the region itself
                found = [a for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in prep_objects(c)
                         for a in self.actors(p, "strict", exclude, depth + 1)]
                if found:
                    return found
            for child in token.children:
                if child.dep_ == "poss":
                    found += self.actors(child, "strict", exclude, depth + 1)
            # "the blockade imposed by Ethiopia", "the draft agreement that Egypt had initialled"
            if not found and lemma in self.lex.classes("act", "agreement"):
                for clause in (c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"):
                    found += [a for c in clause.children if c.dep_ == "agent" for p in prep_objects(c)
                              for a in self.actors(p, "strict", exclude, depth + 1)]
                # "the strikes that Washington carried out": the doer is the subject of the relative clause
                for clause in (c for c in token.children if c.dep_ == "relcl" and not found):
                    if any(c.dep_ == "dobj" and c.lower_ not in RELATIVE for c in clause.children):
                        continue  # "the strikes, which killed ten soldiers": the strikes act, they are not done
                    found += [a for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE
                              for a in self.actors(c, "strict", exclude, depth + 1)]
            if not found:  # "shelled positions held by the RSF", "areas controlled by the M23": the holder's
                found = [a for clause in token.children if clause.dep_ == "acl" and clause.tag_ == "VBN" and
                         clause.lemma_.lower() in self.lex.noun_class["holding_ground"]
                         for c in clause.children if c.dep_ == "agent" for p in prep_objects(c)
                         for a in self.actors(p, "strict", exclude, depth + 1)]
            if not found and lemma in self.lex.noun_class["assault_means"]:  # "missiles fired by the Houthis"
                found = [a for clause in token.children if clause.dep_ == "acl" and
                         clause.lemma_.lower() in self.lex.noun_class["launching"]
                         for c in clause.children if c.dep_ == "agent" for p in prep_objects(c)
                         for a in self.actors(p, "strict", exclude, depth + 1)]
            if not found:
                for child in token.children:
                    if child.dep_ == "prep" and child.lower_ in ("of", "from") and (pobj := prep_object(child)) is not None:
                        found += self.actors(pobj, "owner" if child.lower_ == "of" else "strict", exclude, depth + 1)
            if not found and mode == "origin" and not self._irregulars(lemma):
                found = self._compound_names(token)
            if not found and mode == "owner" and lemma not in self.lex.noun_class["weapon"]:
                # "attacked Israeli towns"; but "backed Syrian rebels", "armed Libyan militias" are fighters
                # against or beside the state the demonym names, not that state
                found = self._modifier_actors(token, types=("armed_group",) if self._irregulars(lemma)
                                              else ("state", "armed_group"))
                # "attacked an AMISOM base": the AU's; "blocked new EU sanctions": a body's own measures;
                # "attacked an African Union base", "ambushed UN peacekeepers": a body's own forces; "rejected
                # ECOWAS demands": a body's own requests
                measure = lemma in self.lex.classes("measures", "proposals", "base", "asked_for")
                found = found or [a for a in self._modifier_actors(token, types=("organization",))
                                  if measure or self._is_mission(a)]
        return found

    def _names_person(self, token) -> bool:
        m = self.mention(token)
        return m is not None and m.type == "person"

    def _irregulars(self, lemma: str) -> bool:
        """Fighters outside a state's forces: "Syrian rebels", "Iraqi militias" are not the state their
        demonym names (backing them backs no state)."""
        return lemma in self.lex.noun_class["combatants"] | self.lex.noun_class["irregular_forces"]

    def _offices_of_references(self, token, exclude) -> list[Arg]:
        """The actors a reference names as the holders' side: "leaders *of the two countries*",
        "officials *from both states*", "*both countries'* ministers"."""
        phrases = [o for p in token.children if p.dep_ == "prep" and p.lower_ in ("of", "from") for o in prep_objects(p)]
        phrases += [c for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        found = [a for phrase in phrases if self.mention(phrase) is None
                 for a in (self._reference(phrase, exclude) or []) if a.actor.type in ("state", "organization", "armed_group")]
        return found if len(found) > 1 else []  # a group of sides; "the junta's leaders" is for the title to read

    def _is_mission(self, arg: Arg) -> bool:
        m = self.mention(self.doc[arg.key]) if 0 <= arg.key < len(self.doc) else None
        return m is not None and m.kind == "mission"

    def _title_words(self, token) -> str:
        """The title a noun spells with its compounds ("Prime Minister" -> "prime minister"), and with the
        adjectives that are part of a title ("the prime minister", "the foreign minister")."""
        words = [c.lower_ for c in token.children if c.dep_ == "compound" and c.i < token.i] + [token.lower_]
        spelled = [c.lower_ for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i
                   and self.mention(c) is None] + [token.lower_]
        return " ".join(spelled) if len(spelled) > len(words) and is_title(" ".join(spelled), self.lex) else " ".join(words)

    def _title_holder(self, token) -> Arg | None:
        """The person "the President", "the Foreign Minister" stands for: a definite title with
        nothing that says whose office it is, held by one person the text named earlier."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        title = self._title_words(token)
        if any(c.dep_ in ("amod", "poss", "nmod", "prep", "appos") and c.lower_ not in title.split()
               for c in token.children) or any(self.mention(c) is not None for c in token.children):
            return None  # "the Chinese president", "the president of Kenya": someone else's office
        holder = self.ctx.holder_of(title, self._position(token), by_head=" " not in title) or (
            self.ctx.holder_of(token.lemma_.lower(), self._position(token)) if title != token.lemma_.lower() else None)
        return Arg(holder, token.i) if holder is not None else None

    def _state_title_holder(self, token) -> Arg | None:
        """The person "the US president", "the Saudi foreign minister", "Kenya's president" stands for: the one the
        text named before with that title in that state ("US President Donald Trump ... The US president met")."""
        before = [c for c in token.children if c.i < token.i and c.dep_ not in ("det", "punct", "case")]
        states = [m.actor for c in before if c.dep_ in ("amod", "compound", "nmod", "poss") and
                  (m := self.mention(c)) is not None and m.type == "state"]
        rest = [c for c in before if self.mention(c) is None]
        if len(states) != 1 or any(c.dep_ not in ("amod", "compound") for c in rest) or \
                any(c.dep_ in ("prep", "appos", "relcl", "acl", "conj") for c in token.children if c.i > token.i) or \
                (not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and
                 not any(c.dep_ == "poss" for c in before)):
            return None
        title = [*(c.lower_ for c in rest), token.lower_]
        holders = {p.id: p for at, t, p in self.ctx.titled if at < self._position(token) and
                   t.split()[-len(title):] == title and (served := self.ctx.serves.get(p.id)) is not None and
                   served.id == states[0].id}
        return Arg(next(iter(holders.values())), token.i) if len(holders) == 1 else None

    def _office_of_topic(self, token) -> Arg | None:
        """The state "the foreign minister", "the president" serves when nothing names its holder or whose
        office it is: the state the sentence, the paragraph or the document is about (as for "President X")."""
        if token.tag_ in ("NNS", "NNPS") or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        words = [c for c in token.children if c.i < token.i and c.dep_ not in ("det", "punct")]
        if any(c.dep_ not in ("amod", "compound") or self.mention(c) is not None for c in words) or \
                any(c.dep_ in ("prep", "appos", "relcl", "acl", "conj") for c in token.children if c.i > token.i):
            return None  # "the Chinese foreign minister", "the president of the Commission": someone else's office
        if " ".join([*(c.lower_ for c in words), token.lower_]) not in self.lex.noun_class["state_offices"]:
            return None
        found = self._state_in_charge(token.left_edge.i, token.i + 1)
        return Arg(found.actor, token.i) if found is not None else None

    def _conjuncts(self, token) -> list:
        """Phrases coordinated with ``token``; for a name of several words, also those hung on
        a word inside it ("The Republic of Korea, Japan and the United States" is often parsed
        with Japan coordinated with "Korea")."""
        found = conjuncts(token)
        m = self.mention(token)
        if m is not None and m.end - m.start > 1:
            for inner in self.doc[m.start:m.end]:
                if inner.i != token.i:
                    found += [t for t in conjuncts(inner) if not m.start <= t.i < m.end and t not in found]
        if m is not None and m.type == "state":
            # "Mali, Burkina Faso and Niger" parsed as Mali with an apposition: two states are a list
            for child in token.children:
                other = self.mention(child) if child.dep_ == "appos" and not set_apart(child) else None
                if other is not None and other.type == "state" and other.actor.id != m.actor.id:
                    found += [t for t in (child, *conjuncts(child)) if t not in found]
        return found

    def _proxies(self, mention: Mention) -> list[Arg]:
        """Who acts with a person or firm named in this sentence with their office or nationality:
        "the Taliban Defence Minister, Mohammad Yaqoob, warned ..." is a warning by the Taliban too."""
        if mention.type == "person" and (arg := self.affiliation.get(mention.actor.id)) is not None:
            return [Arg(arg.actor, mention.start, "official")]
        if mention.type == "person" and (state := self.ctx.serves.get(mention.actor.id)) is not None:
            return [Arg(state, mention.start, "official")]  # "President Mohamed Muizzu ... Muizzu ordered out"
        if mention.type == "company" and (arg := self.nationality.get(mention.actor.id)) is not None:
            return [Arg(arg.actor, mention.start, "firm")]
        return []

    def _state_context(self, token) -> bool:
        """A demonym names its state when it qualifies a state body ("the Tajik government"),
        stands alone as a noun phrase ("the Iranians"), or pairs with another ("Kyrgyz-Tajik")."""
        while token.dep_ == "conj" and token.head != token:  # "Kyrgyz and Tajik forces"
            token = token.head
        head = token.head
        if token.dep_ in ("amod", "compound", "nmod") and (
                head.lemma_.lower() in self.lex.noun_class["state_body"] or
                " ".join(t.lower_ for t in (head.nbor(-1), head) if t.i >= 0) in self.lex.noun_class["state_body"]):
            return True
        if token.dep_ in ("amod", "compound") and head.dep_ == "compound" and \
                head.head.lemma_.lower() in self.lex.noun_class["state_body"]:
            return True
        if token.dep_ in (*SUBJ, "dobj", "pobj", "conj", "appos") and token.pos_ in ("NOUN", "PROPN") and \
                token.tag_ in ("NNS", "NNPS"):
            return True
        # "Kyrgyz and Tajik troops" parsed as "Kyrgyz" coordinated with "Tajik troops": the body is shared
        return any(c.dep_ == "conj" and c.lemma_.lower() in self.lex.noun_class["state_body"] and
                   any(g.dep_ in ("amod", "compound") and (gm := self.mention(g)) is not None and gm.is_demonym
                       for g in c.children)
                   for c in token.children)

    def _named_before_comma(self, relative, exclude) -> list[Arg]:
        """"... activists of the PKK, which it says has settled in Sweden", with the clause hung on another
        noun by the parser: a relative right after a comma stands for the name just before it (past an
        acronym in brackets)."""
        i = relative.i - 1
        if i <= self.sent.start or self.doc[i].text != ",":
            return []
        i -= 1
        if self.doc[i].text == ")":
            while i > self.sent.start and self.doc[i].text != "(":
                i -= 1
            i -= 1
        m = self.mention(self.doc[i]) if i >= self.sent.start else None
        if m is None or m.type in ("weapon",) or m.is_demonym or m.actor.id in exclude:
            return []
        return [Arg(m.actor, m.start)]

    def _platform_role(self, token) -> tuple[bool, bool]:
        """Does ``token`` act (subject, by-phrase), or is it hit ("shot down a Russian warplane", "rammed a
        Philippine boat", "closed its airspace to X jets")? A platform that does either is its state's."""
        # "Polish F-16s and Dutch F-35s shot down": both act (not "drones supplied to Azerbaijan and Iranian drones
        # supplied to Armenia", the second platform misread as a conjunct of a state)
        while token.dep_ == "conj" and token.head != token and (
                (m := self.mention(token.head)) is None or m.type == "weapon"):
            token = token.head
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in self.lex.noun_class["volleys"]:
            token = token.head.head  # "a barrage of Russian missiles hit Kyiv": the volley acts
        acting = token.dep_ == "nsubj" or (token.dep_ == "pobj" and token.head.dep_ == "agent")
        hit = token.dep_ in ("dobj", "nsubjpass") and any(
            "ATTACK" in t.predicates_for(None) for t in self.lex.verbs_for(token.head.lemma_.lower())) or (
            token.dep_ == "pobj" and token.head.lower_ in ("to", "at", "against"))
        return acting, hit

    def _modifier_actors(self, noun, types=None) -> list[Arg]:
        """Actors among the words that qualify ``noun`` (its left-hand compounds, adjectives and
        possessor, and an of- or from-phrase): "the *Bishkek* and *Dushanbe* administrations",
        "troops from the *CSTO*". ``types`` limits the actor types (None: any but weapons)."""
        found = []

        def fits(m):
            return m is not None and m.type not in ("weapon", "person") and (types is None or m.type in types)

        for child in noun.children:
            if child.dep_ == "poss" and child.lower_ == "whose" and (antecedent := antecedent_of(child)) is not None:
                # "the Arab League, whose foreign ministers backed ...": the ministers are the League's
                found += [a for a in self.actors(antecedent, "strict")  # "Turkey and Armenia, whose envoys met"
                          if a.actor.type not in ("weapon", "person") and (types is None or a.actor.type in types)]
            elif child.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod"):
                # "the area close to the Afghan border" is not Afghan: a place near another is not in it
                # (but "forces loyal to Damascus" are Damascus's)
                near = child.dep_ == "amod" and child.lower_ in ("close", "near", "adjacent", "next", "nearby") and \
                    any(c.dep_ == "prep" for c in child.children)
                if child.dep_ == "amod" and any(self._names_person(p) for c in child.children if c.dep_ == "prep"
                                                for p in prep_objects(c)):
                    continue  # "forces loyal to Libyan strongman Khalifa Haftar" are his, not Libya's
                for tok in ((child,) if near else child.subtree):
                    m = self.mention(tok)
                    if fits(m):
                        found.append(Arg(m.actor, m.start))
            elif child.dep_ == "prep" and child.lower_ in ("of", "from") and (pobj := prep_object(child)) is not None:
                for target in (pobj, *conjuncts(pobj)):
                    m = self.mention(target)
                    if fits(m):
                        found.append(Arg(m.actor, m.start))
                    elif m is None and target.lemma_.lower() in self.lex.noun_class["state_body"]:
                        found += self._modifier_actors(target, types)  # "a delegation from Myanmar's government"
        return list({a.actor.id: a for a in found}.values())

    def _led_by(self, noun) -> list[Arg]:
        """The bodies of the office-holders who qualify ``noun`` ("*Erdogan's* government"): the
        office given in this sentence, else the one the gazetteer knows."""
        found = []
        for child in noun.children:
            m = self.mention(child) if child.dep_ in ("poss", "compound") else None
            if m is None or m.type != "person":
                continue
            office = self.affiliation.get(m.actor.id) or self._known_affiliation(m)
            if office is not None:
                found.append(Arg(office.actor, m.start))
        return found

    def _leaders(self, noun) -> list[Arg]:
        """Who leads an unnamed group described as "X-led" ("the US-led coalition")."""
        found = []
        for i in range(max(noun.left_edge.i, self.sent.start + 2), noun.i):
            spec = self.lex.participles.get(self.doc[i].lower_)
            if spec is None or spec[0] != "LEADS" or spec[1] != "left" or self.doc[i - 1].text not in ("-", "–"):
                continue
            m = self.mention(self.doc[i - 2])
            if m is not None and m.type in ("state", "organization", "armed_group"):
                found.append(Arg(m.actor, m.start))
        return found

    def _compound_names(self, noun) -> list[Arg]:
        found = []
        for child in noun.children:
            if child.dep_ in ("compound", "amod") and (m := self.mention(child)) is not None and m.type != "weapon":
                found.append(Arg(m.actor, m.start))
        return found

    def _position(self, token) -> int:
        return self.offset + token.idx

