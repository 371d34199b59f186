"""Officials who arrive somewhere to meet: "Kenya's foreign minister arrived in Addis Ababa for talks", "the Saudi
foreign minister arrived in Washington on Tuesday for an official visit", "foreign ministers of Egypt and Jordan
arrived in Riyadh to take part in a consultative meeting" give the visitors CONSULTATION the host. The arrival verbs
are the lexicon's `arriving` class; the purpose must be a meeting (a for- or on-phrase of a `meeting` noun, or an
infinitive of `meeting_purposes`), so troops, refugees or weapons that arrive are left to the `arrive` trigger. A
person due or expected in a capital ("is due in Canberra on Monday") comes to visit it too, a visit still to come."""

from __future__ import annotations

from diplograph.loaders.articles.syntax import prep_objects


class Arrivals:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _arrivals(self) -> None:
        arriving = self.lex.noun_class["arriving"]
        for verb in self.tokens:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in arriving or not self._come_to_meet(verb):
                continue
            hosts = [a for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "at")
                     for p in prep_objects(c) for a in self.actors(p, "strict") if a.actor.type == "state"]
            if hosts:
                self._emit(self.agent(verb) or self._visitors_listed(verb), hosts, ("CONSULTATION",), verb, "arrival")
        self._expected_arrivals()

    def _expected_arrivals(self) -> None:
        """A person due or expected in a foreign capital comes to visit it: "Sugiono is due in Canberra on Monday",
        "Netanyahu is expected in Washington next week" (the lexicon's `expected_arriving`; officers, troops or ships
        due somewhere are left alone: only a named person visits); one who is in a state for a visit or talks visits it
        ("Macron is in Morocco for a state visit")."""
        expected = self.lex.noun_class["expected_arriving"]
        for word in self.tokens:
            if word.lemma_ == "be" and self._there_to_meet(word):
                clause = word
            elif word.lemma_.lower() not in expected and word.lower_ not in expected:
                continue
            elif word.dep_ == "acomp" and word.head.lemma_ == "be":
                clause = word.head
            elif word.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in word.children):
                clause = word
            else:
                continue
            visitors = [a for c in word.children if c.dep_ == "nsubjpass" for a in self.actors(c, "strict")] \
                if word.tag_ == "VBN" else self.agent(clause)
            if not any(a.actor.type == "person" and not a.proxy for a in visitors):
                continue
            hosts = [a for c in word.children if c.dep_ == "prep" and c.lower_ == "in" for p in prep_objects(c)
                     for a in self.actors(p, "strict") if a.actor.type == "state"]
            if hosts:
                self._emit(visitors, hosts, ("CONSULTATION",), word, "expected_arrival")

    def _there_to_meet(self, verb) -> bool:
        """"is in Morocco for a state visit", "is in Beijing on a three-day visit"; not "is in Doha for talks with the
        Taliban" (talks with someone else: a venue)."""
        meeting = self.lex.noun_class["meeting"]
        purposes = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "on")
                    for p in prep_objects(c) if p.lemma_.lower() in meeting]
        return bool(purposes) and not any(c.dep_ == "prep" and c.lower_ == "with" for p in purposes for c in p.children)

    def _visitors_listed(self, verb) -> list:
        """Visitors named only as the list of their subject's including-phrase: "Foreign ministers of eight Arab
        countries, including the GCC states of Bahrain and Oman, arrived in ..."."""
        return [a for s in verb.children if s.dep_ == "nsubj" for prep in s.subtree
                if prep.dep_ == "prep" and prep.lower_ in ("including", "among") for t in prep.subtree
                if (m := self.by_token.get(t.i)) is not None and m.type == "state" and t.i == m.end - 1
                for a in self.actors(t, "strict", coordinated=False)]

    def _come_to_meet(self, verb) -> bool:
        """The arrival is for talks with the host: "for talks", "on a two-day visit", "to attend the summit", "to
        take part in a meeting" (an infinitive of purpose: "arrived ..., and in June X took over" is another deed);
        not talks with someone else, for which the place is a venue ("arrived in Doha
        for talks with the Taliban", "arrived in Geneva to meet Russian officials")."""
        meeting = self.lex.noun_class["meeting"]
        for c in verb.children:
            purpose = c.dep_ == "prep" and c.lower_ in ("for", "on") and any(
                p.lemma_.lower() in meeting or p.lower_ in meeting for p in prep_objects(c)) or \
                c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB" and c.lemma_.lower() in \
                self.lex.noun_class["meeting_purposes"] and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            if purpose:
                return not any(t.dep_ == "prep" and t.lower_ == "with" or t.dep_ == "dobj" and t.head == c and
                               t.lemma_.lower() not in meeting and t.lower_ != "part" for t in c.subtree)
        return self._stop_on_a_tour(verb)

    def _stop_on_a_tour(self, verb) -> bool:
        """"arrived in Wellington, the first stop on a tour that will also take him to Australia": the place is set off
        as a stop or leg of a trip (`trip_slots`)."""
        meeting, slots = self.lex.noun_class["meeting"], self.lex.noun_class["trip_slots"]
        places = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "at") for o in prep_objects(c)]
        # (the apposition hung on the place, or on the verb after it)
        return bool(places) and any(a.dep_ == "appos" and a.lemma_.lower() in slots and any(
            p.lemma_.lower() in meeting for c in a.children if c.dep_ == "prep" and c.lower_ in ("on", "of", "in")
            for p in prep_objects(c)) for h in (verb, *places) for a in h.children)
