"""Offices no title in the sentence states: a known office holder, and the head of a delegation."""

from __future__ import annotations

import re

from diplograph.gazetteer import PLACE
from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.mentions import Mention
from diplograph.loaders.articles.titles import find_title, singular_title
from diplograph.loaders.articles.unstated_offices import held_when_written
from diplograph.names import name_key

# How far (characters) after a title alone a bare name opening a sentence may name its holder (the next sentence).
HOLDER_REACH = 400
# A gazetteer role whose first office has ended: "Prime Minister (2018–2022)", "President (2019)", "died 2024"
ENDED = re.compile(r"\(\d{4}\)|\d{4}\s*[–-]\s*\d{4}|died")


class Offices:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _envoy_posting(self, i: int) -> bool:
        """Is word ``i`` the "to" of a posting ("Ambassador *to* Turkey X") or an "and" after one ("... *and* Special
        Envoy for Syria X"), in the words before a name, and not past another name ("X and AU envoy Y")?"""
        envoys, doc = {t.split()[-1] for t in self.lex.noun_class["envoy_titles"]}, self.doc
        at = [j for j in range(max(self.sent.start + 1, i - 4), i + 1) if doc[j].lower_ in ("to", "on", "for") and doc[
            j - 1].lemma_.lower() in envoys and all(getattr(self.mention(t), "type", "") != "person" for t in doc[j:i])]
        return doc[i].lower_ in ("to", "on") and i in at or doc[i].lower_ == "and" and bool(at)

    def _postings(self, phrase, title: str, name_start: int) -> set[int]:
        """The words of an envoy's posting or mandate in a title phrase, which name no employer ("ambassador to
        Somalia", "envoy on Cyprus", "special envoy for Syria"), a second office's too ("US ambassador to Turkey and
        special envoy for Syria X"), up to the name the parser may fold the posting into ("Envoy for Syria Tom Barrack")."""
        envoys = {t.split()[-1] for t in self.lex.noun_class["envoy_titles"]}
        postings = [tok for tok in phrase if tok.lower_ in ("to", "in", "at", "on", "for") and (
            tok.head.lemma_.lower() in {*title.split(), *envoys} or self.doc[tok.i - 1].lemma_.lower() in envoys)]
        return {t.i for tok in postings for t in (*tok.subtree, *(t for t in phrase if tok.i < t.i < name_start))}

    def _title_ministry(self, title: list[str]):
        """The one state whose ministry a title's word heads ("treasury" of "Treasury Secretary X") the text named
        with its state before or in this sentence ("the US Treasury and ..., and Treasury Secretary X said"); None when it
        named none, or two states' (whose of the two is not said)."""
        heads = {h for w in title for h in self.lex.title_ministries.get(w, ())}
        if not heads:
            return None
        states = {actor.id: actor for _, actor, words in (*self.ctx.ministries, *self._ministries_named())
                  if words in heads}
        return next(iter(states.values())) if len(states) == 1 else None

    def _known_offices(self) -> None:
        """"Navin Ramgoolam won the election", "Captain Ibrahim Traoré seized power in Burkina Faso":
        a person the gazetteer knows in an office they still hold, named in a text that also names the
        state or body of that office, holds it there (once per document). An office since left is not
        told this way (the text may be about any time), unless the document was written while it was held
        ("the government of Nicolás Maduro" in a 2024 story: `unstated_offices.held_when_written`)."""
        # (a city in a state is where something happened: "the fall of Goma" does not name the DR Congo's leader's office)
        self.ctx.noted.update(m.actor.id for m in self.mentions if m.type != "person" and m.kind != PLACE)
        for mention in self.mentions:
            person = mention.actor
            if mention.type != "person" or person.id in self.affiliation or person.id in self.ctx.offices:
                continue
            known = self._known_affiliation(mention)
            roles = person.external_ids.get("role", "") if mention.entry is None else \
                mention.entry.external_ids.get("role", "")
            current = roles.split(";")[0].strip()
            if known is None or not current or ENDED.search(current) and not held_when_written(current, self.ctx.written) \
                    or known.actor.id not in self.ctx.noted:
                continue  # (its state or body named in the text, not only implied by someone's office)
            role = re.sub(r"\s*\((appointed|from) \d{4}\)|\s*\(\d{4}\s*[–-]\s*\d{4}\)", "", current)
            body = Arg(known.actor, -3004)
            if self._emit([Arg(person, mention.start)], [body], ("AFFILIATED_WITH",), None, "office:known",
                          {"role": role}):
                self.ctx.offices.add(person.id)
                if known.actor.type == "state":
                    self.ctx.serves.setdefault(person.id, known.actor)

    def _known_affiliation(self, mention: Mention) -> Arg | None:
        """The actor the gazetteer says a titled person holds office in."""
        ids = mention.entry.external_ids if mention.entry is not None else mention.actor.external_ids
        known = ids.get("affiliation")  # (a name the model found may still be a gazetteer person: "el-Sisi")
        entry = self.gazetteer.get(known) if known else None
        return Arg(entry.actor(), -mention.start - 1) if entry is not None else None

    def _later_ties(self) -> None:
        """"President X arrived ... Guyana's president told reporters", "the Guyanese president": an office named
        later with its state and no name is held by the one person named before with that bare title whose state
        nothing said; two such persons, or the office held by someone named with a state, tie no one."""
        for token in self.tokens:
            if token.pos_ not in ("NOUN", "PROPN") or self.mention(token) is not None or not self.ctx.untied:
                continue
            states = [m for c in token.children if c.dep_ in ("poss", "amod", "compound", "nmod")
                      and (m := self.mention(c)) is not None and m.type == "state" and m.kind != PLACE]
            words = [c.lower_ for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i
                     and self.mention(c) is None] + [token.lower_]
            title = " ".join(words)
            named = any((m := self.mention(c)) is not None and m.type == "person" for c in token.subtree if c is not token)
            # ("met Chinese Foreign Minister Wang Yi": the parser hangs the title on the name it heads)
            names = token.dep_ == "compound" and (m := self.mention(token.head)) is not None and m.type == "person"
            if len(states) != 1 or named or names or title not in self.lex.titles or \
                    self.ctx.holder_of(title, self._position(token)):
                continue  # ("Kenya's president, William Ruto": a name says who; a holder named with a state is he)
            before = self._position(token)
            people = {p.id: p for at, t, p in self.ctx.untied if t == title and at < before}
            person = next(iter(people.values())) if len(people) == 1 else None
            if person is None or person.id in self.ctx.serves:
                continue
            state = Arg(states[0].actor, states[0].start)
            if self._emit([Arg(person, token.i)], [state], ("AFFILIATED_WITH",), None, "title:later", {"role": title}):
                self.ctx.serves[person.id] = state.actor

    def _named_after_title(self) -> None:
        """"The EU's special envoy led a delegation to Skopje. Tomas Horvath said ...": a person the text names for
        the first time, bare, opening the sentence right after one whose main subject was an office holder named by
        title alone (no person a subject since), is that holder: a writer names someone new without a word on who
        they are only when the sentence before said it."""
        at, _, body = self.ctx.unnamed_holder
        first = self.sent.start
        mention = next((m for m in self.mentions if m.start == first), None)
        if body is None or at < 0 or mention is None or mention.type != "person":
            return
        person, root = mention.actor, self.doc[mention.start:mention.end].root
        key = name_key(person.name)
        here = self._position(self.doc[first])
        # (also under another type the model gave the same name: "Kwame Mensah, a trader," read as a firm)
        earlier = any(s.position < here and (s.actor_id == person.id or s.type == "person" and s.subject and s.position > at
                                             or name_key(getattr(self.ctx.actors.get(s.actor_id), "name", "")) == key)
                      for s in self.ctx.seen)
        if earlier or not at < here <= at + HOLDER_REACH or root.dep_ != "nsubj" or root.head.dep_ != "ROOT" or any(
                c.dep_ == "appos" for c in root.children) or person.id in self.affiliation or person.id in \
                self.ctx.offices or self._known_affiliation(mention) is not None:
            return  # (a known person, or one the sentence gives a title of their own, is someone else)
        if self._emit([Arg(person, mention.start)], [Arg(body, -3005)], ("AFFILIATED_WITH",), None, "title:before",
                      {"role": "office named in the sentence before"}):
            self.ctx.offices.add(person.id)
            if body.type == "state":
                self.ctx.serves.setdefault(person.id, body)

    def _delegation_heads(self) -> None:
        """"the Ukrainian delegation, led by X", "Kenya's delegation was headed by X", "X is due to lead
        the US delegation": who leads a state's or a body's delegation holds an office in it."""
        for mention in self.mentions:
            if mention.type != "person" or mention.actor.id in self.affiliation:
                continue
            body = self._delegation_body(mention)
            known = self._known_affiliation(mention)
            if body is None or known is not None and known.actor.id != body.actor.id:
                continue  # (a known official of another state leads no one else's delegation)
            if self._emit([Arg(mention.actor, mention.start)], [body], ("AFFILIATED_WITH",), None, "delegation",
                          {"role": f"head of the {self._led_group(mention).lower_}"}):
                self.affiliation.setdefault(mention.actor.id, body)
                if body.actor.type == "state":
                    self.ctx.serves.setdefault(mention.actor.id, body.actor)

    def _delegation_body(self, mention: Mention) -> Arg | None:
        """The one state or body whose delegation the person leads ("X is due to lead the US delegation"), or
        whose forces or government ("Myanmar's air force, commanded by General X": Myanmar's general)."""
        group = self._led_group(mention)
        if group is None or group.lemma_.lower() not in self.lex.classes("delegations", "state_body", "bands_of"):
            return None
        bodies = [m for c in (group, *(c for c in group.children if c.dep_ in ("amod", "compound", "poss", "nmod")))
                  if (m := self.mention(c)) is not None and m.type in ("state", "organization", "armed_group")
                  and m.kind != PLACE]
        # (not "the government delegation": which government is for the context to say, and a wrong guess costs)
        bodies = list({m.actor.id: m for m in bodies}.values())  # ("the Thai Air Force": one name over the noun)
        return Arg(bodies[0].actor, bodies[0].start) if len(bodies) == 1 else None

    def _led_group(self, mention: Mention):
        """The noun of the group the person leads: "the delegation, led by X", "the delegation was led
        by X", "X led the delegation", "the rebel team of X"."""
        root = self.doc[mention.start:mention.end].root
        while root.dep_ == "conj" and root.head != root:  # "led by X and Y": both lead it
            root = root.head
        if root.dep_ == "appos":  # "led by the Head of the Office of the President, X"
            root = root.head
        lead = self.lex.noun_class["leading"]
        if root.dep_ == "pobj" and root.head.lower_ == "of" and not any(c.dep_ == "conj" for c in root.children) and \
                root.head.head.lemma_.lower() in self.lex.classes("delegations", "bands_of"):
            return root.head.head  # "the ELN team of X", "the Russian delegation of X": one person named, its head
        if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_.lower() in lead:
            verb = root.head.head
            if verb.dep_ == "acl":
                return verb.head
            return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if root.dep_ != "nsubj":
            return None
        verb = root.head
        for _ in range(3):  # "X is due to lead the delegation", "X will lead ..."
            if verb.lemma_.lower() in lead:
                return next((c for c in verb.children if c.dep_ == "dobj"), None)
            verb = next((c for c in verb.children if c.dep_ in ("xcomp", "acomp")), verb)
        return None

    def _bodies_pronoun_titles(self) -> None:
        """"The Alliance of Sahel States has grown teeth. *Its* leaders, A, B and C, signed ...": a title
        under "its" or "their" opening the sentence is an office in the body the sentence before was
        about, as well as in whatever state the person serves (a state's is for the title rules); the
        states of the leaders of a body of states are its members."""
        for mention in self.mentions:
            if mention.type != "person":
                continue
            for phrase in self._title_phrases(mention):
                title = find_title([singular_title(t, self.lex) for t in phrase], self.lex)
                owners = [t for t in phrase if t.dep_ == "poss" and t.lower_ in ("its", "their")
                          and t.i == self.sent.start]
                if title is None or not owners:
                    continue
                bodies = [a for a in self._pronoun(owners[0], ())
                          if a.actor.type in ("organization", "armed_group", "ngo", "company")]
                if len(bodies) != 1 or not self._emit([Arg(mention.actor, mention.start)], [Arg(bodies[0].actor, -3005)],
                                                      ("AFFILIATED_WITH",), None, "title:its-body", {"role": title}):
                    continue
                # "Its leaders, A, B and C": the leaders of a body of states lead its member states
                plural = any(t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in self.lex.titles for t in phrase)
                state = self.affiliation.get(mention.actor.id) or self._known_affiliation(mention)
                if plural and bodies[0].actor.type == "organization" and state is not None and \
                        state.actor.type == "state":
                    self._emit([Arg(state.actor, -3006)], [Arg(bodies[0].actor, -3005)], ("MEMBER_OF",), None,
                               "title:its-body:member")
                break

