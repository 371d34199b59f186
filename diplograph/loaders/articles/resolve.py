"""Resolution within one document: which actor a surname, a pronoun or "the two countries" means.

A :class:`DocumentContext` follows a document sentence by sentence. It keeps the actors seen
so far (one node per person however the name is written: "General Mohammad Hossein Bagheri",
"Mohammad Bagheri", "Bagheri"), and the order in which actors were mentioned, so that
references resolve to the most recent fitting mentions:

>>> from diplograph.graph.model import Actor
>>> ctx = DocumentContext()
>>> iran, tj = Actor.new("Iran", "state"), Actor.new("Tajikistan", "state")
>>> ctx.note(iran, 10, group=1); ctx.note(tj, 20, group=1)
>>> [a.name for a in ctx.recent(("state",), 2, before=50)]
['Iran', 'Tajikistan']
>>> bagheri = ctx.person("Mohammad Hossein Bagheri")
>>> ctx.person("Mohammad Bagheri").id == ctx.person("Bagheri").id == bagheri.id
True
"""

from __future__ import annotations

import re

from diplograph.gazetteer import Entry
from diplograph.graph.model import Actor
from diplograph.loaders.articles.given_name_people import given_name_key
from diplograph.loaders.articles.mention import Mention
from diplograph.loaders.articles.pairs import Pairs, Seen
from diplograph.names import name_key

# Relations between two sides that a go-between may stand between.
PAIRED = frozenset({"AGREEMENT", "CONSULTATION", "ARMED_CLASH", "DISPUTE"})
# One side's hostile acts on another, told in the same paragraph: the sides of a quarrel a go-between settles
# ("Benin arrested Nigerien workers, a move Niamey condemned. Chinese diplomats tried to calm the dispute")
HOSTILE = frozenset({"ATTACK", "COERCION", "CRITICISM", "PROTEST", "THREAT"})
# How far back (characters) "the army" may point to the state whose forces were named: a few
# paragraphs of the same section, not the article's other theatres.
ARMED_REACH = 2000


class DocumentContext(Pairs):
    """Actors and mentions of one document, in reading order."""

    def __init__(self, generic_heads: frozenset[str] = frozenset(), dateline: Actor | None = None,
                 family_first: frozenset[str] = frozenset()):
        self.actors: dict[str, Actor] = {}
        self.dateline = dateline  # the state a wire story's dateline names ("ANKARA (Reuters) - ")
        self.item_dateline: Actor | None = None  # the state the dateline of a roundup's paragraph names ("LA PAZ - ")
        self.written: int | None = None  # the year the document was written (its date, else the latest year it names)
        # actors the text implies without naming them ("Xi Jinping visited Hanoi" is China's visit):
        # references may point at them; they join the document only when a claim uses them
        self.implied: dict[str, Actor] = {}
        self.seen: list[Seen] = []
        self.noted: set[str] = set()  # states and bodies the text named so far (not a place in them: offices.py)
        self.own_state_names: set[str] = set()  # states named so far by a name no other state shares
        self._surnames: dict[str, str] = {}  # surname key -> person actor id
        self._foreseen: dict[str, Entry | None] = {}  # surname key -> the gazetteer person the text names in full
        self._namesakes: dict[str, Actor] = {}  # surname key -> the person named in full, not the gazetteer's namesake
        self._person_tokens: dict[str, tuple[str, ...]] = {}
        # inner name key -> person actor id (None: two people share it), the last resort of a surname alone
        self._inner_names: dict[str, str | None] = {}
        self._acronyms: dict[str, str] = {}
        self.mission_places: dict[str, Actor] = {}  # a mission's acronym -> the state it serves in
        self._short_forms: dict[str, str | None] = {}  # head word key -> body id (None: two bodies share it)
        self._generic_heads = generic_heads
        self._family_first = family_first  # family names written first ("Wang Yi ... Foreign Minister Wang")
        self.given_name_states: frozenset[str] = frozenset()  # whose people go by their given name (lexicon)
        self._next_group = 0
        self.weapons_at = -10**9  # end of the last sentence that named weapons
        self.weapons_named: dict = {}  # designation key -> the model's mention, None if two share it (named_weapons.py)
        self.names_made: dict = {}  # a name's words -> the actor this document made of it, None if two (names_again.py)
        self.paragraph_start: int | None = None  # where the paragraph being read starts, when known
        self.previous_paragraph: int | None = None  # where the paragraph of prose just before it starts
        self.section_start = 0  # where the text after the last heading starts
        self.member_heading: list | None = None  # [the body or None] of a heading of members (headed_lists.py)
        self.visit: tuple | None = None  # (position, hosts, guests) of the visit told last (hosts_and_guests.py)
        # the attack told last: (position, its targets, its date once the pipeline has read it)
        self.last_attack: tuple[int, list[Actor], object] | None = None
        self.seller: tuple[int, list[Actor]] | None = None  # the last "customers of X": (position, X)
        self.main_subject: tuple[int, Actor] | None = None  # the last state subject of a main clause
        # whom the last sentence's main-clause subject "It" stood for (None once a sentence has another main subject)
        self.main_pronoun: tuple[int, Actor] | None = None
        self.last_deal: tuple[int, list[Actor]] | None = None  # the parties of the agreement told last
        # the states of the two persons of another state each told last acting together (position, states)
        self.leaders_pair: tuple[int, list[Actor]] | None = None
        self.offices: set[str] = set()  # persons the document gave an office in a state or body
        self.serves: dict[str, Actor] = {}  # person id -> the state the document first gave them an office in
        # where the last main clause whose subject is a title alone ("The representative of X") is, and X
        # (the state its title names, and the state or body, for a bare name opening the next sentence: offices.py)
        self.unnamed_holder: tuple[int, Actor | None, Actor | None] = (-1, None, None)
        self.turn_speaker: Actor | None = None  # whom the speaker of the transcript turn being read acts for
        self.turn_speakers: dict[str, Actor] = {}  # a transcript label ("a", "q") -> whom its speaker acts for
        self.interviewee: tuple[Actor, Actor] | None = None  # (person, side) a page introduced before its first turn
        self.armed: list[tuple[int, str]] = []  # (position, state id) where a state's own forces were named
        # (position, state, words) where a state's ministry was named ("the US Treasury": "treasury"), for "the Treasury"
        self.ministries: list[tuple[int, Actor, str]] = []
        self.combatants: list[tuple[int, str, str]] = []  # (position, group id, kind of fighter) where named
        # what the last sentence that told acts did, and to whom: (predicate, object) for "X followed suit"
        self.last_acts: list[tuple[str, Actor]] = []
        self.last_acts_at = -1  # where the sentence that told them ends
        self.kept: dict[str, tuple[int, Actor]] = {}  # "the junta" -> (position, the actor it last stood for)
        self.given: dict[str, tuple[int, Actor, frozenset[str]]] = {}  # "hub" -> (position, actor, description's words)
        self.titled: list[tuple[int, str, Actor]] = []  # (position, title, person) of each titled name
        # (position, title, person) of each name with a bare title whose state nothing said ("President X")
        self.untied: list[tuple[int, str, Actor]] = []
        self.told: list[tuple[int, str, Actor, Actor]] = []  # (position, predicate, doer, other) of each relation found
        # the kind of event each told relation's trigger tells, by position: conflict, deal, talks or meeting
        self.told_kinds: dict[int, str] = {}
        self.mission_sites: list[tuple[int, Actor]] = []  # (position, state) of each mission said to serve there
        # (position, act noun, doers) of acts named as things (deeds.py)
        self.deeds: list[tuple[int, str, tuple[Actor, ...]]] = []
        self.passing_deeds: set[int] = set()  # positions of deeds told in passing ("a day after X struck ...")
        # (position, "", doers) of each act a main clause's verb tells, for a later "the move" (deeds.py)
        self.acts_told: list[tuple[int, str, tuple[Actor, ...]]] = []
        # (position, plural?, owners, theme classes) of each weapon noun named with its owners, for a later
        # "them" (downed.py)
        self.weapons_told: list[tuple[int, bool, tuple[Actor, ...], tuple[str, ...]]] = []
        # (position, demanders, addressees) of each demand that someone do something (deeds.py)
        self.demands: list[tuple[int, tuple[Actor, ...], tuple[Actor, ...]]] = []
        # (position, authors, ids of the actors told of) of each thing said or charged (rebuttals.py)
        self.charges: list[tuple[int, tuple[Actor, ...], frozenset[str]]] = []
        self.places: list[tuple[int, tuple[Actor, ...], str]] = []  # (position, states, words) of each place phrase
        self.missions_named: list[tuple[int, Actor | None]] = []  # (position, owner) of missions named (owned_missions.py)

    # -- actors ------------------------------------------------------------------------------

    def add(self, actor: Actor) -> Actor:
        """Record ``actor`` (merging the names of an actor with the same id) and return it."""
        known = self.actors.get(actor.id)
        if known is None:
            self.actors[actor.id] = actor
            if actor.type == "person":
                self._remember_person(actor)
            elif actor.type in _BODIES:
                self._remember_head(actor)
            return actor
        merged = known.with_aliases([actor.name, *actor.aliases])
        self.actors[actor.id] = merged
        return merged

    def named(self, name: str) -> Actor | None:
        """The body this document already knows by ``name``, whatever type a later guess gives it."""
        key = name_key(name)
        return next((a for a in self.actors.values() if a.type != "person" and name_key(a.name) == key), None)

    def _remember_person(self, actor: Actor) -> None:
        tokens = tuple(name_key(actor.name).split())
        if tokens:
            self._person_tokens[actor.id] = tokens
            self._surnames.setdefault(tokens[-1], actor.id)
            particle = re.fullmatch(r"(?:al|el|ad|as|ash|at|az|ar)-(\w+)", tokens[-1])
            if len(tokens) > 1 and particle:  # "Ahmed al-Sharaa ... al-Sharaa", tokenised "al - Sharaa": "Sharaa"
                self._surnames.setdefault(particle.group(1), actor.id)
            words = actor.name.split()
            for word, key in zip(words[1:-1], tokens[1:-1]) if len(words) == len(tokens) else ():
                if word[:1].isupper() and len(key) > 2 and not word.endswith("."):
                    # "Lars Løkke Rasmussen ... Løkke": the first part of a compound surname, used alone
                    known = self._inner_names.setdefault(key, actor.id)
                    self._inner_names[key] = known if known == actor.id else None
            given = actor.name.split()[-1]
            if len(tokens) > 1 and (re.fullmatch(r"[A-Z][a-z]+-[a-z]+", given) or tokens[0] in self._family_first):
                # "Lee Jae-myung", "Kim Jong-un": a hyphenated given name last is a family name first ("Lee"), and so
                # is a common East Asian family name opening a name ("Wang Yi ... Foreign Minister Wang")
                self._surnames.setdefault(tokens[0], actor.id)
            elif (given := given_name_key(actor.name, actor.external_ids, self.given_name_states)) is not None:
                self._surnames.setdefault(given, actor.id)  # "Paetongtarn", "Prabowo" (given_name_people.py)

    def _remember_head(self, actor: Actor, name: str | None = None) -> None:
        head = _head_word(name or actor.name)
        if head and head.lower() not in self._generic_heads:
            key = name_key(head)
            if self._short_forms.get(key, actor.id) != actor.id:
                self._short_forms[key] = None
            else:
                self._short_forms[key] = actor.id

    def remember_organ(self, text: str, actor: Actor) -> None:
        """"the European Parliament ... the Parliament": a body named by one of its organs (a seat of the gazetteer)
        is also the one body a later head word of that organ's name stands for."""
        self._remember_head(actor, text)

    def short_form(self, text: str) -> Actor | None:
        """The one body named in full before whose head word is ``text`` ("League" after "the
        Arab League"), if exactly one such body was named.

        >>> ctx = DocumentContext()
        >>> league = ctx.add(Actor.new("Arab League", "organization"))
        >>> ctx.short_form("League").name, ctx.short_form("Corps")
        ('Arab League', None)
        >>> _ = ctx.add(Actor.new("Hanseatic League", "organization"))
        >>> ctx.short_form("League") is None
        True
        """
        actor_id = self._short_forms.get(name_key(text))
        return self.actors.get(actor_id) if actor_id else None

    def person(self, name: str, known: Actor | None = None, written: str = "") -> Actor:
        """The person this document calls ``name``: a surname alone, or a fuller or shorter form
        of a name already seen (same surname and first name), is that person. ``written``: the name as
        the text spells it, whose surname names the gazetteer's person too ("Esmaeil Baqaei ... Baqaei" for
        the entry spelt "Baghaei")."""
        tokens = tuple(name_key(name).split())
        spelt = tuple(name_key(written).split())
        if known is not None and len(spelt) > 1 and spelt[-1:] != tokens[-1:]:
            self._surnames.setdefault(spelt[-1], known.id)
        if known is not None:  # a gazetteer entry: its id is authoritative
            for actor_id, seen_tokens in list(self._person_tokens.items()):
                if actor_id != known.id and seen_tokens[-1:] == tokens[-1:] and _compatible(seen_tokens, tokens):
                    self._surnames[tokens[-1]] = known.id
            return self.add(known.with_aliases([name]) if name != known.name else known)
        if not tokens:
            return self.add(Actor.new(name, "person"))
        actor_id = self._surnames.get(tokens[-1])
        if actor_id is not None and (_compatible(self._person_tokens[actor_id], tokens) or
                                     tokens == self._person_tokens[actor_id][:1]):  # a family name written first
            return self.add(Actor(actor_id, name, "person"))
        return self.add(Actor.new(name, "person"))

    def surname(self, text: str) -> Actor | None:
        """The person seen before whose surname is ``text``, or the actor an acronym introduced
        earlier stands for ("the Tigray People's Liberation Front (TPLF) ... the TPLF"), if any."""
        actor_id = self._surnames.get(name_key(text)) or self._acronyms.get(text) or self._inner_names.get(name_key(text))
        if actor_id is None and name_key(text) in self._namesakes:
            return self.add(self._namesakes[name_key(text)])
        return self.actors.get(actor_id) if actor_id else None

    def namesake(self, key: str, person: Actor) -> None:
        """Remember that the surname ``key`` stands for ``person``, whom the text names in full (namesakes.py)."""
        self._namesakes[key] = person

    def foresee(self, key: str, entry: Entry) -> None:
        """Remember that the document names the gazetteer person ``entry``, whose surname key is ``key``,
        in full somewhere (None for a key two such persons share)."""
        known = self._foreseen.get(key, entry)
        self._foreseen[key] = entry if known is not None and known.id == entry.id else None

    def foreseen(self, text: str) -> Entry | None:
        """The one gazetteer person of this document whose surname is ``text``, wherever the full name is.

        >>> from diplograph.gazetteer import Entry
        >>> ctx = DocumentContext()
        >>> ctx.foresee("lee", Entry("person:lee-jae-myung", "Lee Jae-myung", "person"))
        >>> ctx.foreseen("Lee").name, ctx.foreseen("Kim")
        ('Lee Jae-myung', None)
        """
        return self._foreseen.get(name_key(text))

    def acronym(self, text: str, actor: Actor) -> None:
        self._acronyms.setdefault(text, actor.id)

    # -- mentions ----------------------------------------------------------------------------

    def new_group(self) -> int:
        self._next_group += 1
        return self._next_group

    def note(self, actor: Actor, position: int, group: int | None = None, subject: bool = False,
             implied: bool = False, referred: bool = False) -> None:
        """Record a mention of ``actor`` at ``position`` (for references that come later); an
        ``implied`` one only counts for references; a ``referred`` group is a plural reference's resolution."""
        if implied and actor.id not in self.actors:
            self.implied.setdefault(actor.id, actor)
        else:
            self.actors.setdefault(actor.id, actor)
        self.seen.append(Seen(position, actor.id, actor.type, group, subject, referred))

    def doer_of(self, predicates, before: int, reach: int = 1500, exclude=(), skip=frozenset()) -> Actor | None:
        """Who did the act of one of ``predicates`` told last, within ``reach`` characters
        before ``before``: "the arms sales" a sentence after "Washington approved arms sales to
        Taipei" are Washington's. Acts told at the positions ``skip`` (in passing) count only when no other does."""
        for position, predicate, doer, _ in reversed(self.told):
            if position < before - reach:
                break
            if predicate in predicates and position < before and doer.id not in exclude and position not in skip:
                return doer
        return self.doer_of(predicates, before, reach, exclude) if skip else None

    def presence_told(self, before: int, reach: int = 1500, exclude=()) -> Actor | None:
        """Where the forces or the mission told last within ``reach`` characters before ``before`` are."""
        told = [(position, place) for position, predicate, _, place in self.told if predicate == "MILITARY_PRESENCE"]
        for position, place in sorted(told + self.mission_sites, key=lambda item: -item[0]):
            if position < before - reach:
                return None
            if position < before and place.id not in exclude:
                return place
        return None

    def deed_doers(self, lemmas, before: int, reach: int = 600, exclude=(), passing: bool = True) -> tuple[Actor, ...]:
        """Who did the deed told last (of one of ``lemmas``, or of any kind for None) within ``reach``
        characters before ``before`` ("their withdrawal": all of them); () when none. With ``passing``
        false, deeds told only in passing (in an adverbial or relative clause) are passed over."""
        for position, lemma, doers in reversed(self.deeds):
            if position < before - reach:
                return ()
            kept = tuple(d for d in doers if d.id not in exclude)
            if position < before and (lemmas is None or lemma in lemmas) and kept and \
                    (passing or position not in self.passing_deeds):
                return kept
        return ()

    def sole_doers(self, lemmas, before: int, exclude=()) -> tuple[Actor, ...]:
        """The doers of every deed of ``lemmas`` told anywhere before ``before``, when the document
        told all of them of the same doers ("the raid" of an article about one raid); () otherwise."""
        told = {tuple(d.id for d in doers if d.id not in exclude): doers
                for position, lemma, doers in self.deeds if position < before and lemma in lemmas}
        if len(told) != 1:
            return ()
        ids, doers = next(iter(told.items()))
        return tuple(d for d in doers if d.id in ids)

    def holder_of(self, title: str, before: int, by_head: bool = False) -> Actor | None:
        """The person the text last named with ``title`` before ``before`` ("Prime Minister Narendra
        Modi arrived ... The Prime Minister held talks"), if only one person held it so far; ``by_head``:
        also one named with a title of that head word ("Foreign Minister X ... the minister")."""
        holders = {p.id: p for at, t, p in self.titled if t == title and at < before}
        if not holders and by_head:  # "the minister" after "Foreign Minister X", if no other minister
            holders = {p.id: p for at, t, p in self.titled if t.split()[-1] == title and at < before}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def mediated_sides(self, before: int, reach: int = 1000) -> list[Actor]:
        """The sides of the mediation told last in this paragraph, within ``reach`` characters before
        ``before`` ("Egypt hosted Israeli and Hamas negotiators. A ceasefire was agreed")."""
        start = max(before - reach, self.paragraph_start if self.paragraph_start is not None else -1)
        last = max((position for position, predicate, _, _ in self.told
                    if predicate == "MEDIATION" and start <= position < before), default=None)
        if last is None:
            return []
        return list({other.id: other for position, predicate, _, other in self.told
                     if position == last and predicate == "MEDIATION"}.values())

    def mediators(self, before: int, reach: int = 600) -> set[str]:
        """The go-betweens of the mediation told last in this paragraph, within ``reach`` characters before
        ``before`` ("Egypt and Qatar mediated between Israel and Hamas. The two sides signed": not the two
        mediators)."""
        start = max(before - reach, self.paragraph_start if self.paragraph_start is not None else -1)
        last = max((position for position, predicate, _, _ in self.told
                    if predicate == "MEDIATION" and start <= position < before), default=None)
        return {doer.id for position, predicate, doer, _ in self.told if position == last and predicate == "MEDIATION"}

    def sides_told(self, before: int, exclude=(), reach: int = 1500, kind: str | None = None,
                   conflict: bool = False, hostile: bool = False) -> list[Actor]:
        """The two sides of the talks, deal, dispute or fighting told last, within ``reach``
        characters before ``before``: whom a go-between named alone stood between ("... a
        ceasefire between Kinshasa and Kigali. The talks were facilitated by Angola"). The last pair of
        ``kind`` (conflict, deal, talks) comes first (``hostile``: for a go-between, one side's hostile acts on
        the other in the paragraph tell of a conflict too); ``conflict``: never the pair of a mere meeting ("Netanyahu
        met Trump. The talks, mediated by Qatar, aim at a ceasefire in Gaza": not between Israel and the US)."""
        # a go-between's word also reads as a meeting with each side (later dropped): never a side itself
        mediated = {(position, doer.id) for position, predicate, doer, _ in self.told if predicate == "MEDIATION"}
        latest: list[Actor] = []
        for position, predicate, first, second in reversed(self.told):
            if position < before - reach or (self.paragraph_start is not None and position < self.paragraph_start
                                              and self.previous_paragraph is None):
                break
            acted = hostile and kind == "conflict" and predicate in HOSTILE and position >= (self.paragraph_start or 0) and \
                first.id != second.id and "person" not in (first.type, second.type)
            if position < before and (predicate in PAIRED or acted) and not {first.id, second.id} & set(exclude) and \
                    not {(position, first.id), (position, second.id)} & mediated:
                # "Pakistan and Afghanistan sent envoys to Doha": two who both met a third are the sides (two
                # who both fought a third are not one side of "the two sides")
                here = [(d, o) for at, p, d, o in self.told if at == position and p == predicate == "CONSULTATION"]
                doers = list({d.id: d for d, _ in here}.values())
                if len(doers) == 2 and len({o.id for _, o in here}) == 1 and not {d.id for d in doers} & set(exclude):
                    pair = doers
                elif conflict and self.told_kinds.get(position) == "meeting":
                    continue
                else:
                    pair = [first, second]
                # (a pair of the kind wanted told before one of another kind: only from the same paragraph)
                if (kind is None or self.told_kinds.get(position) == kind) and (
                        not latest or position >= (self.paragraph_start or 0)):
                    return pair
                latest = latest or pair
        return latest

    def seat_state(self, state_id: str, body_id: str, here: list[Actor]) -> Actor | None:
        """The state a seat city shared with a body stands for ("Rwanda cut ties with Belgium, accusing Brussels"):
        the state whose city it is, when this sentence or paragraph names that state and the paragraph does not name
        the body; else None (the body: "Brussels imposed tariffs")."""
        start = self.paragraph_start if self.paragraph_start is not None else -1
        named = {a.id: a for a in here} | {s.actor_id: self.actors.get(s.actor_id) for s in self.seen
                                          if s.position >= start}
        if body_id in named or named.get(state_id) is None:
            return None
        return named[state_id]

    def mediators_told(self, before: int) -> list[Actor]:
        """The go-betweens of the mediation the document told last before ``before``, however far back."""
        last = max((position for position, predicate, _, _ in self.told if predicate == "MEDIATION" and position < before),
                   default=None)
        return list({doer.id: doer for position, predicate, doer, _ in self.told
                     if position == last and predicate == "MEDIATION"}.values())

    def talks_told(self, before: int, exclude=()) -> list[Actor]:
        """The two sides of the talks told last anywhere before ``before`` (asserted or not: "suspended the
        negotiations with the ELN" still names them), neither a person nor a go-between's: whom a guarantor
        named with no sides, sections later, stands between."""
        mediated = {(position, doer.id) for position, predicate, doer, _ in self.told if predicate == "MEDIATION"}
        for position, predicate, first, second in reversed(self.told):
            if position < before and predicate == "CONSULTATION" and first.id != second.id and \
                    "person" not in (first.type, second.type) and not {first.id, second.id} & set(exclude) and \
                    not {(position, first.id), (position, second.id)} & mediated:
                return [first, second]
        return []

    def dominant_state(self, before: int) -> Actor | None:
        """The state the document is about, if one stands out: named at least three times before
        ``before`` and three times as often as any other state (a Skopje paper's "Prime Minister
        X" is North Macedonia's).

        >>> ctx = DocumentContext()
        >>> for at, name in enumerate(["Chad", "Sudan", "Chad", "Chad"]):
        ...     ctx.note(Actor.new(name, "state"), at)
        >>> ctx.dominant_state(10).name, ctx.dominant_state(3)
        ('Chad', None)
        """
        counts: dict[str, int] = {}
        for s in self.seen:
            if s.position < before and s.type == "state":
                counts[s.actor_id] = counts.get(s.actor_id, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 3 * ranked[1][1]):
            return None
        return self._actor(ranked[0][0])

    def _actor(self, actor_id: str) -> Actor:
        return self.actors.get(actor_id) or self.implied[actor_id]

    def recent_by_type_order(self, types, before: int, exclude=()) -> Actor | None:
        """The last actor of the first type in ``types`` that has one (nearest type first)."""
        excluded = set(exclude)
        for actor_type in types:
            pool = [s for s in self.seen if s.position < before and s.type == actor_type and s.actor_id not in excluded]
            if pool:
                return self._actor(pool[-1].actor_id)
        return None

    def recent_styled(self, style: str, types, before: int, exclude=()) -> Actor | None:
        """The last actor of ``types`` whose name or an alias holds ``style`` ("Kingdom" of
        "Kingdom of Saudi Arabia"): "the kingdom" after Saudi Arabia and Yemen is Saudi Arabia.

        >>> ctx = DocumentContext()
        >>> ctx.note(Actor.new("Saudi Arabia", "state", aliases=("Kingdom of Saudi Arabia",)), 0)
        >>> ctx.note(Actor.new("Yemen", "state"), 10)
        >>> ctx.recent_styled("Kingdom", ("state",), 20).name
        'Saudi Arabia'
        """
        for s in reversed(self.seen):
            if s.position < before and s.type in types and s.actor_id not in exclude:
                actor = self._actor(s.actor_id)
                if any(style in name.split() for name in (actor.name, *actor.aliases)):
                    return actor
        return None

    def most_named_styled(self, style: str, types, before: int, exclude=()) -> Actor | None:
        """The actor of ``types`` whose name holds ``style`` that the text has named most often before
        ``before`` (the latest on a tie): "the Kingdom" of a Moroccan statement that thanks Spain once.

        >>> ctx = DocumentContext()
        >>> for at, name in enumerate(["Morocco", "Morocco", "Spain"]):
        ...     ctx.note(Actor.new(name, "state", aliases=(f"Kingdom of {name}",)), at)
        >>> ctx.most_named_styled("Kingdom", ("state",), 10).name
        'Morocco'
        """
        counts: dict[str, tuple[bool, int, int]] = {}
        for s in self.seen:
            if s.position < before and s.type in types and s.actor_id not in exclude:
                actor = self._actor(s.actor_id)
                if any(style in name.split() for name in (actor.name, *actor.aliases)):
                    _, n, _ = counts.get(s.actor_id, (False, 0, 0))
                    # a style only in a formal name comes first: "the Kingdom" beside Saudi Arabia and the UK is
                    # Saudi Arabia (the "United Kingdom" is hardly ever "the Kingdom")
                    counts[s.actor_id] = (style not in actor.name.split(), n + 1, s.position)
        if not counts:
            return None
        return self._actor(max(counts, key=lambda k: counts[k]))

    def last_private_person(self, before: int, exclude=()) -> Actor | None:
        """The person named last who holds no office the document mentions (an opposition
        figure, a businessman): who "the leader of an extremist group" can be."""
        for s in reversed(self.seen):
            if s.position < before and s.type == "person" and s.actor_id not in self.offices and \
                    s.actor_id not in exclude:
                return self._actor(s.actor_id)
        return None

    def last_armed(self, before: int) -> Actor | None:
        """The state whose armed forces the text named last before ``before`` ("Myanmar's army"):
        who "the military" is."""
        since = max(self.section_start, before - ARMED_REACH)
        earlier = [actor_id for position, actor_id in self.armed if since <= position < before]
        if not earlier:  # past a heading, still the one state whose forces the text has just named
            named = {actor_id for position, actor_id in self.armed if before - ARMED_REACH <= position < before}
            earlier = list(named) if len(named) == 1 else []
        return self._actor(earlier[-1]) if earlier else None

    def last_combatants(self, before: int, kind: str) -> Actor | None:
        """The group whose fighters of ``kind`` the text named last before ``before`` ("Tuareg
        separatists of the CSP" for "the rebels"), else of any kind.

        >>> ctx = DocumentContext()
        >>> csp, jnim = ctx.add(Actor.new("CSP", "armed_group")), ctx.add(Actor.new("JNIM", "armed_group"))
        >>> ctx.combatants += [(10, csp.id, "rebel"), (20, jnim.id, "jihadist")]
        >>> ctx.last_combatants(30, "rebel").name, ctx.last_combatants(30, "guard").name
        ('CSP', 'JNIM')
        """
        earlier = [(actor_id, k) for position, actor_id, k in self.combatants if position < before]
        alike = [actor_id for actor_id, k in earlier if k == kind]
        chosen = alike or [actor_id for actor_id, _ in earlier]
        return self._actor(chosen[-1]) if chosen else None

    def neighbours_told(self, actor_id: str, before: int, reach: int = 1500) -> list[Actor]:
        """The states the text said ``actor_id`` borders, within ``reach`` characters before ``before``:
        whom "the Dominican Republic, which shares the island with Haiti, shut its border" shuts out."""
        found = {}
        for position, predicate, first, second in self.told:
            if predicate == "BORDERS" and before - reach <= position < before and actor_id in (first.id, second.id):
                other = second if first.id == actor_id else first
                found[other.id] = other
        return list(found.values())

    def firms_of_other_states(self, state_id: str, before: int) -> set[str]:
        """The firms named before ``before`` that the gazetteer places in a state other than
        ``state_id``: what "the Turkish firm" cannot point back to."""
        return {s.actor_id for s in self.seen if s.position < before and s.type == "company" and
                self._actor(s.actor_id).external_ids.get("country") not in (None, state_id.removeprefix("state:"))}

    def recent_within(self, types, before: int, window: int, exclude=()) -> Actor | None:
        """The last actor of one of ``types`` named within ``window`` characters before ``before``."""
        for s in reversed(self.seen):
            if before - window <= s.position < before and s.type in types and s.actor_id not in exclude:
                return self._actor(s.actor_id)
        return None

    def recent_subject(self, types, before: int, window: int, exclude=()) -> Actor | None:
        """The actor of one of ``types`` that was a grammatical subject within ``window`` characters."""
        excluded = set(exclude)
        for s in reversed(self.seen):
            if before - window <= s.position < before and s.subject and s.type in types and s.actor_id not in excluded:
                return self._actor(s.actor_id)
        return None

    def subject_going_on(self, types, before: int, exclude=(), reach: int = 400) -> Actor | None:
        """Whom a pronoun subject goes on about: the last subject of ``types`` within ``reach`` characters
        (the sentence or two before) in this paragraph, not the one named last ("Rubio met Mulino. He told him")."""
        start = max(before - reach, self.paragraph_start or 0)
        return self.recent_subject(types, before, before - start, exclude)

    def last_subject(self, types, before: int, exclude=()) -> Actor | None:
        """The actor that was last a grammatical subject, of one of ``types``."""
        excluded = set(exclude)
        for s in reversed(self.seen):
            if s.position < before and s.subject and s.type in types and s.actor_id not in excluded:
                return self._actor(s.actor_id)
        return None


_BODIES = frozenset({"organization", "armed_group", "ngo", "company"})


def _head_word(name: str) -> str:
    """The word a body's name is about: "Alliance" of "Alliance of Sahel States", "League" of
    "Arab League"; "" for a name of one word or a head that is not a capitalised word."""
    words = name.split()
    if len(words) < 2:
        return ""
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head if head[:1].isupper() and head.isalpha() and len(head) > 3 else ""


def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same surname; and the first names agree where both are given ("Mohammad Bagheri" and
    "Mohammad Hossein Bagheri"), or one form is the surname alone."""
    if a[-1] != b[-1]:
        return False
    if len(a) == 1 or len(b) == 1:
        return True
    return a[0] == b[0] or set(a[:-1]) <= set(b[:-1]) or set(b[:-1]) <= set(a[:-1])


def add_surnames(sent, mentions: list[Mention], context: DocumentContext) -> list[Mention]:
    """A capitalised word that is the surname of a person named earlier is that person ("Bagheri");
    an acronym introduced earlier is its actor, and "the League" the Arab League named before."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    # "declared Ambassador X Y persona non grata after Y told a webinar": a person named in full earlier in the sentence
    local = {name_key(m.actor.name.split()[-1]): m for m in mentions
             if m.type == "person" and len(m.actor.name.split()) > 1}
    added = []
    for token in sent:
        if token.i in taken or not token.text[:1].isupper() or token.pos_ != "PROPN" and not (
                token.text.isupper() and len(token.text) > 1) and not (  # an acronym, however tagged
                token.i == sent.start and token.dep_ == "nsubj"):  # "Morales accused ...", tagged a noun
            continue
        person, entry = context.surname(token.text), None
        named = local.get(name_key(token.text)) if person is None else None
        if named is not None and named.end <= token.i:
            person, entry = named.actor, named.entry
        if person is None and token.pos_ == "PROPN" and not token.text.isupper():
            entry = context.foreseen(token.text)  # a surname before the full name: a headline, a live blog
            person = entry.actor() if entry is not None else None
        kind = "surname" if person is not None and person.type == "person" else "acronym"
        if person is None and token.i > sent.start and sent.doc[token.i - 1].lower_ == "the":
            person, kind = context.short_form(token.text), "short form"
        if person is None:
            continue
        nxt = sent.doc[token.i + 1] if token.i + 1 < len(sent.doc) else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
            continue  # part of a longer name
        place = context.mission_places.get(token.text) if kind == "acronym" else None
        added.append(Mention(token.i, token.i + 1, person, "mission" if place else kind, token.text, entry, place=place))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions
