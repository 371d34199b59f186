"""Constructions that are not one trigger word: "X-led Y" participles, makers of weapons,
designations, responsibility for an attack, branches of armed groups, possessed names."""

from __future__ import annotations

from diplograph.graph.model import Actor
from diplograph.loaders.articles.candidates import Arg, Found
from diplograph.loaders.articles.mentions import Mention
from diplograph.loaders.articles.named_weapons import stated_makers
from diplograph.loaders.articles.syntax import (
    SUBJ,
    WEAPON_CONTEXT,
    definite,
    is_passive,
    prep_object,
    prep_objects,
    speaking_verb,
    within_clause,
)
from diplograph.loaders.articles.titles import is_title


class Descriptions:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _possessed_names(self) -> None:
        """"Russia's ally Belarus", "Iran's main rival Saudi Arabia", "Tehran's proxy Hezbollah":
        a possessor, a relational noun of a noun trigger that relates a described actor to its
        owner, then a name. Read from the words, since parsers often split such phrases. The
        possessor may be a pronoun ("Algeria accused *its neighbour* Morocco": whom "its" stands for)."""
        for token in self.tokens:
            triggers = [t for t in self.lex.nouns_for(token.lemma_.lower()) if not t.copula_only]
            after = self.mention(self.doc[token.i + 1]) if token.i + 1 < self.sent.end else None
            if triggers and (after is None or after.start != token.i + 1):
                self._possessed_examples(token, triggers)
                continue
            if not triggers or after is None or after.type == "weapon":
                continue
            i = token.i - 1
            while i > max(self.sent.start, token.i - 5) and self.mention(self.doc[i]) is None and (
                    self.doc[i].pos_ in ("ADJ", "ADV", "NOUN") or self.doc[i].text in ("-", "–")):
                i -= 1  # "Iran's *long-time regional* rival", "Russia's *main arms* supplier"
            if i >= self.sent.start and self.doc[i].tag_ == "PRP$" and self.doc[i].lower_ in ("its", "their"):
                owners = [a for a in self.actors(self.doc[i], "strict", {after.actor.id}) if a.actor.type != "weapon"]
                if len(owners) != 1:
                    continue
                possessor = owners[0]
            elif i <= self.sent.start or self.doc[i].lower_ not in ("'s", "’s", "'"):
                continue
            else:
                owner = self.mention(self.doc[i - 1])
                if owner is None or owner.type == "weapon" or owner.actor.id == after.actor.id:
                    continue
                possessor = Arg(owner.actor, owner.start)
            owned = [Arg(after.actor, after.start)]
            if token.tag_ == "NNS":  # "its neighbours Eritrea, Sudan and Egypt": a plural noun names the whole list
                owned += [a for a in self.actors(self.doc[after.start:after.end].root, "strict", {possessor.actor.id})
                          if a.actor.id != after.actor.id and a.actor.type != "weapon"]
            for trigger in triggers:
                pattern = next((p for p in trigger.args if "owner" in (p.subject, p.object)
                                and "described" in (p.subject, p.object)), None)
                if pattern is None:
                    continue
                subjects, objects = (owned, [possessor]) if pattern.subject == "described" else ([possessor], owned)
                self._emit(subjects, objects, trigger.predicates_for(None, token.lemma_.lower()), token,
                           f"{trigger.name}:possessed")

    def _possessed_examples(self, token, triggers) -> None:
        """"Iran and its regional rivals such as Saudi Arabia", "Washington and allies like Japan and
        Australia": the owner's allies or rivals named as examples after "like" or "such as" are read
        as "its ally Japan" is. The owner is the possessor, or else the name the noun is coordinated with."""
        examples = [p for c in token.children if c.dep_ == "prep" and (
            c.lower_ == "like" or c.lower_ == "as" and any(s.lower_ == "such" for s in c.children))
            for p in prep_objects(c)]
        named = [a for p in examples for a in self.actors(p, "strict") if a.actor.type != "weapon"]
        if not named:
            return
        owners = [a for c in token.children if c.dep_ == "poss" for a in self.actors(c, "strict", coordinated=False)]
        if not any(c.dep_ == "poss" for c in token.children) and token.dep_ == "conj":
            owners = [a for a in self.actors(token.head, "strict", coordinated=False)]
        owners = [a for a in owners if a.actor.type != "weapon" and a.actor.id not in {n.actor.id for n in named}]
        if len(owners) != 1:
            return
        for trigger in triggers:
            pattern = next((p for p in trigger.args if "owner" in (p.subject, p.object)
                            and "described" in (p.subject, p.object)), None)
            if pattern is None:
                continue
            subjects, objects = (named, owners) if pattern.subject == "described" else (owners, named)
            self._emit(subjects, objects, trigger.predicates_for(None, token.lemma_.lower()), token,
                       f"{trigger.name}:possessed_examples")

    def _participles(self) -> None:
        """"the Russian-led CSTO" (LEADS), "a Pakistan-based group" (BASED_IN), "US-backed" (SUPPORT)."""
        for token in self.tokens:
            spec = self.lex.participles.get(token.lower_)
            if spec is None or token.i < 1:
                continue
            if token.i >= 2 and self.doc[token.i - 1].text in ("-", "–"):
                left = self.mention(self.doc[token.i - 2])
            elif self._unhyphenated(token):  # "an al-Qaeda affiliated group", "the Saudi led coalition"
                left = self.mention(self.doc[token.i - 1])
            else:
                continue
            if left is None or left.type == "weapon":
                continue
            head = token.head if token.head != token else None
            while head is not None and head.dep_ == "compound" and self.mention(head) is None and head.head is not head:
                head = head.head
            # (a weapon noun names no one: "Turkish drones and Chinese-supplied missiles" are not Turkey's)
            weapons = head is not None and "weapon" in self.theme_classes([head])
            right = self._qualified(head, left) if head is not None and not weapons else []
            if head is not None and head.lemma_.lower() in self.lex.noun_class.get("composed_bodies", ()):
                # "The JEF is a UK-led force of nations: A, B ...": the body said of, not the nations listed
                right = [b] if (b := self._composed_body(head)) is not None else right
            if not right and head is not None:  # "Iran-backed militias like the Badr Corps and X"
                right = self._including(head, {left.actor.id})
            if not right:
                m = self.mention(self.doc[token.i + 1]) if token.i + 1 < len(self.doc) else None
                right = [Arg(m.actor, m.start)] if m is not None and m.type != "weapon" else []
            if not right and head is not None:  # "The JEF is a UK-led force", "the JEF, a UK-led force,": said of it
                said_of = [c for c in head.head.children if c.dep_ == "nsubj"] if head.dep_ == "attr" else \
                    [head.head] if head.dep_ == "appos" else []
                right = [a for t in said_of for a in self.actors(t, "strict", {left.actor.id}) if a.actor.type != "weapon"]
            predicate, side = spec
            if not right and head is not None and token.lower_ in self.lex.noun_class["paying_participles"] and \
                    head.lemma_.lower() in self.lex.classes("holdings", "funded_works"):
                # "the Chinese-funded railway in Kenya", "Kenya's Chinese-financed railway": money put in a work
                # goes to the state it stands in (not "Iran-funded militias in Iraq": they, not Iraq, get it)
                right = self.noun_role(head, "location", exclude={left.actor.id}) or \
                    self.noun_role(head, "owner", exclude={left.actor.id})
            if not right and head is not None and predicate == "MEDIATION":  # "the EU-facilitated dialogue"
                right = self.noun_role(head, "between", exclude={left.actor.id}) or \
                    self._sides_of([head], exclude={left.actor.id}) or self._clause_pair(head, left)
            if not right and head is not None and self.onto.predicate(predicate).allows(left.type, "weapon"):
                right = self._weapon_args(head)  # "Israeli-made Kfir jets": the weapon itself
                # "the Shahed-136 is an Iranian-designed drone", "the Shahed-136, an Iranian-designed drone,": the
                # weapon the noun is said of
                said_of = [c for c in head.head.children if c.dep_ == "nsubj"] if head.dep_ == "attr" else \
                    [head.head] if head.dep_ == "appos" else []
                right = right or [a for t in said_of for a in self._weapon_args(t)]
            a = [Arg(left.actor, left.start)]
            # a description ("the Russian-led CSTO") holds whatever the sentence says about the CSTO
            if side == "left":
                self._emit(a, right, (predicate,), None, f"participle:{token.lower_}")
            else:
                self._emit(right, a, (predicate,), None, f"participle:{token.lower_}")

    @staticmethod
    def _unhyphenated(token) -> bool:
        """A participle written without its hyphen still describes the noun it stands before ("an al-Qaeda
        affiliated group"); after its noun ("the rebels Rwanda backed") or as the verb of a clause ("Iran backed
        the rebels") it is no description."""
        return token.tag_ == "VBN" and token.head.pos_ in ("NOUN", "PROPN") and token.head.i > token.i

    def _clause_pair(self, head, left) -> list[Arg]:
        """"India and Pakistan agreed to a ceasefire following US-mediated negotiations": the two or more doers
        of the clause the mediated talks serve are their sides."""
        # (the first verb above with a subject: "following" is read as a participle of "ceasefire")
        verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX") and
                     any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)), None)
        sides = self.agent(verb, {left.actor.id}) if verb is not None else []
        return sides if len({a.actor.id for a in sides}) >= 2 else []

    def _qualified(self, head, left) -> list[Arg]:
        """What an "X-backed" word qualifies: its noun and the names coordinated with it, but not one
        with its own such word ("the Turkish-backed NLF and the al-Qaeda-affiliated HTS"), nor one before it ("a
        venture between BAE Systems and Turkey-based Nurol": only Nurol is Turkey-based)."""
        found = self.actors(head, "strict", exclude={left.actor.id}, coordinated=False)
        for conj in (c for c in head.conjuncts if c.i > left.start):
            if not any((c.lower_ in self.lex.participles or c.dep_ == "amod" and c.pos_ == "VERB") and
                       c.i > 1 and self.doc[c.i - 1].text in ("-", "–") for c in conj.subtree if c.i < conj.i):
                found += self.actors(conj, "strict", exclude={left.actor.id}, coordinated=False)
        return found

    def _makers(self) -> None:
        """"Iran's Ababil-2 drone", "Türkiye's drones, such as the Bayraktar TB2", "Iranian drones
        called Ababil-2": the state or firm that qualifies a weapon makes it."""
        for mention in self.mentions:
            if mention.type != "weapon":
                continue
            node = self.doc[mention.start:mention.end].root
            heads = [node]
            for _ in range(4):
                if node.head == node:
                    break
                if node.dep_ in ("compound", "appos", "nmod", "oprd", "attr", "amod", "npadvmod"):
                    node = node.head
                elif node.dep_ == "pobj" and node.head.lower_ in ("as", "like", "including"):
                    node = node.head.head
                elif node.dep_ in ("dobj", "xcomp") and node.head.lemma_.lower() in ("call", "name", "dub", "know"):
                    node = node.head.head if node.head.dep_ == "acl" else node.head
                else:
                    break
                heads.append(node)
            makers: list[Arg] = []
            for head in heads:
                for child in head.children:
                    if child.dep_ in ("compound", "nmod") and head.dep_ == "dobj" and head.head.pos_ == "VERB" and \
                            child.left_edge.i == head.head.i + 1:
                        continue  # "sent Kyiv 40 Leopard tanks": a name right after the verb is whom they went to
                    if child.dep_ in ("poss", "amod", "compound", "nmod"):
                        m = self.mention(child)
                        if m is not None and m.type in ("state", "company") and m is not mention:
                            makers.append(Arg(m.actor, m.start))
                        elif child.dep_ == "poss" and child.lower_ in self.lex.pronouns:
                            makers += [a for a in self._pronoun(child, ()) if a.actor.type in ("state", "company")]
                    if child.dep_ == "prep" and child.lower_ == "of":  # "the K9 howitzer of Hanwha" (a state's is its own)
                        makers += [Arg(m.actor, m.start) for p in prep_objects(child)
                                   if (m := self.mention(p)) is not None and m.type == "company"]
            if not makers:  # "Iran's Shahed-136", "the Iranian Shahed-136", however parsed
                before = mention.start - 1
                if before > self.sent.start and self.doc[before].lower_ in ("'s", "’s"):
                    before -= 1
                m = self.mention(self.doc[before]) if before >= self.sent.start else None
                if m is not None and m.type in ("state", "company"):
                    makers.append(Arg(m.actor, m.start))
            if makers and makers[0].actor.type == "state" and heads[-1].dep_ == "nsubj" and heads[-1].head.pos_ == "VERB":
                continue  # "American B-2 bombers struck Fordow": a state on a weapon that acts flies it
            if makers and self._maker_fits(mention, makers[0].actor):
                self._emit(makers[:1], [Arg(mention.actor, mention.start)], ("MANUFACTURES",), None, "maker")

    def _maker_fits(self, weapon: Mention, maker: Actor) -> bool:
        """A gazetteer weapon has a known maker: only it, or the state it is based in, qualifies."""
        if weapon.entry is None:
            return True
        known = weapon.entry.external_ids.get("maker")
        if not known:
            return True
        if known == maker.id:
            return True
        entry = self.gazetteer.get(known)
        country = entry.external_ids.get("country") if entry is not None else None
        return bool(country) and maker.id == f"state:{country}"

    def known_makers(self, nouns, exclude=(), customers: bool = False) -> list[Arg]:
        """The gazetteer's maker of the weapons ``nouns`` name, and the maker's state: "Indonesia ordered
        42 Rafale fighters", "signed a contract for 48 KAAN jets" buy from Dassault and France, from TUSAS
        and Turkey. The firm only when the document names it (its state stands in for it, as for a firm
        named); the state always, since a model's maker is where it comes from, except for the ``customers``
        a firm lists ("the Rafale has been ordered by Egypt, Qatar and Greece" in Dassault's release: the
        firm's record of sales, not its state's; the state then stands in only for production at home,
        the `maker` proxy). A maker the sentence names in a reduced relative comes first: "selected the
        Type 26 frigate, *designed by BAE Systems*"."""
        found = [a for noun in nouns for clause in noun.children if clause.dep_ == "acl" and clause.tag_ == "VBN"
                 and any(c.dep_ == "agent" for c in clause.children)
                 and any(t.name == "produce" for t in self.lex.verbs_for(clause.lemma_.lower()))
                 for a in self.agent(clause, exclude) if a.actor.type in ("company", "state")]
        if found:
            return found
        for weapon in (a for noun in nouns for a in self._weapon_args(noun)):
            m = self.by_token.get(weapon.key)
            known = m.entry.external_ids.get("maker") if m is not None and m.entry is not None else None
            if not known:  # "Vardar builds the Kestrel-7. ... the Kestrel-7 had been ordered by Chile"
                found += [Arg(a, weapon.key) for a in stated_makers(self.ctx, weapon.actor, self._position(self.doc[weapon.key])) if a.id not in exclude]
                continue
            maker = self.gazetteer.get(known)
            if maker is None or known in exclude:
                continue
            country = maker.external_ids.get("country")
            state = self.gazetteer.get(f"state:{country}") if country else None
            if state is None or state.id in exclude:
                continue
            named = known in self.ctx.actors or any(n.actor.id == known for n in self.mentions)
            found += [Arg(maker.actor(), weapon.key), Arg(state.actor(), weapon.key, "maker" if customers else "firm")] if named else \
                [Arg(state.actor(), weapon.key)]
        return list({a.actor.id: a for a in found}.values())

    def _sellers_named(self, found: list[Found]) -> list[Found]:
        """A model's maker sells only when the sentence names no other seller to the same buyer: "A signed a
        contract with Denmark to buy 24 used F-16s" is bought from Denmark, not from the F-16's maker."""
        named = {f.object.id for f in found if f.predicate == "ARMS_TRANSFER" and ":maker>" not in f.rule}
        return [f for f in found if ":maker>" not in f.rule or f.predicate != "ARMS_TRANSFER" or f.object.id not in named]

    def _joint_ventures(self) -> None:
        """"BrahMos Aerospace is a joint venture of India's DRDO and NPO Mashinostroyeniya of Russia":
        a partner from another state than the first-named partner's sets up production there
        (`joint_venture` words, qualified by "joint")."""
        for noun in self.tokens:
            if noun.lemma_.lower() not in self.lex.noun_class.get("joint_venture", ()) or \
                    not any(c.lower_ == "joint" for c in noun.children):
                continue
            partners, seen = [], set()
            for tok in (t for t in noun.subtree if t.i > noun.i):
                m = self.mention(tok)
                # (a state's own agency, "India's Defence Research and Development Organisation", is a partner too)
                if m is not None and (m.type in ("company", "organization") or m.kind == "agency") and \
                        m.actor.id not in seen:
                    seen.add(m.actor.id)
                    partners.append(m)
            homes = [(m, self._home_state(m)) for m in partners]
            homes = [(m, state) for m, state in homes if state is not None]
            if len({state.id for _, state in homes}) < 2:
                continue
            host = homes[0][1]
            for m, state in homes[1:]:
                if state.id != host.id:
                    self._emit([Arg(m.actor, m.start), Arg(state, -m.start - 6000)], [Arg(host, homes[0][0].start)],
                               ("CO_PRODUCTION",), None, "joint-venture")

    def _home_state(self, m: Mention) -> Actor | None:
        """The state a firm or body named here belongs to: its nationality in this sentence, the
        gazetteer's country, or a state's possessive, demonym or of-phrase on the name."""
        if m.kind == "agency":  # the state's own body
            return m.actor
        if m.actor.id in self.nationality:
            return self.nationality[m.actor.id].actor
        country = m.entry.external_ids.get("country") if m.entry is not None else None
        entry = self.gazetteer.get(f"state:{country}") if country else None
        if entry is not None:
            return entry.actor()
        i = m.start - 1 - (m.start - 1 >= self.sent.start and self.doc[m.start - 1].lower_ in ("'s", "’s"))
        before = self.mention(self.doc[i]) if i >= self.sent.start else None
        if before is not None and before.type == "state" and before.end == m.start - (i != m.start - 1):
            return before.actor
        root = self.doc[m.start:m.end].root
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"):
            place = self.mention(prep_object(prep)) if prep_object(prep) is not None else None
            if place is not None and place.type == "state":
                return place.actor
        return None

    def _blocs(self) -> None:
        """"France, Germany and the UK (the E3)": the states listed before the bracket are its members."""
        for m in self.mentions:
            if m.kind != "bloc":
                continue
            i = m.start - 1 - (self.doc[m.start - 1].lower_ == "the")
            members, end = [], i
            while end > self.sent.start:
                listed = self.by_token.get(end - 1)
                if listed is not None and listed.type == "state" and not listed.is_demonym:
                    members.append(Arg(listed.actor, listed.start))
                    end = listed.start
                elif self.doc[end - 1].lower_ in (",", "and", "the") and members:
                    end -= 1
                else:
                    break
            self._emit(members, [Arg(m.actor, m.start)], ("MEMBER_OF",), None, "bloc")

    def _joint_bodies(self) -> None:
        """"NORAD, the joint US-Canadian air defence command": the states a joint body is described
        as shared by are its members."""
        for noun in self.tokens:
            if noun.dep_ != "appos" or not any(c.dep_ == "amod" and c.lower_ == "joint" for c in noun.children):
                continue
            body = self.mention(noun.head)
            if body is None or body.type != "organization":
                continue
            members = [a for a in self._hyphen_pair(noun) if a.actor.type == "state"]
            if len(members) >= 2:
                self._emit(members, [Arg(body.actor, body.start)], ("MEMBER_OF",), None, "joint-body")

    def _remember_mission_places(self) -> None:
        """"a support mission for Haiti", "the force in Somalia": where a mission serves, for a later
        "X will also send personnel" that does not say where."""
        for noun in self.tokens:
            if noun.lemma_.lower() not in self.lex.noun_class["mission_heads"] or self.mention(noun) is not None:
                continue
            places = [a for a in self.prep_args(noun, ("in", "for", "to", "into")) if a.actor.type == "state"]
            if len(places) == 1:
                self.ctx.mission_sites.append((self._position(noun), places[0].actor))

    def _missions(self) -> None:
        """"the SADC Mission in Mozambique", "UNIFIL": a body's named mission of forces is its presence
        in the state it serves in (an acronym only when the gazetteer knows the mission)."""
        for m in self.mentions:
            if m.kind == "mission" and m.place is not None:  # where forces later sent nowhere named go
                self.ctx.mission_sites.append((self._position(self.doc[m.start]), m.place))
            if m.kind == "mission" and m.place is not None and (m.end - m.start > 1 or m.entry is not None):
                # (an acronym of one word holds both: the place gets a key of its own)
                place = m.end - 1 if m.end - m.start > 1 else -m.start - 7000
                self._emit([Arg(m.actor, m.start)], [Arg(m.place, place)], ("MILITARY_PRESENCE",), None, "mission")

    def _designations(self) -> None:
        """"the PKK, which Ankara considers a terrorist organisation": calling an actor by a
        stigmatising label criticises it; listing it as such ("Kenya designated al-Shabaab a terrorist
        group") coerces it."""
        words = self.lex.designation
        for verb in self.tokens:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in words.get("verbs", ()):
                continue
            said = [c for c in verb.children if c.dep_ not in (*SUBJ, "aux", "auxpass", "neg", "punct")]
            labels = words.get("labels", frozenset())
            if verb.lemma_.lower() in words.get("speaking", ()):
                labels = labels | words.get("verdicts", frozenset())
            elif verb.lemma_.lower() in words.get("judging", ()):
                labels = labels | (words.get("verdicts", frozenset()) - words.get("perceived", frozenset()))
            if not any(t.lemma_.lower() in labels or t.lower_ in labels for c in said for t in within_clause(c)):
                continue
            acts = self.lex.classes("judged_act", "act")
            # "condemned it as a flagrant violation", "described it as a breach": a verdict only an act earns, so
            # the pronoun is the deed told before, not the state named last
            verdict = not any(t.lemma_.lower() in words.get("labels", ()) for c in said for t in within_clause(c))
            # "the US ambassador condemned what she called reckless action": an act told before is never the
            # caller's own, nor the state or body the caller serves
            callers = {a.actor.id for a in self.agent(verb)}
            callers |= {o.id for a in self.agent(verb) if a.actor.type == "person"
                        and (o := self._office_of(a.actor)) is not None}
            # ("what she called reckless action": the free relative is the act the label names, no one)
            named = [a for c in said if c.dep_ in ("dobj", "dative", "oprd", "nsubjpass", "attr")
                     and c.lower_ not in ("what", "whatever")
                     for a in (self._deed_told(c, callers) if verdict and c.lower_ in ("it", "this") else
                               self.actors(c, "owner" if c.lemma_.lower() in acts else "strict") or
                               # ("described the raid by Ugandan forces as a breach": the doer named, no deed told before)
                               (self.prep_args(c, ("by",), callers) if c.lemma_.lower() in acts else []) or
                               (self._doer_told(c, callers) if c.lemma_.lower() in acts else []))]
            if not named:  # "considers the PKK a terrorist group", "called Mali's decision hasty", however parsed
                named = [a for c in said if c.dep_ in ("ccomp", "oprd", "xcomp")
                         and c.lemma_.lower() not in words.get("verbs", ())  # (not "condemned what she called X")
                         for t in c.children if t.dep_ in ("nsubj", "compound", "poss")
                         for a in self.actors(t, "owner" if t.lemma_.lower() in acts else "strict")]
            if not named:  # "called the strikes murder", "called the expulsion regrettable", parsed as one noun
                named = [a for c in said if c.dep_ in ("dobj", "oprd") and c.lemma_.lower() in labels
                         for t in c.children if t.dep_ == "compound" and t.lemma_.lower() in acts
                         for a in self._doer_told(t)]
            if not named:  # "called Guyana's oil auction illegal", "deemed Morocco's wall unacceptable": whatever
                # the thing is, the verdict judges the state or body that owns it (not a possessor inside a
                # prepositional phrase: "a violation of Egypt's rights" names the wronged)
                named = self._possessors_judged(said, callers)
            if not named:  # "Somalia considers the agreement a violation of its sovereignty": the deal's parties
                judged = [c for c in said if c.dep_ in ("dobj", "nsubjpass")] + [
                    t for c in said if c.dep_ in ("ccomp", "oprd", "xcomp") for t in c.children if t.dep_ == "nsubj"]
                named = self._deal_parties(judged, verb, callers)
            if not named and verb.dep_ == "relcl":  # "the PKK, which Ankara considers a terrorist group"; a word for
                # a deed set off after a clause sums it up ("stayed in Lebanon, a move Beirut called an occupation")
                named = self.summed_up_doers(verb.head, callers) or self.actors(verb.head, "owner")
            passive = is_passive(verb) and not named
            if passive:  # "the PKK is designated a terrorist organisation by Turkey, the US and the EU"
                named = [a for c in verb.children if c.dep_ == "nsubjpass" for a in self.actors(c, "strict")]
            subjects = self.agent(verb, exclude={a.actor.id for a in named})
            if passive and not subjects:  # (the by-phrase hung on the label: "... a terrorist group by X")
                subjects = [a for c in said for t in within_clause(c) if t.dep_ == "prep" and t.lower_ == "by"
                            for p in prep_objects(t)
                            for a in self.actors(p, "strict", exclude={a.actor.id for a in named})]
            listed = verb.lemma_.lower() in words.get("listing", ()) and named and \
                all(a.actor.type in ("armed_group", "organization", "person", "company") for a in named)
            self._emit(subjects, named, ("COERCION",) if listed else ("CRITICISM",), verb, "designation")

    def _possessors_judged(self, said, callers) -> list[Arg]:
        """The named owners of the thing a verb of calling judges: the possessor (or state demonym) of
        its object or of the subject of its small clause, however the parser hangs them ("called Japan's
        defence budget a threat", "described Finland's fence as a provocation"); a pronoun owner is left
        alone."""
        nodes = [c for c in said if c.dep_ in ("dobj", "dative", "oprd", "nsubjpass", "attr", "ccomp", "xcomp")]
        for _ in range(2):  # ("Austria's border controls unjustified": the owner hangs on the compound)
            nodes += [t for c in nodes for t in c.children if t.dep_ in ("nsubj", "compound") and t not in nodes]
        # ("the Chinese road a provocation": a state's demonym on the thing itself, not on a compound
        # before it, which may name what is traded or banned: "the Ukrainian grain ban")
        return [a for n in nodes for t in n.children if self.mention(n) is None and self.mention(t) is not None and (
                    t.dep_ == "poss" and t.pos_ != "PRON" or
                    t.dep_ == "amod" and n.dep_ != "compound" and self.mention(t).is_demonym)
                for a in self.actors(t, "strict" if t.dep_ == "poss" else "origin", exclude=callers)]

    def _stigmatised(self) -> None:
        """A statement that calls someone "the leader of an extremist group" or "the head of a
        terrorist party" criticises that person: the one named beside the phrase, or the person
        named last who holds no office (officials are not described that way)."""
        labels = self.lex.designation.get("labels", ())
        for noun in self.tokens:
            if noun.pos_ != "NOUN" or not is_title(noun.lemma_.lower(), self.lex) or self.mention(noun) is not None:
                continue
            groups = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in prep_objects(c)
                      if self.mention(p) is None and any(t.lower_ in labels for t in p.children
                                                         if t.dep_ in ("amod", "compound"))]
            speech = speaking_verb(noun, self.lex.modality["reported"]["verbs"])
            if not groups or speech is None:
                continue
            named = [Arg(m.actor, m.start) for c in noun.children if c.dep_ == "appos"
                     and (m := self.mention(c)) is not None and m.type == "person"]
            if not named:
                person = self.ctx.last_private_person(self._position(noun))
                named = [Arg(person, -5000)] if person is not None else []
            self._emit(self.agent(speech), named, ("CRITICISM",), speech, "designation:description")

    def _remember_attack(self, trigger, targets: list[Arg]) -> None:
        """An attack the text tells, with its targets ("an Egyptian airbase was hit"), for a later
        "X was behind the attack"."""
        if targets:
            self.ctx.last_attack = (self._position(trigger), [a.actor for a in targets], None)

    def _responsibility(self) -> None:
        """"Four Turkish jets were behind the attack", "Ankara was responsible for the strike on
        X", "the group claimed responsibility for the bombing of X": the subject attacked the attack's target (its own on-phrase, or for "the attack" the
        target of the attack told last, within a few sentences)."""
        words = self.lex.responsibility
        for token in self.tokens:
            doers = None
            if token.dep_ == "prep" and token.lower_ in words.get("prepositions", ()) and token.head.lemma_ == "be":
                clause, nouns = token.head, prep_objects(token)
            elif token.pos_ == "VERB" and token.lemma_.lower() in words.get("attributing", ()):
                # "US officials attributed it to Israel": the one it is put down to attacked
                clause = token
                nouns = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
                doers = [a for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
                         for p in prep_objects(c) for a in self.actors(p, "strict")]
            elif token.pos_ == "VERB" and token.lemma_.lower() in words.get("linking", ()):
                # "linked agents of the Indian government to the killing of X" (or "linked the attack to X"): the one
                # linked to the attack did it
                clause = token
                objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
                linked = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for p in prep_objects(c)]
                if any(self._harmful_deed(o, words) for o in objects):
                    objects, linked = linked, objects
                nouns = linked
                doers = [a for c in objects for a in self.actors(c, "origin")]
            elif token.dep_ == "acomp" and token.lemma_.lower() in words.get("adjectives", ()) or \
                    token.dep_ == "dobj" and token.lemma_.lower() in words.get("owned", ()) and \
                    token.head.lemma_.lower() in words.get("owning", ()):
                clause = token.head  # ("was responsible for", "claimed responsibility for")
                nouns = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "for" for p in prep_objects(c)]
            else:
                continue
            for noun in nouns:
                pointing = noun.lower_ in ("it", "this")  # "attributed it to Israel": the attack told just before
                if not pointing and not self._harmful_deed(noun, words):
                    continue
                if doers is None:
                    doers = [a for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                             for a in self.actors(c, "origin")]
                # ("the killing of X", "the assassination of X": the one killed is the target)
                targets = [] if pointing else self.noun_role(noun, "target") or (
                    self.prep_args(noun, ("of",)) if noun.lemma_.lower() in words.get("violent_deeds", ()) else [])
                date = None
                last = self.ctx.last_attack
                if not targets and (definite(noun) or pointing) and last is not None and \
                        0 <= self._position(noun) - last[0] <= WEAPON_CONTEXT:
                    targets = [Arg(actor, -1000 - n) for n, actor in enumerate(last[1])]
                    date = last[2]
                before = len(self.found)
                self._emit(doers, targets, ("ATTACK",), clause, "attack:responsibility")
                for item in self.found[before:]:
                    item.date = date

    def _harmful_deed(self, noun, words) -> bool:
        """An attack noun of the lexicon's, or a violent deed done to someone ("the killing of X", "the sabotage")."""
        lemma = noun.lemma_.lower()
        return lemma in words.get("violent_deeds", ()) or any(
            "ATTACK" in t.predicates_for(None, lemma) for t in self.lex.nouns_for(lemma))

    def _branches(self) -> None:
        """"the Khorasan Emirate (ISKP) of the Islamic State": a group that is part of another."""
        for mention in self.mentions:
            if mention.type != "armed_group":
                continue
            root = self.doc[mention.start:mention.end].root
            for node in (root, *(t for t in root.children if t.dep_ == "appos")):
                for child in node.children:
                    if child.dep_ == "prep" and child.lower_ == "of" and (pobj := prep_object(child)) is not None:
                        other = self.mention(pobj)
                        if other is not None and other.type in ("armed_group", "organization") and other.actor.id != mention.actor.id:
                            self._emit([Arg(mention.actor, mention.start)], [Arg(other.actor, other.start)],
                                       ("AFFILIATED_WITH",), None, "branch")
