"""Words that point back: pronouns, "the two countries", "the kingdom", "followed suit"."""

from __future__ import annotations

from diplograph.gazetteer import PLACE
from diplograph.graph.model import Actor
from diplograph.loaders.articles.apposed_we import apposed_sides
from diplograph.loaders.articles.binding import subject_people
from diplograph.loaders.articles.candidates import Arg, Found
from diplograph.loaders.articles.continued_quotes import continued_speaker
from diplograph.loaders.articles.met_pairs import met_pair
from diplograph.loaders.articles.place_references import own_ground
from diplograph.loaders.articles.titles import is_title
from diplograph.loaders.articles.unstated_offices import portfolio_ministry, portfolio_phrase
from diplograph.loaders.articles.syntax import (
    DEAL_REACH,
    SPEECH,
    STATE_STYLES,
    SUBJ,
    backed_in,
    by_agents,
    expletive,
    governing_clauses,
    prep_objects,
    speaking_verb,
    within_clause,
)

RANKS_REACH = 400  # characters back to the armed group whose fighters "its fighters" are: the sentence or two before
FOLLOW_REACH = 250  # characters back from "X followed" to the end of the sentence whose acts it repeats


class References:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _speakers_side(self, token) -> list[Arg]:
        """"Mirzoyan said: 'We are buying weapons from France'": a first-person plural in what someone
        says is the state or body they speak for (the speaker's office in this document, or the
        speaker when it is a state or body); nothing when no one is said to speak."""
        if named := apposed_sides(token, self.mention, self.ctx, self._position(token)):  # "We, the Governments of A and B"
            return [Arg(a, token.i * 1000 + n, reference=token.i) for n, a in enumerate(named)]
        if getattr(self, "_reading_speaker", False):
            return []  # "our president said we ...": the speaker is not read through the pronoun again
        self._reading_speaker = True
        try:
            return self._speaker_state(token)
        finally:
            self._reading_speaker = False

    def _speaker_state(self, token) -> list[Arg]:
        speaking = self.lex.modality["reported"]["verbs"]
        for clause in governing_clauses(token):
            if clause.lemma_.lower() not in speaking:
                continue
            for subj in (c for c in clause.children if c.dep_ == "nsubj"
                         and self.lex.pronouns.get(c.lower_) != ("speaker",)):  # "we said": no one else speaks
                for arg in self.actors(subj, "strict"):
                    if arg.actor.type == "person":
                        side = self.affiliation.get(arg.actor.id)
                        state = side.actor if side is not None else self.ctx.serves.get(arg.actor.id)
                        if state is not None:
                            return [Arg(state, token.i)]
                    elif arg.actor.type in ("state", "organization", "armed_group") and not arg.proxy:
                        return [Arg(arg.actor, token.i)]
            return []
        # "A (Foreign Minister Ararat Mirzoyan): We are closer than ever ...": the turn's speaker
        speaker = self.ctx.turn_speaker or continued_speaker(token, self.ctx, speaking, self.offset)
        return [Arg(speaker, token.i)] if speaker is not None else []

    def _pronoun(self, token, exclude) -> list[Arg]:
        """The actor(s) a pronoun stands for. The referent does not depend on what the caller
        looks for: "their allies" after "the two countries" is none of the two countries' names."""
        if token.i in self._resolving:
            return []  # "These leaders of M23 and the majority of their fighters": not through itself
        self._resolving.add(token.i)
        try:
            found = self._referent(token)
        finally:
            self._resolving.discard(token.i)
        if any(a.actor.id in exclude for a in found):
            return []
        return found

    def _referent(self, token, exclude=()) -> list[Arg]:
        types = self.lex.pronouns.get(token.lower_)
        if not types:
            return []
        if owned := self.mission_owner(token, types, exclude):
            return owned  # "NATO launched an operation ... committed ships to it" (owned_missions.py)
        if token.lower_ == "its" and token.dep_ == "poss" and "state" in types and token.head.lemma_.lower() in (
                self.lex.noun_class["sovereign_space"] | {"territory", "soil"}):
            types = ("state",)  # "accused Pakistan of air strikes on its territory", "violated its airspace"
        elif token.lower_ == "its" and token.dep_ == "poss" and token.head.lemma_.lower() in \
                self.lex.noun_class["court_powers"]:
            types = ("organization",)  # "Togo does not accept its jurisdiction": the court's named before
        if types == ("speaker",):
            return self._speakers_side(token)
        backed = backed_in(token, self.lex.noun_class["backing_in"])
        if token.dep_ == "poss" and (token.lower_ in ("its", "their") and token.head.dep_ == "conj" or backed):
            # "strikes on Hamas and its backer, Iran", "the US and its allies": the pronoun of a conjunct is
            # the conjunct before it, not the subject of the clause or the actor the text named last; "backed
            # Russia in its war on Ukraine": the one backed in it
            first = [a for a in self.actors(backed or token.head.head, "strict", exclude) if a.actor.type in types]
            if first:
                return first[:1] if token.lower_ == "its" else first
        if token.dep_ == "expl" or (token.lower_ == "it" and expletive(token)):
            return []
        if types == ("person",):  # (never one its own clause's subject names: "the Biden team accused him")
            exclude = (*exclude, *subject_people(token, self.mention))
            if token.dep_ in ("dobj", "dative"):  # "Macron received him": not Macron, nor his state
                exclude = (*exclude, *self._own_doers(token))
            # "Yunus went to Beijing and met Xi, and his remark ...": the person a clause before it is about,
            # not the one named last
            for subj in sorted((t for t in self.tokens if t.dep_ in ("nsubj", "nsubjpass") and t.right_edge.i < token.i
                                and t.lower_ not in self.lex.pronouns), key=lambda t: -t.i):
                people = [a for a in self.actors(subj, "strict", exclude) if a.actor.type == "person" and a.actor.id not in exclude]
                if people:
                    return people[:1]
            title = self._unnamed_holder_before(token)
            if title is not None:  # the state the title names acts (none named: no one the text knows)
                state = self._title_state(title, exclude) if title.dep_ in SUBJ else None
                return [Arg(state, token.i)] if state is not None else []
            holder = self._unnamed_holder_spoke(token)
            if holder is not None:
                return holder
            actor = self._subject_going_on(token, types, exclude) or \
                self.ctx.recent_by_type_order(types, self._position(token), exclude)
            return [Arg(actor, token.i)] if actor else []
        judged = self._judged_for(token, types, exclude) or self._accused_over(token, exclude) or \
            self._acted_on_again(token, types, exclude) or self._downed_weapons(token, exclude) or \
            self._judged_owner(token, types, exclude)
        if judged:
            return judged
        # "Israel never claimed the strike, but Tehran held it responsible": an object pronoun is never the
        # subject of its own clause (that would be "itself")
        own = self._object_verb(token) if token.lower_ in ("it", "them", "him", "her") else None
        envoys = token.head if token.dep_ == "poss" and token.head.dep_ == "dobj" and \
            token.head.lemma_.lower() in self.lex.noun_class["envoy"] else None
        if envoys is not None and envoys.head.lemma_.lower() in self.lex.noun_class["expelling"]:
            # "Pakistan blamed India and expelled its diplomats": no one expels their own envoys, so "its" is
            # the state named last before it that is not the expeller
            doers = {a.actor.id for a in self.agent(envoys.head)}
            other = next((m for m in reversed(self.mentions) if m.start < token.i and m.type == "state"
                          and m.actor.id not in doers and m.actor.id not in exclude), None)
            return [Arg(other.actor, other.start)] if other is not None else []
        if (struck := self._struck_owner(token, types, exclude)) is not None:
            return struck  # "Israel struck its air defences": not Israel's own (struck_possessions.py)
        # "Iran unveiled a factory for its drones": the subject of the pronoun's own clause,
        # or of the clause that governs it ("Turkey ... although it is developing").
        for clause in governing_clauses(token):
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            # (a participle's doer: "women kidnapped by Hamas in its raid"; a thing made: "the jet is built by X with its
            # partners" is X's)
            things = subjects and not any(self.actors(c, "strict", exclude) for c in subjects)
            for subj in (subjects + by_agents(clause) if things else subjects) or by_agents(clause):
                if subj.i == token.i or subj.i > token.i or subj.head == own:
                    continue
                named = self.actors(subj, "strict", exclude)
                args = [a for a in named if a.actor.type in types]
                if args:
                    return args[:1] if token.lower_ in ("it", "its", "itself") else args
                if named and token.lower_ == "their":
                    return []  # "Both leaders expressed their support": the leaders', who may not hold it
                if token.lower_ == "their" and subj.tag_ == "NNS" and subj.pos_ == "NOUN" and \
                        token.head.dep_ not in SUBJ and self._shares_subject(token, clause) and \
                        not self.actors(subj, "strict") and not any(c.dep_ == "poss" for c in subj.children):
                    # "members condemned the strikes and expressed their solidarity with Qatar": the members',
                    # whoever they are, not the last actors the text named
                    return []
        for subj in sorted((t for t in self.tokens if t.dep_ in ("nsubj", "nsubjpass") and t.i < token.i),
                           key=lambda t: -t.i):
            if subj.lower_ in self.lex.pronouns or subj.head == own:
                continue
            args = [a for a in self.actors(subj, "strict", exclude) if a.actor.type in types and not a.proxy]
            if args:
                return args[:1] if token.lower_ in ("it", "its", "itself") else args
        if token.dep_ == "poss" and token.head.lemma_.lower() in self.lex.noun_class["group_ranks"] and \
                "armed_group" in types:
            # "The ELN is the last guerrilla group in Colombia. On 16 January its fighters launched an
            # offensive": fighters and commanders are an armed group's when one was named just before
            group = self.ctx.recent_within(("armed_group",), self._position(token), RANKS_REACH, exclude)
            if group is not None:
                return [Arg(group, token.i)]
        plural = token.lower_ in ("they", "them", "their")
        acting = token.dep_ in SUBJ or token.dep_ == "poss" and token.head.dep_ in SUBJ
        listed = self.ctx.last_group(("state",), self._position(token), window=400) if plural and acting else []
        if len(listed) >= 3 and not {a.id for a in listed} & set(exclude):
            # "Japan, the United Kingdom and Italy are developing a fighter ... they signed": the list acts
            return [Arg(a, token.i * 1000 + n, reference=token.i) for n, a in enumerate(listed)]
        if plural:
            pair = self.ctx.recent(("state",), 2, self._position(token), exclude, window=400)
            if pair and self._coordinated_recently(pair, token):
                # "They welcomed the deal", "Their leaders met": the two act together; "their race" is not
                # enough to pair them (the owner of a thing is too often only one of the two named last)
                acting = token.dep_ in SUBJ or token.dep_ == "poss" and token.head.dep_ in SUBJ
                return [Arg(a, token.i * 1000 + n if acting else token.i, reference=token.i if acting else -1)
                        for n, a in enumerate(pair)]
            # "X met Y. They agreed ...": the two who met, never coordinated (met_pairs.py)
            if acting and (met := met_pair(self.ctx, self._position(token), ("state", "person"), exclude)):
                return [Arg(a, token.i * 1000 + n, reference=token.i) for n, a in enumerate(met)]
        chained = self.ctx.main_pronoun
        if token.lower_ == "it" and token.dep_ in SUBJ and token.head.dep_ == "ROOT" and chained is not None and \
                chained[0] >= (self.ctx.paragraph_start or 0) and chained[1].type in types and chained[1].id not in exclude:
            # "Egypt recalls ... It took part in talks ... that Ethiopia declined to sign. It then joined ...": the
            # sentence before says "It" of whom this one does, not of the subject of its last clause
            return [Arg(chained[1], token.i)]
        if own is not None:
            return self._object_referent(token, types, exclude)
        actor = self.ctx.last_subject(types, self._position(token), exclude) or \
            self.ctx.recent_by_type_order(types, self._position(token), exclude)
        return [Arg(actor, token.i)] if actor else []

    def _accused_over(self, token, exclude) -> list[Arg]:
        """"Sudan launched a case against the UAE over its support for the RSF", "sanctions against Iran for its
        drone sales": a possessive in what a case or measure against someone is over is that someone's."""
        if token.dep_ != "poss" or token.head.dep_ != "pobj" or token.head.head.lower_ not in ("over", "for"):
            return []
        holder = token.head.head.head
        nodes = (holder, holder.head, *(c for c in holder.children if c.dep_ == "dobj"))
        accused = {a.actor.id: a for node in nodes for c in node.children
                   if c.dep_ == "prep" and c.lower_ == "against" and c.i < token.i
                   for o in prep_objects(c) for a in self.actors(o, "strict", exclude)}
        return [Arg(a.actor, token.i) for a in accused.values()] if len(accused) == 1 else []

    def _other_than_doers(self, verb, token, types, exclude) -> Arg | None:
        """"Petro suspended the talks with the ELN, accusing its commanders of war crimes": no one judges
        or strikes their own, so the possessive on the object is the actor named last before it in the
        sentence that is neither the doer nor the state or body the doer serves; None when there is none."""
        doers = {a.actor.id for a in self.agent(verb)}
        for a in self.agent(verb):
            office = self._office_of(a.actor) if a.actor.type == "person" else None
            if office is not None:
                doers.add(office.id)
        other = next((m for m in reversed(self.mentions) if m.end <= token.i and m.type in types and not m.is_demonym
                      and m.actor.id not in doers and m.actor.id not in exclude), None)
        return Arg(other.actor, other.start) if other is not None and doers else None

    @staticmethod
    def _shares_subject(token, clause) -> bool:
        """Is ``clause`` the subject-bearing verb of the clause the pronoun stands in: that clause itself, or the
        verb it is coordinated with when it has no subject of its own ("members condemned X and expressed their")?"""
        own = next(iter(governing_clauses(token)), None)
        if own is None or own == clause:
            return own is not None
        return own.dep_ == "conj" and own.head == clause and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in own.children)

    def note_led_subject(self) -> None:
        """"Noboa's government says it had no choice. Its foreign minister ...": a main clause's subject that
        stands for a state without naming it (a government named after its head) is what the next sentence's
        "its" or bare title points back to."""
        for token in self.tokens:
            if token.dep_ != "nsubj" or token.head.dep_ != "ROOT" or token.i in self.by_token or \
                    token.lemma_.lower() not in self.lex.noun_class["led_government_heads"]:
                continue
            states = {a.actor.id: a.actor for a in self._led_by(token) if a.actor.type == "state"}
            if len(states) == 1:
                state, at = next(iter(states.values())), self._position(token)
                self.ctx.note(state, at, subject=True)
                self.ctx.main_subject = (at, state)

    def _coordinated_recently(self, pair, token) -> bool:
        ids = {a.id for a in pair}
        groups = {}
        for s in self.ctx.seen:
            if s.position < self._position(token) and s.group is not None and s.actor_id in ids:
                groups.setdefault(s.group, set()).add(s.actor_id)
        return any(v == ids for v in groups.values())

    def _reference(self, token, exclude) -> list[Arg] | None:
        """"the two countries", "both sides", "the group", "all three": the most recent fitting actors."""
        if token.pos_ not in ("NOUN", "PROPN") and not (
                token.like_num and token.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")):  # "all three were suspended"
            return None
        # "The member states condemned ...": the body they make up; "the visitors", "the host" of the visit told
        # last; "take over the chair": the body the document is about
        for read in (self._members_body, self._host_or_guest, self._chair_body):
            if (found := read(token, exclude)) is not None:
                return found
        # "all three states": the parser hangs "all" on the number
        dets = [w for c in token.children if c.dep_ in ("det", "nummod", "predet") or c.lower_ == "both"
                for w in (*(q.lower_ for q in c.children if c.dep_ == "nummod" and q.dep_ == "quantmod"), c.lower_)]
        if not dets and not (token.dep_ in SUBJ and token.tag_ in ("NNS", "NNPS") and  # (not "whose ministers")
                             token.lower_ in self.lex.noun_class["bare_plural_references"] and
                             not any(c.dep_ == "poss" for c in token.children)):
            return None
        key = " ".join([*(dets or ["the"]), token.lower_])
        determiner = next((c for c in token.lefts if c.dep_ == "det"), None)
        phrase = " ".join(t.lower_ for t in self.doc[determiner.i:token.i + 1]) if determiner is not None else ""
        armed = None
        if phrase in self.lex.armed_references:
            armed = self._army_state(token)
            offices = {a.actor.id: a.actor for a in self.affiliation.values() if a.actor.type == "state"}
            if armed is None and len(offices) == 1:  # "its defence minister, X, says the army may strike"
                armed = next(iter(offices.values()))
            armed = armed or self._army_home(token)  # no forces named yet: the dateline's, the document's state
        top = token.head if token.dep_ == "conj" else token
        acting = top.dep_ in SUBJ or top.dep_ == "pobj" and top.head.lower_ == "by"
        if phrase in self.lex.bare_ministries and acting and not any(  # ("the Ministry of Foreign Affairs" is bare)
                c.dep_ == "prep" and c.lower_ in ("in", "of", "at") and not portfolio_phrase(c, self.mention)
                for c in token.children):
            # "the Treasury sanctioned X": whose ministries the text names around it; never what is acted on ("Israel hit
            # the defence ministry" is not Israel's own), nor "the defence ministry in Damascus", which says whose
            actor = self._ministry_state(token, portfolio_ministry(token, self.lex) if phrase == "the ministry" else
                                         phrase.removeprefix("the "))
            return [Arg(actor, token.i)] if actor is not None and actor.id not in exclude else []
        if phrase in self.lex.go_between_references:  # "the guarantor countries": the go-betweens told
            found = [a for a in self.ctx.mediators_told(self._position(token)) if a.id not in exclude]
            return [Arg(a, token.i * 1000 + n, reference=token.i) for n, a in enumerate(found)] \
                if len(found) > 1 else [Arg(a, token.i) for a in found]
        if armed is not None:  # "the army": the state whose forces the text named last
            self._keep(token, armed)  # "the military regime ... the regime's air campaign": still that state
            return [Arg(armed, token.i)] if armed.id not in exclude else []
        if determiner is not None and determiner.lower_ == "the" and token.lemma_.lower() in self.lex.noun_class["combatants"]:
            group = self.ctx.last_combatants(self._position(token),
                                             self.lex.combatant_family.get(token.lemma_.lower(), token.lemma_.lower()))
            if group is not None:  # "the rebels": the group the text last called rebels or separatists
                return [Arg(group, token.i)] if group.id not in exclude else []
        if key in self.lex.named_heads:  # "the court" after "the International Court of Justice", or nothing
            body = self.ctx.recent_styled(token.text.title(), ("organization", "armed_group"), self._position(token),
                                          exclude)
            own = [c.text for c in token.children if c.dep_ in ("compound", "amod") and c.text[:1].isupper()]
            if body is not None and any(word not in body.name for word in own):
                return []  # "the Constitutional Court" after "the International Court of Justice": another court
            return [Arg(body, token.i)] if body is not None else None
        of_phrase = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj" and not list(g.children)), None)
        # "the heads of state", "the three heads of government": the of-phrase is part of the phrase
        spec = self.lex.references.get(f"{key} of {of_phrase.lower_}") if of_phrase is not None else None
        of_key = spec is not None
        spec = spec or self.lex.references.get(key)
        if spec is None or spec[0] == 0 and token.dep_ in ("poss", "compound") and token.head.text[:1].isupper():
            return None  # (a word of a name: "the Quad Leaders' Summit", "the Parties Conference")
        named = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod", "poss") and c.text[:1].isupper()
                 and not any(t.text in ("-", "–") for t in c.subtree)  # "the Western-backed government" still points back
                 and not (spec[0] != 1 and self.mention(c) is None and c.lower_ in self.lex.noun_class["region_adjectives"])]
        mentioned = [self.mention(c) for c in named]
        if named and not all(m is not None and m.type not in spec[1] for m in mentioned):
            # "the Houthi rebels" names them; "the Tuareg rebels" is someone new: neither points
            # back ("the Turkish company" does: the demonym only says which company)
            found = [Arg(m.actor, m.start) for m in mentioned if m is not None and m.type in spec[1]]
            if spec[0] == 1 and len(found) == 1:  # "the Malian junta ... the junta"
                self._keep(token, found[0].actor)
            return found or None
        count, types = spec
        states = [m for m in mentioned if m is not None and m.type == "state" and m.kind != PLACE]
        if states and tuple(types) == ("company",):  # "the Turkish firm": not the French firm named last
            exclude = {*exclude, *self.ctx.firms_of_other_states(states[0].actor.id, self._position(token))}
        if not of_key and any(c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" for g in c.children)
                              for c in token.children):
            return None  # "the country of origin": not a reference to an actor
        # "the small state, which China claims": a noun is never the one its own relative clause names
        exclude = {*exclude, *(m.actor.id for c in token.children if c.dep_ == "relcl" for t in c.subtree
                                if (m := self.mention(t)) is not None), *self._distinct_from(token)}
        before = self._position(token)
        if count == 1 and tuple(types) == ("state",) and token.dep_ in SUBJ:
            # "Peru quarrels with Chile. The authorities expelled two Chilean diplomats": a state the phrase's own
            # clause names beside it is not the one it stands for (not one a clause joined to it names: "said the
            # kingdom would cooperate with X, but would not say what Tonga was promised")
            own = {t.i for t in token.subtree}
            exclude = {*exclude, *(m.actor.id for t in within_clause(token.head) if t.i not in own and
                                   (m := self.mention(t)) is not None and m.type == "state" and m.kind != PLACE
                                   and not _where(t, m))}  # "The emirate hosted the talks in Doha": still Qatar
        if count == 1 and any(c.dep_ == "amod" for c in token.children) and \
                (speaking := speaking_verb(token, SPEECH)) is not None:
            # "South Korean agencies said soldiers from the reclusive state were sent": a description in what
            # someone says is not the speaker's own
            exclude = {*exclude, *(m.actor.id for c in speaking.children if c.dep_ in SUBJ for t in c.subtree
                                   if (m := self.mention(t)) is not None and m.type == "state")}
        if count == 1:
            # "the kingdom" is the monarchy the document is about, else the one it has named most often
            # ("Kingdom of Saudi Arabia"; the latest on a tie), if any was
            actor = self._home_government(token, exclude) or self._kept(token, exclude) or \
                self.place_reference(token, types, before, exclude)
            if token.lower_ in STATE_STYLES:
                home = self.ctx.dominant_state(before)
                styled = home is not None and home.id not in exclude and any(
                    token.text.title() in name.split() for name in (home.name, *home.aliases))
                actor = home if styled else self.ctx.most_named_styled(token.text.title(), types, before, exclude)
            generic = self.lex.short_form_not | self.lex.classes("ngo", "company")
            if actor is None and token.lower_ not in STATE_STYLES and token.lower_ not in generic:
                # "the alliance" after "the Three Brotherhood Alliance": the body its head word names
                actor = self.ctx.recent_styled(token.text.title(), (*types, "armed_group", "organization"), before,
                                               exclude)
            actor = actor or self._speakers_state(token, types, exclude)
            if tuple(types) == ("company",):  # "X is a joint venture of A and B ... the company": X, the topic
                actor = actor or self.ctx.recent_subject(types, before, 400, exclude)
            if tuple(types) == ("organization",) and self.ctx.paragraph_start is not None:
                # "Mercosur ... signed a deal with EFTA. EFTA's members are ... The bloc's agreement with the EU":
                # the body the paragraph is about (its subject), not the one named last
                actor = actor or self.ctx.recent_subject(types, before, before - self.ctx.paragraph_start, exclude)
            if token.lower_ in STATE_STYLES:  # "the emirate": a monarchy of that style, never a republic named last
                actor = actor or self._style_member(token, before, exclude)
            elif any(c.dep_ == "amod" for c in token.children) and tuple(types) == ("state",):
                # "the reclusive state", "the oil-rich kingdom": a description of the state the text is about, the
                # subject it told last, rather than of whichever was named last
                actor = actor or self.ctx.last_subject(types, before, exclude)
            if actor is None and self._refers_to_co_argument(token, types, before, exclude):
                return []  # "signed a ceasefire with the ELN, the first with the group" (own_referents.py)
            if token.lower_ not in STATE_STYLES:
                # (no state named yet: "KYIV (Reuters) - The government said", the dateline's)
                actor = actor or self.ctx.recent_single(types, before, exclude, token.lower_ in self.lex.noun_class[
                    "kind_rivals"]) or self._dateline_state(types, exclude)
            found = [actor] if actor else []
            if actor is not None:
                self._keep(token, actor)
        elif count == 0:  # "the Parties", "the Heads of State": the list named last, else the pair (never for a bare
            # "ministers", whose pair may be a body's members: "A and B blocked it, so foreign ministers agreed ...")
            found = self.ctx.last_list(types, before, exclude) or (self._sides(token, 2, types, exclude, before)
                                                                   if dets else [])
        else:
            found = self._sides(token, count, types, exclude, before)
            if not found and tuple(types) == ("person",) and is_title(token.lemma_.lower(), self.lex):
                found = self._sides(token, count, ("state",), exclude, before)  # "A and B signed ... The two leaders"
        if not found:
            return []
        self.ctx.note_reference(found, before)
        if len(found) == 1:
            return [Arg(found[0], token.i)]
        return [Arg(a, token.i * 1000 + n, reference=token.i) for n, a in enumerate(found)]

    def _ministries_named(self) -> list[tuple[int, Actor, str]]:
        """The ministries this sentence names with their state: "the White House", "the US Treasury" ("treasury"),
        "Mexico's finance ministry" ("finance ministry")."""
        found = []
        for m in self.mentions:
            if m.type != "state":
                continue
            token = self.doc[m.start:m.end].root
            text = m.text.lower()
            names = sorted((n.lower() for n in (m.actor.name, *m.actor.aliases)), key=len, reverse=True)
            own = next((text[len(n):].strip(" '’s") for n in names if text.startswith(n + " ")), text)
            if own in self.lex.ministry_heads or own.split()[-1] in self.lex.ministry_heads:
                words = own  # "the White House", "the US Treasury" (one name): "treasury"
            elif token.dep_ in ("poss", "compound", "amod", "nmod") and token.head.lower_ in self.lex.ministry_heads:
                words = " ".join([*(c.lower_ for c in token.head.lefts if c.dep_ in ("compound", "amod") and c.i != token.i),
                                  token.head.lower_])
            elif (owner := _of_owner(token)) is not None and owner.lower_ in self.lex.ministry_heads:
                words = owner.lower_  # "the Ministry of Economy of Ukraine"
            else:
                continue
            found.append((self._position(self.doc[m.start]), m.actor, words))
        return found

    def note_main_pronoun(self) -> None:
        """Whom this sentence's main subject "It" stands for, for an "It" opening the next one; another main
        subject ends the chain."""
        subjects = [t for t in self.tokens if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
        if not subjects:
            return
        found = self._pronoun(subjects[0], ()) if subjects[0].lower_ == "it" else []
        self.ctx.main_pronoun = (self._position(subjects[0]), found[0].actor) if len(found) == 1 else None

    def note_ministries(self) -> None:
        self.ctx.ministries += self._ministries_named()

    def _ministry_state(self, token, words: str) -> Actor | None:
        """Whose "the Treasury" is: the state whose same ministry the text named before ("the US Treasury"), else the
        one state whose ministries it named in this paragraph or the one before ("the State Department suspended ...
        and the Treasury sanctioned"), else, none named there, the one state whose ministries it named before at all,
        else, none named, the state of a wire story's dateline."""
        before = self._position(token)
        named = [(at, actor, w) for at, actor, w in (*self.ctx.ministries, *self._ministries_named()) if at < before]
        same = [actor for _, actor, w in named if w == words or words == "ministry" and w.endswith(words)]
        if same:
            return same[-1]
        since = next((p for p in (self.ctx.previous_paragraph, self.ctx.paragraph_start) if p is not None), before)
        states = {actor.id: actor for at, actor, _ in named if since <= at} or {actor.id: actor for _, actor, _ in named}
        if len(states) == 1:  # near, else anywhere before: one state's ministries only
            return next(iter(states.values()))
        if states or self.ctx.dateline is not None:
            return self.ctx.dateline if not states else None
        # "Peru recalled its ambassador from Mexico. The foreign ministry accused Mexico ...": no ministry named
        # anywhere, the state the paragraph's last main clause was about, unless its own clause acts on it
        last, start = self.ctx.main_subject, self.ctx.paragraph_start
        acted_on = {m.actor.id for t in token.head.subtree if (m := self.mention(t)) is not None and not own_ground(t, self.lex)}
        return last[1] if last is not None and start is not None and start <= last[0] < before and \
            last[1].id not in acted_on else None

    def _keep(self, token, actor: Actor) -> None:
        """Remember whom "the junta" (a phrase of ``kept_references``) stands for, for the rest of the section."""
        if f"the {token.lower_}" in self.lex.kept_references:
            self.ctx.kept[f"the {token.lower_}"] = (self._position(token), actor)

    def _kept(self, token, exclude) -> Actor | None:
        """The actor "the junta" stood for earlier in this section ("The junta broke ties with France ... Russia's
        influence while supporting the junta": still Mali)."""
        kept = self.ctx.kept.get(f"the {token.lower_}")
        if kept is None or kept[0] < self.ctx.section_start or kept[1].id in exclude:
            return None
        return kept[1]

    def note_kept_heads(self) -> None:
        """"the hiring by the Malian junta ... welcomed by the ruling junta": a phrase of a kept reference's head
        word that names its one state or body (read as a name, with no reference) is whom a later "the junta"
        stands for in the section."""
        for token in self.tokens:
            phrase = f"the {token.lower_}"
            if phrase not in self.lex.kept_references or token.pos_ != "NOUN":
                continue
            named = {m.actor.id: m.actor for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod")
                     and (m := self.mention(c)) is not None and m.type in ("state", "organization")}
            if len(named) == 1:
                self.ctx.kept[phrase] = (self._position(token), next(iter(named.values())))

    def _speakers_state(self, token, types, exclude) -> Actor | None:
        """"Taiwan's foreign ministry said the country would ...": in what a state (or its body or
        official) says, "the country" is the speaker's own."""
        if "state" not in types or any(c.dep_ == "amod" for c in token.children):
            return None  # ("the reclusive state", "the oil-rich kingdom" describe someone, not the speaker's own)
        verb = speaking_verb(token, SPEECH)
        if verb is None or any(token in c.subtree for c in verb.children if c.dep_ in SUBJ or c.dep_ == "agent"):
            return None  # the phrase is (in) who speaks, not in what is said
        speakers = [a for a in self.agent(verb, exclude) if a.actor.type == "state"]
        return speakers[0].actor if len({a.actor.id for a in speakers}) == 1 else None

    def _followed_suit(self) -> None:
        """"Bamako cut ties with Kyiv on 4 August. Niger followed two days later": the follower does
        what the sentence before told, to the same actors."""
        for verb in (t for t in self.tokens if t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG"
                     and t.dep_ in ("ROOT", "conj")):  # not "following the commitments"
            lemma = verb.lemma_.lower()
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            if self._in_kind(verb):
                self._answered_in_kind(verb)
                continue
            if lemma == "follow":
                if any(o.lemma_.lower() not in ("suit", "lead", "example") for o in objects) or \
                        any(c.dep_ in ("prep", "prt") and c.lower_ in ("with", "by", "up", "through") for c in verb.children):
                    continue  # "Niger followed the talks", "Kazakhstan followed with deals of its own": other acts
            elif not (lemma == "do" and any(o.lower_ in ("same", "likewise") for o in objects)) and \
                    not (lemma == "do" and any(c.lower_ in ("likewise", "so") for c in verb.children if c.dep_ == "advmod")):
                continue  # "Lesotho did the same", "Nauru did likewise"
            # an act told earlier in this sentence ("A cut ties with X, and B did the same"), else the last one
            here = [(f.predicate, f.object) for f in self.found if f.trigger is not None and f.trigger.i < verb.i
                    and f.predicate != "AFFILIATED_WITH"]
            # (what was told before a heading or further back than a sentence or two is not what one follows:
            # "## Who used Article 4? ... Warsaw invoked it. Estonia followed" does not repeat the drones' strike)
            told = self.ctx.last_acts if self.ctx.last_acts_at >= self.ctx.section_start and \
                self._position(verb) - self.ctx.last_acts_at <= FOLLOW_REACH else []
            last = list({(p, o.id): (p, o) for p, o in here}.values()) or told
            for follower in self.agent(verb):
                for predicate, obj in last:
                    if obj.id != follower.actor.id and self._fitting((predicate,), follower.actor, obj):
                        self.found.append(Found(follower.actor, predicate, obj, verb, "followed-suit"))

    def _in_kind(self, verb) -> bool:
        """"Port Sudan answered in kind", "Moscow retaliated in kind", "Ankara reciprocated"."""
        lemma = verb.lemma_.lower()
        if lemma == "reciprocate" and not any(c.dep_ == "dobj" for c in verb.children):
            return True
        return lemma in ("answer", "respond", "reply", "retaliate", "react") and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "kind" for g in c.children) for c in verb.children)

    def _answered_in_kind(self, verb) -> None:
        """The answerer does back to the doer what the doer did to it, in the acts told within the
        last few sentences."""
        here = self._position(verb)
        for answerer in self.agent(verb):
            done = [(at, p, doer) for at, p, doer, other in self.ctx.told if 0 < here - at <= DEAL_REACH
                    and other.id == answerer.actor.id and doer.id != answerer.actor.id
                    and self.onto.predicate(p).family != "structural"]  # acts are answered, not borders
            last = max((at for at, _, _ in done), default=None)  # the act told last, not every earlier one
            for predicate, doer in {(p, d.id): (p, d) for at, p, d in done if at == last}.values():
                if self._fitting((predicate,), answerer.actor, doer):
                    self.found.append(Found(answerer.actor, predicate, doer, verb, "answered-in-kind"))

    def _colleagues(self, a: Actor, b: Actor) -> bool:
        """Two persons who serve the same state or body (as this sentence or the gazetteer says)."""
        if a.type != "person" or b.type != "person":
            return False
        offices = []
        for person in (a, b):
            arg = self.affiliation.get(person.id)
            if arg is None:
                mention = next((m for m in self.mentions if m.actor.id == person.id), None)
                arg = self._known_affiliation(mention) if mention is not None else None
            offices.append(arg.actor.id if arg is not None else None)
        return offices[0] is not None and offices[0] == offices[1]

    def _office_known(self, person: Actor) -> Actor | None:
        """The state or body the gazetteer says ``person`` holds office in now ("Muizzu": the Maldives)."""
        entry = self.gazetteer.get(person.id) if self.gazetteer is not None else None
        office = self.gazetteer.get(entry.external_ids.get("affiliation", "")) if entry is not None else None
        return office.actor() if office is not None else None


def _of_owner(token):
    """The noun an of-phrase chain hangs ``token`` on: "Ministry" of "the Ministry of Economy of Ukraine"."""
    while token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head != token.head:
        token = token.head.head
        if token.dep_ != "pobj":
            return token
    return None


def _where(token, mention) -> bool:
    """Is a capital named where something happens ("in Doha", "at Riyadh") rather than as someone acted on?"""
    return mention.kind == "capital" and token.dep_ == "pobj" and token.head.lower_ in ("in", "at")
