"""Which actors a plural reference means: "the two countries", "both sides", "the two leaders", "all three"
(mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`; split out of references.py)."""

from __future__ import annotations

from diplograph.graph.model import Actor
from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import DEAL_REACH, SPEECH, governing_clauses, speaking_verb
from diplograph.loaders.articles.titles import is_title
from diplograph.loaders.articles.told_pairs import pair_told_last

# Characters back to two leaders told acting together whose states "the two countries" are: the sentence before
LEADERS_REACH = 400


class Sides:
    """Mixed into :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def _sides(self, token, count: int, types, exclude, before: int) -> list[Actor]:
        """The ``count`` actors "the two countries", "all three", "both sides" point back to."""
        exclude = {*exclude, *self._go_betweens_over(token)}
        if tuple(types) == ("person",):  # "both leaders": not the foreign ministers named since, nor "an adviser to X"
            exclude = {*exclude, *self._not_holders(token, before)}  # named in the phrase's own sentence
        if count == 2 and any(c.dep_ == "amod" and c.lower_ in self.lex.noun_class["warring"] for c in token.children):
            # "the two warring sides": those told fighting, or no one (never two states named for something else)
            return self._named_before_in_sentence(token, count, types, exclude) or \
                self._fighting_sides(types, exclude, before)
        found = self._named_before_in_sentence(token, count, types, exclude) or self._deal_sides(token, count) or \
            self._named_around_in_sentence(token, count, types, exclude) or self._truce_sides(token, count, types,
                                                                                           exclude, before)
        if not found and count == 2:  # the sides of a mediation told just before are never its go-betweens
            exclude = {*exclude, *self.ctx.mediators(before)}
        speakers: set[str] = set()
        if not found and count == 2 and "armed_group" in types:  # the two sides of the fighting or talks just told
            speakers = self._speakers_sides(token)
            told = self.ctx.sides_told(before, (*exclude, *speakers), reach=600)
            found = told if all(a.type in types for a in told) and self._cast_of_paragraph(told, types, exclude,
                                                                                          before) else []
        if not found and count == 2 and "state" in types:
            found = self._leaders_states(before, exclude)
        # a list later in the sentence may be what the phrase means ("both sides ... the conflict
        # between A and B"), but not the hosts of a by-phrase ("talks between the two rivals were
        # hosted by Iraq and Oman")
        agents = [t.idx for t in self.tokens if t.i > token.i and t.dep_ == "agent"]
        until = self.offset + (agents[0] if agents else self.sent.end_char)
        # whoever else was named last need not be the sides a speaker means who is one of them
        later_only = bool(speakers)
        guessed = not found
        for actor_type in types:
            if found:
                break
            found = self.ctx.recent((actor_type,), count, before, exclude, until=until, later_only=later_only)
        if guessed and count == 2 and not found:
            # no two named before: the pair of the talks or deal told last (told_pairs.py)
            told = pair_told_last(self.ctx, before, exclude, types, token, self.offset)
            found = told if told and self._cast_of_paragraph(told, types, exclude, before) else found
        if not found and len(types) > 1:  # the sides of a civil war: a state and an armed group
            found = self.ctx.recent(types, count, before, exclude, until=until, later_only=later_only)
        if count == 2 and "state" in types:
            found = self._bordering_sides(token, found, exclude, before)
            found = self._pair_bordering_subject(token, found, exclude, before)
        return found

    def _cast_of_paragraph(self, told: list[Actor], types, exclude, before: int) -> bool:
        """Whether the sides told last may be "the two sides" here: not when they were told in the paragraph before
        and this paragraph has named two others of its own ("Hamas attacked Israel. Qatar has mediated between the
        two sides": not the pair that signed a deal in the paragraph before)."""
        start = self.ctx.paragraph_start
        if start is None:
            return True
        own = {s.actor_id for s in self.ctx.seen if start <= s.position < before and s.type in types
               and s.actor_id not in exclude}
        return len(own - {a.id for a in told}) < 2 or {a.id for a in told} <= own

    def _former_or_latter(self, token, exclude) -> list[Arg]:
        """"Armenia and Azerbaijan held talks. The latter accused the former ...": the first or the second of the
        two actors of a kind named before it: in its sentence, else the pair the paragraph named together, else the
        only two the paragraph named; persons before states and bodies ("Putin met Xi. The latter praised ...");
        nothing when more or fewer were named."""
        here = self._position(token)
        starts = (self.offset + self.sent.start_char, self.ctx.paragraph_start)
        for kinds in (("person",), ("state", "organization", "armed_group")):
            pairs = [list(dict.fromkeys(s.actor_id for s in self.ctx.seen
                                        if starts[0] <= s.position < here and s.type in kinds))]
            pairs.append([a.id for a in self.ctx.recent_group(kinds, 2, here)])
            if starts[1] is not None:
                pairs.append(list(dict.fromkeys(s.actor_id for s in self.ctx.seen
                                                if starts[1] <= s.position < here and s.type in kinds)))
            pair = next((p for p in pairs if len(p) == 2), None)
            if pair is not None:
                chosen = pair[0] if token.lower_ == "former" else pair[1]
                actor = self.ctx.actors.get(chosen) or self.ctx.implied.get(chosen)
                return [Arg(actor, token.i)] if actor is not None and chosen not in exclude else []
        return []

    def _truce_sides(self, token, count: int, types, exclude, before: int) -> list[Actor]:
        """"Haftar's army attacked Tripoli ... In October the two sides signed a permanent ceasefire": those who
        agree a truce are the two sides of the fighting told last in the section (an attack or a clash), before
        any two actors named since (a backer, a neighbour that warned). Not in what someone says ("Qatar said the two
        sides had agreed to a ceasefire"): a speaker's two sides are those of the talks they tell of (`sides_told`)."""
        verb = token.head
        if count != 2 or token.dep_ not in ("nsubj", "nsubjpass") or speaking_verb(token, SPEECH) is not None or not any(
                c.lemma_.lower() in self.lex.truce_words
                for c in (*verb.children, *(g for p in verb.children if p.dep_ == "prep" for g in p.children))
                if c.dep_ in ("dobj", "pobj", "attr")):
            return []
        return self._fighting_sides(types, exclude, before)

    def _fighting_sides(self, types, exclude, before: int) -> list[Actor]:
        """The two sides of the fighting told last in the section (an attack or a clash)."""
        for position, predicate, first, second in reversed(self.ctx.told):
            if position < self.ctx.section_start:
                break
            if position < before and predicate in ("ATTACK", "ARMED_CLASH") and first.id != second.id and \
                    first.type in types and second.type in types and not {first.id, second.id} & set(exclude):
                return [first, second]
        return []

    def _go_betweens_over(self, token) -> set[str]:
        """"The United States and Saudi Arabia facilitated the talks at which the two forces signed a declaration":
        whoever hosts, brokers or facilitates what the phrase does (a verb above it, lexicon `go_between_verbs`)
        is no side of it."""
        found: set[str] = set()
        verb = token
        while verb.head.i != verb.i:
            below, verb = verb, verb.head
            if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in self.lex.go_between_verbs and \
                    below.dep_ not in ("nsubj", "nsubjpass", "csubj"):
                found |= {a.actor.id for a in self.agent(verb)}
                if verb.dep_ in ("xcomp", "advcl"):  # "sent Chissano to mediate between the two men": the one sent goes between
                    found |= {a.actor.id for o in verb.head.children if o.dep_ == "dobj" for a in self.actors(o, "strict")}
        return found

    def _note_leaders_pair(self, a: Actor, b: Actor, at: int) -> None:
        """Remember the states of two persons told acting together, each an official of another state."""
        states = [self._office_of(a), self._office_of(b)]
        if all(s is not None and s.type == "state" for s in states) and states[0].id != states[1].id:
            self.ctx.leaders_pair = (at, states)

    def _leaders_states(self, before: int, exclude) -> list[Actor]:
        """"Aliyev and Armenia's prime minister, Pashinyan, signed a declaration with Trump. Russia, which had
        mediated between the two countries ...": the states of the two leaders told acting together in the sentence
        just before, unless two states were named together after them (those come first)."""
        told = self.ctx.leaders_pair
        if told is None or before - told[0] > LEADERS_REACH or (
                self.ctx.paragraph_start is not None and told[0] < self.ctx.paragraph_start) or \
                {a.id for a in told[1]} & set(exclude):
            return []
        group = {a.id for a in self.ctx.recent_group(("state",), 2, before, exclude)}
        if any(s.group is not None and s.actor_id in group and told[0] < s.position < before for s in self.ctx.seen):
            return []
        return list(told[1])

    def _named_around_in_sentence(self, token, count: int, types, exclude) -> list[Actor]:
        """"China's commerce ministry confirmed that the two sides had reached a consensus, and said Washington
        would suspend the rule": the one actor the sentence names before the phrase and the one it makes the
        subject of a clause after it (an official counting as their state), when there are just those two."""
        if count != 2:
            return []
        before = self._named_before_in_sentence(token, 1, types, exclude) or self._alone_in_paragraph(token, types,
                                                                                                   exclude)
        later = {m.actor.id: m.actor for m in self.mentions if m.start > token.i and m.type == types[0] and
                 not m.is_demonym and self.doc[m.start:m.end].root.dep_ in ("nsubj", "nsubjpass")}
        if len(before) != 1 or len(later) != 1 or before[0].id in later or set(later) & set(exclude) or \
                any(m.start > token.i and m.type == types[0] and m.actor.id not in later and m.actor.id != before[0].id
                    for m in self.mentions):
            return []
        return [before[0], *later.values()]

    def _alone_in_paragraph(self, token, types, exclude) -> list[Actor]:
        """"Iran is back as well. The two governments agreed to restore relations, which Khartoum had severed":
        with nothing named before the phrase in its sentence, the one actor the paragraph named before it."""
        start = self.ctx.paragraph_start
        if start is None or any(m.start < token.i for m in self.mentions):
            return []
        sentence = self.offset + self.sent.start_char
        named = {s.actor_id for s in self.ctx.seen if start <= s.position < sentence}
        fitting = [i for i in named if (a := self.ctx.actors.get(i)) is not None and a.type == types[0]]
        if len(named) != 1 or len(fitting) != 1 or fitting[0] in exclude:
            return []
        return [self.ctx.actors[fitting[0]]]

    def _not_holders(self, token, before: int) -> set[str]:
        """The persons "both leaders", "the two presidents", "the two ministers" cannot be: those neither the
        text nor the gazetteer gives such a title ("leaders" and "heads" of state are presidents, prime
        ministers, kings ...)."""
        lemma = token.lemma_.lower()
        if lemma in ("leader", "head"):
            heads = self.lex.noun_class["leader_titles"]
        elif is_title(lemma, self.lex):
            heads = {lemma}
        else:
            return set()  # "the two men": any two persons
        return self.ctx.not_holders(heads, before)

    def _speakers_sides(self, token) -> set[str]:
        """Whom the speaker of the words ``token`` stands in speaks for: the speaker and the state or
        body their office is in ("'The two sides agreed ...,' the foreign ministry spokesperson
        said": the spokesperson's state is no side)."""
        if getattr(self, "_reading_sides", False):
            return set()  # "each side accused the other": the phrase is the speaker itself
        self._reading_sides = True
        try:
            return self._speakers_sides_of(token)
        finally:
            self._reading_sides = False

    def _speakers_sides_of(self, token) -> set[str]:
        verb = speaking_verb(token, SPEECH)
        if verb is None:
            return set()
        sides = set()
        for arg in self.agent(verb):  # an official's state comes as a proxy when the sentence names it
            sides.add(arg.actor.id)
            mention = self.mention(self.doc[arg.key]) if arg.actor.type == "person" and 0 <= arg.key < len(self.doc) \
                else None
            office = self._known_affiliation(mention) if mention is not None and mention.actor.id == arg.actor.id \
                else None
            if office is not None:
                sides.add(office.actor.id)
        return sides

    def _deal_sides(self, token, count: int) -> list[Actor]:
        """"Under the deal, the two sides are to reopen embassies": the parties of the deal the
        text told last, when the sentence names that deal ("the deal") before the phrase, and the text has named
        no other two together since (a convention of the colonial powers told in passing, then "Gabon and
        Equatorial Guinea ...": "the special agreement" the two governments signed is not the old convention's)."""
        last = self.ctx.last_deal
        if count != 2 or last is None or len(last[1]) != 2 or self._position(token) - last[0] > DEAL_REACH or \
                self._pair_named_since(last[0], last[1]):
            return []
        # (a deal a clause of its own picks out is a deal of its own, not the one told: "a convention signed in 1900 by
        # France and Spain ... In the special agreement that sent the case to the court, the two governments")
        named = any(t.i < token.i and t.lemma_.lower() in self.lex.noun_class["agreement"] and
                    any(c.lower_ in ("the", "this", "that") for c in t.children) and
                    not any(c.dep_ in ("relcl", "acl") for c in t.children) for t in self.tokens)
        return list(last[1]) if named else []

    def _pair_named_since(self, since: int, pair: list[Actor]) -> bool:
        """Whether the text has coordinated two actors of the kinds of ``pair``, other than ``pair``, since ``since``."""
        kinds, ids = {a.type for a in pair}, {a.id for a in pair}
        groups: dict[int, set[str]] = {}
        for s in self.ctx.seen:
            if s.group is not None and not s.referred and s.position > since and s.type in kinds:
                groups.setdefault(s.group, set()).add(s.actor_id)
        return any(len(members) >= 2 and members != ids for members in groups.values())

    def _named_before_in_sentence(self, token, count: int, types, exclude) -> list[Actor]:
        """"After Swedish Prime Minister X visited Budapest, the two governments agreed": exactly
        ``count`` actors named earlier in the sentence (an official counting as their state)."""
        named: dict[int, Actor] = {}
        for m in self.mentions:
            if m.start >= token.i:
                break
            if m.is_demonym and not self._state_context(self.doc[m.start:m.end].root):
                continue
            named.setdefault(m.start * 1000, m.actor)
        # "In May he paid a visit to Brazil ..., and the two governments signed": whom a pronoun stands for
        # (never one that looks ahead to this very phrase: "In their statement both delegations thanked X" would
        # ask who "both delegations" are to learn whose statement it was, and so on without end)
        for pronoun in (t for t in self.tokens if t.i < token.i and t.i not in self.by_token and
                        t.lower_ in self.lex.pronouns and self.lex.pronouns[t.lower_] != ("speaker",) and
                        not _subject_of_its_clause(token, t)):
            for arg in self._referent(pronoun):
                named.setdefault(pronoun.i * 1000 + len(named), arg.actor)
        found: dict[str, Actor] = {}
        for _, actor in sorted(named.items()):
            if actor.type == "person" and "person" not in types:  # "the two men" are persons, whatever their office
                office = self.affiliation.get(actor.id)
                if office is not None:
                    actor = office.actor
                else:  # "he paid a visit ..., and the two governments signed"
                    actor = self.ctx.serves.get(actor.id) or self._office_known(actor) or actor
            if actor.type == types[0] and actor.id not in exclude:
                found.setdefault(actor.id, actor)
        return list(found.values()) if len(found) == count else []


def _subject_of_its_clause(phrase, pronoun) -> bool:
    """Whether ``phrase`` is the subject of a clause that governs ``pronoun`` (the pronoun points ahead to it)."""
    return any(phrase.head == clause and phrase.dep_ in ("nsubj", "nsubjpass") for clause in governing_clauses(pronoun))
