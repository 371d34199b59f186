"""Titles and offices (AFFILIATED_WITH with a role) and the nationality of firms (BASED_IN)."""

from __future__ import annotations

from diplograph.gazetteer import PLACE
from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.copular_titles import held_offices, office_named
from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.member_leaders import leads_member_state
from diplograph.loaders.articles.mentions import Mention
from diplograph.loaders.articles.paired_titles import NO_STATE
from diplograph.loaders.articles.pronoun_owners import PRONOUN_OWNER
from diplograph.loaders.articles.spoken_states import named_only_in_speech
from diplograph.loaders.articles.syntax import SPEECH, clauses_spoken_of, coordinated_sibling, in_possessor, prep_object
from diplograph.loaders.articles.unstated_offices import free_office, plain_office, tried_at_home


class Titles:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _title_phrases(self, mention: Mention):
        """Word groups around a name that may hold a title: the noun it is in apposition to
        ("the CEO of Baykar, *Haluk Bayraktar*"), its own apposition ("*Michael Hilliard*,
        director of ..."), and the words before it ("Tajik Defence Minister *X*", also across one
        comma: "Iran's Supreme Leader, *Ali Khamenei*")."""
        span = self.doc[mention.start:mention.end]
        root = span.root
        inside = set(range(mention.start, mention.end))
        if root.dep_ == "appos" and root.head.i not in inside:
            head = root.head
            while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("NOUN", "PROPN") and \
                    not is_title(head.lemma_.lower(), self.lex):
                head = head.head.head  # "the head of Niger's junta, General X": the whole phrase (up to its title)
            exclude = {t.i for t in root.subtree}
            yield [t for t in head.subtree if t.i not in exclude and t.i < mention.start and t.i >= self.sent.start]
        # (appositions that follow one another are one phrase the parser cut up: "the US vice - president")
        phrases: list[list] = []
        # an apposition after a later conjunct describes that one ("Venezuela's Tren de Aragua and MS-13, a gang
        # with roots in El Salvador": the gang is MS-13), however the parser hangs it
        conjuncts = [c.i for c in root.children if c.dep_ == "conj" and c.i > root.i]
        appositions = [c for c in root.children if c.dep_ == "appos" and c.i not in inside
                       and not any(j < c.i for j in conjuncts)]
        if root.dep_ == "conj" and not conjuncts and root.head.i < root.i:
            appositions += [c for c in root.head.children if c.dep_ == "appos" and c.i > root.i]
        # "A and B, the foreign ministers of X and Y": a plural title on the last name is the whole list's
        appositions += [c for j in conjuncts[-1:] for c in self.doc[j].children if c.dep_ == "appos" and
                        c.tag_ in ("NNS", "NNPS") and is_title(c.lemma_.lower(), self.lex)]
        if root.dep_ == "conj" and root.head.tag_ in ("NNS", "NNPS") and is_title(root.head.lemma_.lower(), self.lex):
            # "the foreign ministers of A and B, X and Y": the names parsed as conjuncts of the plural title
            yield [t for t in root.head.subtree if t.i < root.left_edge.i and not t.is_punct]
        for child in appositions:
            words = list(child.subtree)
            if phrases and phrases[-1][-1].i + 1 == words[0].i:
                phrases[-1] += words
            else:
                phrases.append(words)
        yield from phrases
        if root.dep_ == "compound" and root.head.i not in inside and self.mention(root.head) is None and \
                is_title(root.head.lemma_.lower(), self.lex):  # "announced Muse Bihi Abdi leader of Somaliland"
            yield [t for t in root.head.subtree if t.i not in inside]
        # "X, who succeeded Y as prime minister", "X was sworn in as defence minister": the office taken
        verbs = [c for c in root.children if c.dep_ == "relcl"] + ([root.head] if root.dep_ in ("nsubj", "nsubjpass") else [])
        verbs = [v for v in verbs if not (v.lemma_.lower() in self.lex.noun_class["calling_as"] and any(
            c.dep_ == "dobj" for c in v.children))]  # "men whom X described as members of Y": the men's, not X's
        for verb in verbs:
            for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
                if (office := prep_object(prep)) is not None and is_title(office.lemma_.lower(), self.lex):
                    yield [t for t in office.subtree]
            # "X, who became foreign minister of Ireland in May", "X is a fellow at Y", "X was appointed envoy"
            yield from (words for office, words in held_offices(verb, self.lex) if is_title(office.lemma_.lower(), self.lex))
        office = office_named(root)  # "Its chief executive is X"
        if office and any(is_title(t.lemma_.lower(), self.lex) for t in office):
            yield office
        at = mention.end + (mention.end < self.sent.end and self.doc[mention.end].text == ",")
        if at < self.sent.end and self.doc[at].lower_ == "as" and (office := prep_object(self.doc[at])) is not None \
                and is_title(office.lemma_.lower(), self.lex):  # "warrants for Putin, as President of Russia"
            yield [t for t in office.subtree]  # (however the parser hangs the as-phrase)
        if root.dep_ == "dobj" and root.head.lemma_.lower() in self.lex.noun_class["appointing"]:
            # "India chose X as its envoy to Ottawa", "Kenya appointed X ambassador to Somalia"
            verb = root.head
            for c in verb.children:
                office = prep_object(c) if c.dep_ == "prep" and c.lower_ == "as" else (
                    c if c.dep_ in ("oprd", "xcomp", "attr", "dobj") and c.i > root.i else None)
                if office is not None and is_title(office.lemma_.lower(), self.lex):
                    yield [t for t in office.subtree]
        first = self.mention(root.head) if root.dep_ == "conj" else None
        left = []
        i = mention.start - 1
        while i > self.sent.start and self.doc[i].lower_.rstrip(".") in self.lex.courtesy_titles:
            i -= 1  # "the Secretary-General of the United Nations, Mr António Guterres"
        if i >= self.sent.start and self.doc[i].text == ",":
            i -= 1
        while i >= self.sent.start:
            tok = self.doc[i]
            opening = next((j for j in range(i - 1, max(self.sent.start, i - 6) - 1, -1) if self.doc[j].text == "("),
                           None) if tok.text == ")" else None
            if opening is not None and opening > self.sent.start and all(
                    t.is_alpha for t in self.doc[opening + 1:i]):  # "Raksha Mantri (Defence Minister) Shri X"
                left += reversed(self.doc[opening + 1:i])
                i = opening - 1
                continue
            if tok.is_punct and tok.text not in ("-", "’s", "'s", "–") or tok.is_space:
                break  # (a wire dateline blanked before the title leaves a token of spaces)
            if tok.lower_ in self.lex.noun_class["time_nouns"]:
                break  # "The following day Vice Minister X": a time phrase opening the sentence is no part of it
            if tok.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON") and tok.lower_ not in ("of", "for") and \
                    not (tok.tag_ == "VBN" and tok.dep_ == "amod") and not self._envoy_posting(i):
                break  # ("Moldova's state-owned distributor X")
            left.append(tok)
            i -= 1
        if left:
            of = [t for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
            yield list(reversed(left)) + of  # "Foreign Minister X of Armenia"
        if first is not None and first.type == "person" and first is not mention and \
                not any(is_title(t.lemma_.lower(), self.lex) for t in left):  # ("A's minister X and B's minister Y")
            yield from self._title_phrases(first)  # "Presidents A and B": B shares A's title
        if mention.entry is not None and len(span) > len(mention.actor.name.split()):
            yield list(span)  # "Crown Prince Mohammed bin Salman": an alias that opens with the title

    def _titles(self) -> None:
        for mention in self.mentions:
            if mention.type != "person":
                continue
            for phrase in self._title_phrases(mention):
                words = [singular_title(t, self.lex) for t in phrase]
                title = find_title(words, self.lex)
                plural = any(t.tag_ in ("NNS", "NNPS") and t.lemma_.lower() in self.lex.titles for t in phrase)
                # "Libyan National Army" is a name; what follows the title names the office ("Minister of National
                # Defence"); "national security adviser" is an office, "a Russian national" not
                opening = next((n for n, t in enumerate(phrase) if title and t.lower_ == title.split()[0]), len(phrase))
                # (a word that qualifies another word is not the person's status: "a White House national
                # security spokesman" is no "national")
                own = {t.lower_ for t in phrase[:opening] if self.mention(t) is None and not (
                    t.head.i != t.i and t.head in phrase[:opening] and t.head.pos_ == "NOUN" and
                    t.head.lower_ not in self.lex.not_office)}
                own -= set(title.split()) if title else set()
                if title is None or own & self.lex.not_office:
                    continue
                past = bool(own & self.lex.past_office) or any(t.lower_ in self.lex.past_office for t in phrase
                                                               if t.i < mention.start and t.dep_ == "amod")
                if title in self.lex.relational_titles:
                    phrase = [t for t in phrase if not in_possessor(t)]
                # (not a body a relative clause about someone else's act names: "a former police officer on
                # whom the Council imposed ...", unlike "an officer who now directs research at X")
                clauses = {t.i for tok in phrase if tok.dep_ == "relcl" and not any(
                    c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in tok.children) for t in tok.subtree}
                envoy = title.split()[-1] in {t.split()[-1] for t in self.lex.noun_class["envoy_titles"]}
                if envoy:  # "ambassador to Somalia": the host is not whom he serves, nor a mandate's state
                    clauses |= self._postings(phrase, title, mention.start)
                paired = self._paired_state(mention, phrase) if plural else None  # "A and B, the ministers of X and Y"
                affiliate = paired if paired is not None else self._affiliate(
                    [t for t in phrase if t.i not in clauses], company_only=title in self.lex.company_titles, envoy=envoy)
                known = self._known_affiliation(mention) if title not in self.lex.relational_titles else None
                if known is not None and not past and (affiliate is None or affiliate.key == PRONOUN_OWNER or (
                        affiliate.actor.type == known.actor.type == "state" and affiliate.actor.id != known.actor.id)):
                    # "President Erdogan": the office is known (and a misparse or a pronoun cannot move it: "Israel
                    # turned on Hezbollah. Its leader, Hassan Nasrallah, ...")
                    affiliate = known
                if leads_member_state(title, affiliate, self.lex):  # "the only EU leader": a member state's
                    affiliate = known or NO_STATE
                if affiliate is None:
                    affiliate = self._appointer(mention)  # "Canada named X as its high commissioner"
                if affiliate is None and title not in self.lex.company_titles:
                    affiliate = self._group_state(mention)  # "six Indian diplomats, among them X"
                if affiliate is None and title not in self.lex.company_titles and not plural and \
                        bare_title(phrase, title, self.lex):
                    # "X is due to lead the US delegation"; "Somalia ..., and President X signed"
                    affiliate = self._delegation_body(mention) or free_office(  # (not a state's whose holders are known)
                        self._state_in_charge(mention.start, mention.end, [t.lower_ for t in phrase]), phrase, title, mention.actor,
                        self.gazetteer, self.ctx.standing_pair(self._position(self.doc[mention.start])), self.lex)
                    if affiliate is None:  # "President X", whose state a later "Guyana's president" may say
                        self.ctx.untied.append((self._position(self.doc[mention.start]), title, mention.actor))
                if affiliate is None or affiliate is NO_STATE:
                    continue
                role = role_text(phrase, self.by_token, affiliate, title)
                person = Arg(mention.actor, mention.start)
                emitted = self._emit([person], [affiliate], ("AFFILIATED_WITH",), None, "title:former" if past else "title",
                                     {"role": role} if role else None)
                if emitted and past:
                    break  # "Cambodia's former leader": no longer acts for the state
                if emitted:
                    self.affiliation.setdefault(mention.actor.id, affiliate)
                    self.ctx.offices.add(mention.actor.id)
                    if affiliate.actor.type == "state":
                        self.ctx.serves.setdefault(mention.actor.id, affiliate.actor)
                    self.ctx.titled.append((self._position(self.doc[mention.start]), title, mention.actor))
                    break
            else:
                self._of_body(mention)
                self._leads_government(mention)
                continue
            self._of_body(mention)  # a titled person of a body too: "X of the Demokraatit party became premier"

    def _leads_government(self, mention: Mention) -> None:
        """"Claudia Sheinbaum's government", "the Noboa administration": the person heads the government
        of the state they hold office in (as this document or the gazetteer says)."""
        root = self.doc[mention.start:mention.end].root
        if root.dep_ not in ("poss", "compound") or root.head.lemma_.lower() not in self.lex.noun_class["led_government_heads"]:
            return
        office = self.affiliation.get(mention.actor.id) or self._known_affiliation(mention)
        if office is not None and office.actor.type == "state":
            self._emit([Arg(mention.actor, mention.start)], [office], ("AFFILIATED_WITH",), None, "government",
                       {"role": "head of government"})

    def _appointer(self, mention: Mention) -> Arg | None:
        """The state or body that appointed the person to the office ("Canada named X as its envoy")."""
        root = self.doc[mention.start:mention.end].root
        if root.dep_ == "compound" and is_title(root.head.lemma_.lower(), self.lex):
            root = root.head  # "appointed X ambassador", read as one noun
        if root.dep_ != "dobj" or root.head.lemma_.lower() not in self.lex.noun_class["appointing"]:
            return None
        return next((a for a in self.agent(root.head) if a.actor.type in ("state", "organization")), None)

    def _group_state(self, mention: Mention) -> Arg | None:
        """The state of a group the titled person is one of or leads: "expelled six Indian diplomats, among
        them High Commissioner X", "Canadian diplomats, including the acting high commissioner, X", "a
        delegation of Ghanaian officials, led by Foreign Minister X"."""
        root = self.doc[mention.start:mention.end].root
        if root.dep_ == "appos":
            root = root.head  # "including the acting high commissioner, X"
        group = None
        among = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in ("among", "including")
                      and (g := prep_object(c)) is not None and g.lower_ in ("them", "whom")), None)
        if among is not None:  # "diplomats, among them X": the noun the pronoun stands for, before the comma
            group = next((t for t in reversed(self.doc[self.sent.start:among.i]) if t.pos_ == "NOUN"), None)
        elif root.dep_ == "pobj" and root.head.lower_ in ("including", "among"):
            group = root.head.head  # (hung on the verb: "expelled six Canadian diplomats, including X": its object)
            group = next((c for c in group.children if c.dep_ == "dobj" and c.i < root.i), group) \
                if group.pos_ == "VERB" else group
        elif root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.lemma_.lower() in ("lead", "head") \
                and root.head.head.dep_ == "acl":
            group = root.head.head.head
        else:  # "..., among them High Commissioner X", the name hung on the verb: read the words
            k = mention.start - 1
            while k > self.sent.start and self.doc[k].pos_ in ("PROPN", "ADJ", "DET", "NOUN", "VERB") and \
                    self.doc[k].lower_ != "them":
                k -= 1  # back over the title ("High Commissioner", "the acting high commissioner")
            words = [t.lower_ for t in self.doc[max(self.sent.start, k - 2):k + 1]]
            if words[-2:] in (["among", "them"], ["including", "them"]) and len(words) == 3 and words[0] == ",":
                group = next((t for t in reversed(self.doc[self.sent.start:k - 2]) if t.pos_ == "NOUN"), None)
        if group is None or group.pos_ != "NOUN":
            return None
        states = [m for c in group.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                  and (m := self.mention(c)) is not None and m.type == "state" and m.kind != PLACE]
        return Arg(states[0].actor, states[0].start) if len(states) == 1 else None

    def _of_body(self, mention: Mention) -> None:
        """"Félix Tshisekedi of the Democratic Republic of the Congo", "X of the Ta'ang National
        Liberation Army", "Y from the Brookings Institution": a person named with the state they
        come from (as leaders are at summits) or the body they speak for."""
        root = self.doc[mention.start:mention.end].root
        owned = self._owned_body(mention)
        if owned is not None:  # "Qais al-Khazali's Asa'ib Ahl al-Haq", "Hemedti's Rapid Support Forces"
            self._emit([Arg(mention.actor, mention.start)], [Arg(owned.actor, owned.start)], ("AFFILIATED_WITH",),
                       None, "possessor")
        for owner in (c for c in root.children if c.dep_ == "poss"):
            state = self.mention(owner)
            if state is not None and state.type == "state" and state.kind != PLACE:
                # "Togo's Faure Gnassingbé took over": the state's own leader or official
                self._emit([Arg(mention.actor, mention.start)], [Arg(state.actor, state.start)], ("AFFILIATED_WITH",),
                           None, "of-state")
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
            body = self.mention(prep_object(prep)) if prep_object(prep) is not None else None
            if body is None or body.is_demonym or body.kind == PLACE:
                continue
            if body.type in ("organization", "armed_group", "company", "ngo") or (body.type == "state" and prep.lower_ == "of"):
                arg = Arg(body.actor, body.start)
                rule = "of-state" if body.type == "state" else "of-body"
                if self._emit([Arg(mention.actor, mention.start)], [arg], ("AFFILIATED_WITH",), None, rule):
                    self.affiliation.setdefault(mention.actor.id, arg)

    def _owned_body(self, mention: Mention) -> Mention | None:
        """The group, firm or body a person's possessive names right after the name ("Haftar's
        Libyan National Army"): the person's own (a state is not: "Putin's Russia")."""
        at = mention.end
        if at + 1 >= self.sent.end or self.doc[at].lower_ not in ("'s", "’s", "'", "’"):
            return None
        owned = self.mention(self.doc[at + 1])
        if owned is None or owned.start != at + 1 or owned.type not in ("armed_group", "company", "ngo", "organization"):
            return None
        return owned

    def _state_in_charge(self, start: int, end: int, title: list[str] = ()) -> Arg | None:
        """The state a bare title ("President X", "Defence Minister Y", "the foreign minister": the words
        ``start``..``end``; ``title``, the title's words) belongs to: the one state that is a subject in this
        sentence, else the state that was last the subject of a main clause in this paragraph, else the state
        the document is about, if one stands out, else the one state whose ministry of the title the text
        named ("the US Treasury ... Treasury Secretary X")."""
        person = self.doc[start:end].root
        # whom the person's own verb acts on is not their state ("General X accused Chad of ...")
        anchor = person.head if person.dep_ == "appos" else person  # "The army chief, General X, demanded ..."
        said = clauses_spoken_of(anchor)
        verb = anchor.head if anchor.dep_ in ("nsubj", "nsubjpass") else None
        own = {t.i for t in anchor.subtree}
        acted_on = {self.mention(t).actor.id for t in (verb.subtree if verb is not None else ())
                    if t.i not in own and self.mention(t) is not None and self.mention(t).type == "state"}
        # nor the state of a person it acts with or on ("Prime Minister X will raise it with Xi Jinping": not China)
        acted_on |= {office.id for t in (verb.subtree if verb is not None else ()) if t.i not in own
                     and not (verb.lemma_ in SPEECH and any(t.i in c for c in said))  # (not whom the person speaks of)
                     and (m := self.mention(t)) is not None and m.type == "person"
                     and (office := self._office_of(m.actor)) is not None and office.type == "state"}
        held = anchor
        while held.dep_ == "compound" and held.head != held:
            held = held.head  # "declared Ambassador X persona non grata", read as one noun
        if held.dep_ in ("dobj", "dative"):
            # "Rubio declared Ambassador X persona non grata", "Putin received Prime Minister Y": whom an
            # official acts on serves another state than the official's
            if (home := tried_at_home(held.head, self.agent(held.head), self.lex)) is not None:
                return home  # "Ecuadorian police arrested former vice-president X": their own (unstated_offices.py)
            for doer in self.agent(held.head):
                office = self.affiliation.get(doer.actor.id) if doer.actor.type == "person" else doer
                served = office.actor if office is not None else self.ctx.serves.get(doer.actor.id)
                if served is not None:
                    acted_on.add(served.id)
        subjects = {m.actor.id: m for m in self.mentions if m.type == "state" and not m.is_demonym
                    and not start <= m.start < end and self.doc[m.start:m.end].root.dep_ in ("nsubj", "nsubjpass")
                    and not any(self.doc[m.start:m.end].root.i in clause for clause in said)
                    and not _adverbial_apart(self.doc[m.start:m.end].root.head, verb)}
        subjects = {k: m for k, m in subjects.items() if k not in acted_on}
        if len(subjects) == 1:
            m = next(iter(subjects.values()))
            return Arg(m.actor, m.start)
        last = self.ctx.main_subject
        if not subjects and last is not None and self.ctx.paragraph_start is not None and \
                last[0] >= self.ctx.paragraph_start and last[1].id not in acted_on:
            return Arg(last[1], -3000)
        here = self._position(self.doc[start])
        # where a roundup's item was filed ("LA PAZ - ... when President X expelled"), else the state the document is
        # about, else the one state whose ministry of the title the text named ("the US Treasury ... Treasury Secretary
        # X"), else where a wire story was filed ("ANKARA (Reuters) - The minister said"); one only spoken of may be it
        home = self.ctx.item_dateline or self.ctx.dominant_state(here) or self._title_ministry(title) or \
            self.ctx.dateline if not subjects else None
        if home is not None and (home.id not in acted_on or
                                 home.id in named_only_in_speech(verb, own, said, self.mention, title, self.lex)):
            return Arg(home, -3001)
        # "Vice Minister X summoned the Chinese ambassador" in a text about Japan and China: whoever acts on
        # one side of the pair the document is about serves the other
        pair = self.ctx.standing_pair(here) if not subjects and acted_on else []
        other = [a for a in pair if a.id not in acted_on]
        return Arg(other[0], -3001) if len(pair) == 2 and len(other) == 1 else None

    def _affiliate(self, phrase, company_only: bool = False, envoy: bool = False) -> Arg | None:
        """The actor a title phrase names: a known organisation or firm first (for an envoy, a state first:
        "Britain's UN ambassador" serves Britain at the UN); a state that owns an unknown body ("Kazakhstan's
        Association of ...") before that body; else any actor."""
        mentions = []
        for tok in phrase:
            m = self.mention(tok)
            if m is not None and m.type not in ("person", "weapon") and m not in mentions:
                if company_only and m.type == "state":
                    continue
                mentions.append(m)
        if not mentions:  # "that country's prime minister, X", "the island's minister": the reference's actor
            for tok in (t for t in phrase if t.dep_ == "poss" and t.lower_ not in ("its", "their", "his", "her")):
                found = self.actors(tok, "strict")
                # "the Secretary-General's personal envoy, X", "Trump's envoy, Y": the office of whom they serve
                found = [a if a.actor.type != "person" else Arg(office, -3003) for a in found
                         if a.actor.type != "person" or (office := self._office_of(a.actor)) is not None]
                found = [a for a in found if a.actor.type in ("state", "organization", "armed_group")]
                if found and not company_only:
                    return found[0]
        if not mentions:  # "Laos and its special envoy, X": the actor the title's phrase is coordinated with
            # (not any antecedent: in "shot down a jet and captured its pilot, X", "its" is the jet's)
            siblings = [coordinated_sibling(tok.head) for tok in phrase if tok.dep_ == "poss" and tok.lower_ == "its"]
            owners = [m for sibling in siblings if sibling is not None and (m := self.mention(sibling)) is not None
                      and m.type not in ("person", "weapon") and not m.is_demonym]
            if owners and not company_only:
                return Arg(owners[0].actor, owners[0].start)
            return (None if company_only else self._pronoun_owner(phrase)) or self._body_by_head_word(phrase)
        # (only a state that owns the post: "Britain's UN ambassador", "the British UN envoy"; not "the AU envoy,
        # former Nigerian president X", whose state is his nationality)
        posting = [m for m in mentions if m.type == "state" and (self.doc[m.start:m.end].root.dep_ == "poss" or any(
            o.start == m.end and o.type == "organization" for o in mentions))]
        if envoy and posting:
            return Arg(posting[0].actor, posting[0].start)
        known = [m for m in mentions if m.entry is not None and m.type != "state"]
        if known:
            return Arg(known[0].actor, known[0].start)
        states = [m for m in mentions if m.type == "state"]
        if states:
            return Arg(states[0].actor, states[0].start)
        return Arg(mentions[0].actor, mentions[0].start)

    def _office_of(self, person):
        """The state or body ``person`` holds office in, as this sentence, the document or the gazetteer says."""
        side = self.affiliation.get(person.id)
        return side.actor if side is not None else self.ctx.serves.get(person.id) or self._office_known(person)

    def _nationality(self) -> None:
        """"Turkish drone company Baykar", "Baykar, a leading Turkish drone factory": BASED_IN."""
        descriptors = self.lex.classes("company", "ngo") | {
            "group", "militia", "organisation", "organization", "gang", "cartel", "faction", "movement"}
        for mention in self.mentions:
            if mention.type not in ("company", "ngo", "armed_group"):
                continue
            listed = self._listed_under(mention)
            for phrase in [*self._title_phrases(mention), *listed]:
                lemmas = {t.lemma_.lower() for t in phrase}
                if not lemmas & descriptors and phrase not in listed:
                    continue  # (the plural a list of firms is set against describes them: "three Mexican banks")
                # "a group that Iran supplies": what a clause on the noun says is no nationality
                # (but where it has its seat is its home: "Edgewing, a joint venture headquartered in the UK")
                clauses = {t.i for tok in phrase if tok.dep_ in ("relcl", "acl") and not (
                    tok.dep_ == "acl" and tok.lemma_.lower() in self.lex.noun_class["seated"]) for t in tok.subtree}
                states = self._phrase_states(phrase, clauses)
                if states:
                    state = states[0]
                    if self._emit([Arg(mention.actor, mention.start)], [state], ("BASED_IN",), None, "nationality"):
                        self.nationality.setdefault(mention.actor.id, state)
                        break
            else:
                self._home(mention)

    def _listed_under(self, mention: Mention) -> list[list]:
        """"three Mexican banks, CIBanco, Intercam and Vector": the plural noun a list is in apposition to
        describes every name of the list, not only the first."""
        root = self.doc[mention.start:mention.end].root
        if root.dep_ not in ("conj", "appos"):  # (the first of the list is the plural's apposition)
            return []
        top = root
        while top.dep_ == "conj" and top.head != top and top.pos_ != "NOUN":
            top = top.head  # (the parser hangs the list on the noun as an apposition or as its conjuncts)
        noun = top.head if top.dep_ == "appos" else top
        if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.i + 1 >= self.sent.end or self.doc[noun.i + 1].text != ",":
            return []
        return [[t for t in noun.subtree if t.i <= noun.i]]

    def _described_firms(self) -> None:
        """"The US major, which has since invested in Guyana", "the Turkish firm": a firm named
        again by a word for a firm with a state's name or demonym on it is based in that state."""
        for token in self.tokens:
            if token.pos_ != "NOUN" or self.lex.references.get("the " + token.lower_, (0, ()))[1] != ("company",):
                continue
            states = [m for c in token.children if c.dep_ in ("amod", "compound", "nmod")
                      and (m := self.mention(c)) is not None and m.type == "state" and m.kind != PLACE]
            after = self.mention(self.doc[token.i + 1]) if token.i + 1 < self.sent.end else None
            named = after is not None or self.mention(token) is not None or any(
                (m := self.mention(c)) is not None and m.type != "state" for c in token.subtree if c is not token)
            firms = self._reference(token, ()) if states and not named else None  # ("the Chinese company X" is X)
            for firm in firms or ():
                self._emit([firm], [Arg(states[0].actor, states[0].start)], ("BASED_IN",), None, "nationality")

    def _home(self, mention: Mention) -> None:
        """Where a firm or an institute is from when no descriptor noun says so: "Italian Fincantieri",
        "France's state-owned Naval Group", "Uralvagonzavod of Russia", "U.S. defense contractors
        including A and B", "the Lowy Institute in Sydney" (a firm only in a city: "TotalEnergies in
        Mozambique" is its business there, not its home)."""
        if mention.type == "armed_group":
            self._group_home(mention)
            return
        if mention.type not in ("company", "ngo"):
            return
        root = self.doc[mention.start:mention.end].root
        states = []
        i = mention.start - 1  # "France's state-owned", "Italian": words that qualify the name itself
        while i >= self.sent.start and self.mention(self.doc[i]) is None and mention.start - i <= 4 and (
                self.doc[i].pos_ in ("ADJ", "ADV") or self.doc[i].tag_ == "VBN" or self.doc[i].text in ("-", "–")
                or self.doc[i + 1].text in ("-", "–")):
            i -= 1
        possessive = i > self.sent.start and self.doc[i].lower_ in ("'s", "’s")
        before = self.mention(self.doc[i - possessive]) if i - possessive >= self.sent.start else None
        if before is not None and before.type == "state" and (possessive or before.is_demonym) and \
                mention.type == "company":  # ("Kazakhstan's Association of ..." may be a body of the state)
            states.append(before)
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "in")):
            pobj = prep_object(prep)
            places = [pobj, *(c for c in pobj.children if c.dep_ == "appos")] if pobj is not None else []
            for place in (self.mention(p) for p in places):  # "in The Hague (Netherlands)"
                if place is None or place.type != "state" or place.is_demonym or prep.lower_ == "in" and \
                        mention.type == "company" and place.kind == "name":
                    continue
                states.append(place)  # "Uralvagonzavod of Russia", "the Lowy Institute in Sydney"
        first = root
        while first.dep_ == "conj" and first.head != first:  # "... including A and B"
            first = first.head
        if first.dep_ == "pobj" and first.head.lower_ in ("including", "like", "as"):  # "U.S. contractors including X"
            listed = first.head.head
            while listed.dep_ == "conj" and listed.head != listed:
                listed = listed.head
            if listed.lemma_.lower() in self.lex.classes("company", "ngo"):
                states += [m for c in listed.children if c.dep_ in ("amod", "compound", "nmod", "poss")
                           for t in c.subtree if (m := self.mention(t)) is not None and m.type == "state"]
        rule = "nationality"
        home = mention.entry.external_ids.get("country") if mention.entry is not None else None
        if not states and home:  # "Other Korean firms ...: Hanwha Aerospace is delivering": the home the
            # gazetteer knows, when the sentence names that state too
            states = [m for m in self.mentions if m.type == "state" and m.actor.id == f"state:{home}" and (
                m.kind != PLACE or self._placed_at(root, m))]  # ("built by the state shipyard PT PAL in Surabaya")
            rule = "nationality:known"
        if states:
            state = Arg(states[0].actor, states[0].start)
            if self._emit([Arg(mention.actor, mention.start)], [state], ("BASED_IN",), None, rule):
                self.nationality.setdefault(mention.actor.id, state)

    def _placed_at(self, root, place: Mention) -> bool:
        """Is ``place`` the in- or at-phrase of the firm's name, of what it is set beside, or of the verb it
        does or is the by-phrase of ("built by the state shipyard X in Surabaya")?"""
        node, path = root, [root]
        while node.dep_ in ("appos", "pobj", "agent", "nsubj", "compound") and node.head != node and len(path) < 5:
            node = node.head
            path.append(node)
        token = self.doc[place.start]
        return token.dep_ == "pobj" and token.head.lower_ in ("in", "at") and token.head.head in path

    def _group_home(self, mention: Mention) -> None:
        """Where an armed group is from: "Yemen's Houthis", "Somali al-Shabaab", "the Houthis in
        Yemen". A group the gazetteer knows as a state's force abroad ("Russia's Africa Corps",
        "Wagner in Mali") is that state's, and present where it is."""
        if self.doc[mention.end - 1].lemma_.lower() in self.lex.noun_class["state_body"]:
            return  # "Afghanistan's Taliban government" is who governs it, not a group from there
        state = None
        i = mention.start - 1
        possessive = i > self.sent.start and self.doc[i].lower_ in ("'s", "’s")
        before = self.mention(self.doc[i - possessive]) if i - possessive >= self.sent.start else None
        if before is not None and before.type == "state" and before.kind != PLACE and \
                before.end == mention.start - possessive and (possessive or before.is_demonym):
            state = before
        sponsor = mention.entry.external_ids.get("sponsor") if mention.entry is not None else None
        if state is None and not sponsor:
            root = self.doc[mention.start:mention.end].root
            for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "in"):
                place = self.mention(prep_object(prep)) if prep_object(prep) is not None else None
                if place is not None and place.type == "state" and place.kind in ("name", "alias"):
                    state = place  # "the Houthis in Yemen" (a city says where it acts, not where it is from)
        if state is None:
            return
        group, home = Arg(mention.actor, mention.start), Arg(state.actor, state.start)
        if sponsor and state.actor.id == f"state:{sponsor}":
            self._emit([group], [home], ("AFFILIATED_WITH",), None, "sponsor")
        elif not sponsor:
            self._emit([group], [home], ("BASED_IN",), None, "nationality")


def singular_title(token, lexicon: Lexicon) -> str:
    """A title word as the lexicon spells it: "ministers" and the capitalised "Ministers" (whose
    lemma the model leaves plural) are "minister"."""
    if token.tag_ not in ("NNS", "NNPS"):
        return token.lower_
    lemma = token.lemma_.lower()
    return lemma[:-1] if lemma.endswith("s") and lemma[:-1] in lexicon.titles else lemma


def is_title(lemma: str, lexicon: Lexicon) -> bool:
    return lemma in lexicon.titles


def bare_title(phrase, title: str, lexicon: Lexicon) -> bool:
    """Is the title all there is before the name ("President X", "the Defence Minister X"), with
    no actor, nationality or other words that could say whose office it is? A state body
    says only that the office is a state's ("foreign ministry spokesperson X", "junta
    spokesman Y"), not whose."""
    tokens = [t for t in phrase if t.pos_ not in ("DET", "PUNCT", "NUM")
              and t.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL")]
    honorifics = {w.rstrip(".") for h in lexicon.honorifics for w in h.split()}
    tokens = [t for n, t in enumerate(tokens) if n == 0 or t.lower_.rstrip(".") not in honorifics or t.lower_ in title.split()]
    words = [t.lower_ for t in plain_office(tokens, title, lexicon)]
    text = " ".join(words)
    if text == title:
        return True  # "Foreign Secretary Shri X": an honorific between the title and the name changes nothing
    qualifier = text[:-len(title)].split() if text.endswith(" " + title) else None
    bodies = lexicon.noun_class["state_body"] | {"foreign", "defence", "defense", "interior", "presidential",
                                                 "finance", "treasury", "commerce", "trade", "economy", "energy",
                                                 "justice", "security", "national", "deputy", "vice",
                                                 "acting", "first", "assistant", "under", "senior", "chief"}
    # a minister's portfolio, whatever it is ("the information minister", "Petroleum Minister X"), names no one
    portfolio = title.split()[-1] in lexicon.noun_class["portfolio_heads"] and all(
        t.pos_ in ("NOUN", "ADJ", "PROPN", "CCONJ") and t.ent_type_ in ("", "ORG") for t in tokens[:-len(title.split())])
    return bool(qualifier) and (portfolio or all(w in bodies for w in qualifier))


def find_title(words: list[str], lexicon: Lexicon) -> str | None:
    text = " " + " ".join(words) + " "
    for title in lexicon.titles:
        if f" {title} " in text:
            return title
    return None


def role_text(phrase, by_token, affiliate: Arg, title: str) -> str:
    """The title as written, from its first word, without the actor it belongs to, articles and
    possessives: "the appointment of Iranian President" -> "President"."""
    first = title.split()[0]
    start = next((n for n, tok in enumerate(phrase) if tok.lower_ == first), 0)
    words = []
    for tok in phrase[start:]:
        m = by_token.get(tok.i)
        if m is not None and m.actor.id == affiliate.actor.id:
            continue
        if tok.pos_ in ("DET", "PUNCT") or tok.tag_ == "POS" or tok.is_space or tok.lower_ in ("'s", "’s"):
            continue
        words.append(tok.text)
    while words and words[-1].lower() in ("of", "for", "and", "in", "at"):
        words.pop()
    while words and words[0].lower() in ("of", "for", "and"):
        words.pop(0)
    return " ".join(words)


def _adverbial_apart(verb, other) -> bool:
    """Whether one of two verbs heads an adverbial clause of the other ("After X accused ...,
    N'Djamena expelled ..."): the subject of one is no clue to whom the other's subject serves."""
    if verb is None or other is None or verb == other:
        return False
    return (verb.dep_ == "advcl" and verb.head == other) or (other.dep_ == "advcl" and other.head == verb)

