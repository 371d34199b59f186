"""The general reading of a question: its parts, whatever its wording, and the answer they ask for.

When no form of the grammar reads a question, this reader looks for the parts any question has:
the *focus* (who / which <type> / where / when / how many / yes-no), the *actors* (names,
aliases, demonyms, capitals, a surname, a misspelling, a part of a longer name, "Saudi-Iran"),
one or more *relation words* (the grammar's verbs, ``loose.yaml``'s nouns, and every verb and
noun trigger of the article extractor's lexicon), a *weapon* (a named system, or a category:
:mod:`diplograph.graph.weapons`), *time* (:mod:`diplograph.queries.when`) and *filters* (a type
word, a region adjective: "Which Central Asian countries ..."). It answers from those parts and
says how it read them; the words it could not use are named in the reading. It answers nothing
when it finds no relation word where one is needed, or actors it cannot place.

>>> from diplograph.queries.example import example_view
>>> parts = read_parts(example_view(), "Which Gulf states bought Borvian drones since 2021?")
>>> parts.focus, parts.actors, parts.relation.predicates, parts.window, [r.name for r in parts.regions]
('list', [(3, 1, 'state:BRV')], ('ARMS_TRANSFER',), {'since': '2021'}, ['Gulf states'])

The answers are made by :mod:`diplograph.queries.focus`.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field
from importlib import resources


from diplograph.queries.accession import possessed_parties
from diplograph.queries.grammar import Grammar, inflect, load_grammar
from diplograph.queries.leading import ending, led_to, peacemaking
from diplograph.queries.loose import _TOKEN, Trigger, _asked_types, _triggers, load_lexicon, receives, types_at
from diplograph.queries.named import _names_holding_words, _names_in, _surnames, _region_words, _weapon_named, newest_date
from diplograph.queries.offices import office_held
from diplograph.queries.regions import Region
from diplograph.queries.topics import named_topic
from diplograph.queries.when import TimePhrase, time_phrases
from diplograph.datafiles import packaged, load_data

AUXILIARIES = frozenset({"did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "can", "could"})
# Opening a yes/no question, these ask whether something may happen ("Could Egypt strike the RSF?",
# "Would Pakistan hit Kabul?"): read as what the sources say happened, was planned or speculated.
MODALS = frozenset({"can", "could", "would", "might", "may", "will", "should", "shall"})
_WH = frozenset({"who", "whom", "whose", "which", "what", "where", "when", "how"})


@dataclass
class Parts:
    """What the reader found in a question."""

    question: str
    tokens: list[str]
    focus: str  # list | count | yesno | when
    types: list[str] | None = None
    actors: list[tuple[int, int, str]] = field(default_factory=list)  # (position, length, id), text order
    weapon: str | None = None
    relation: Trigger | None = None
    relation_at: int = -1
    times: list[TimePhrase] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    coordinated: bool = False  # relation words joined by "or"/"and": either relation answers
    modal: str = ""  # the modal opening a yes/no question ("could"), left out of the refusal
    nationality: str | None = None  # "which *Chinese* companies": the answers are based in or serve it
    weapon_id: str | None = None  # the weapon's actor, when the graph holds it as one
    groups_in: dict = field(default_factory=dict)  # state -> the armed groups "the rebels in <state>" stands for
    groups_said: dict = field(default_factory=dict)  # actor -> "who ambushed": the deed "the rebels who ..." names them by
    aside: str = ""  # the closing aside left unread ("in the libyan war", "over arms sales to taiwan")
    joined: list = field(default_factory=list)  # "Who threatened A and B?": the two asked of, each in turn
    topic: str | None = None  # a name no actor bears that claims' sentences hold ("Eastern Sentry")
    led: bool = False  # the relation is not the first word's: a leading verb, a go-between, a tie ended
    ended_tie: str = ""  # "scrap its defence *pact*": the tie's words, which the claims' sentences should say
    named_first: str = ""  # "the Argyle talks - who ...": the occasion named before the question

    @property
    def window(self) -> dict:
        window: dict = {}
        for phrase in self.times:
            if not phrase.soft:
                window.update(phrase.window)
        return window


def read_parts(view, question: str, grammar: Grammar | None = None) -> Parts | None:
    """The parts of ``question`` (see the module's docstring), or None when it asks for nothing
    the graph holds (no actor, or no relation word where the focus needs one)."""
    grammar = grammar or load_grammar()
    text = grammar.normalise(question)
    times = time_phrases(text, newest_date(view), lambda phrase: event_in_graph(view, phrase, grammar, text))
    for phrase in reversed(times):  # the words of a time phrase are not names or relations
        if not phrase.soft:
            text = text[:phrase.start] + " " + text[phrase.end:]
    text, regions = _region_words(text)
    said = _TOKEN.findall(text)
    tokens = [t.lower().replace("’", "'") for t in said]
    if not tokens:
        return None
    focus = "yesno" if existential(question) else _focus(tokens)
    topic_end = _topic_end(text)
    if topic_end and focus == "list" and _focus(tokens[topic_end:]) in ("yesno", "when"):
        focus = _focus(tokens[topic_end:])  # "korean k9s - has A or B taken delivery?": the question after the dash
    if focus == "count":
        tokens = ["which", *tokens[2:]] if tokens[2:3] and tokens[2] not in AUXILIARIES else ["who", *tokens[2:]]
    lexicon = load_lexicon()
    found = [(i, t) for i, t in _triggers(tokens, lexicon) if not _is_type_word(tokens, i, t, grammar)]
    asked_states = False
    if tokens[0] in ("which", "what") and len(found) > 1 and found[0][0] == 1 and tokens[1] in _others_nouns():
        # "Which allies asked for NATO consultations?": the noun after "which" is whom it asks for
        found, asked_states = found[1:], tokens[1] in _STATE_NOUNS
    used = {i for i, t in found if not t.weak for i in range(i, i + len(t.words))}
    names = _names_in(view, tokens, used, lexicon)
    names = sorted(names + _names_holding_words(view, tokens, used, names, lexicon))
    names = sorted(names + _surnames(view, said, used | {i for p, n, _ in names for i in range(p, p + n)}, lexicon))
    actors = [n for n in names if view.nodes[n[2]].get("type") != "weapon"]
    weapons = [n for n in names if view.nodes[n[2]].get("type") == "weapon"]
    # "hemedti's RSF": the possessor only says whose the other is; "B's EU accession": B is the party (accession.py)
    actors = possessed_parties(view, tokens, actors, found)
    actors, office = office_held(view, tokens, actors, grammar)  # "iran's army chief bagheri": the person alone
    # a relation word inside a name ("Rapid Support Forces") or an office ("army *chief*") is part of it
    found = [(i, t) for i, t in found if not any(p <= i < p + n for p, n, _ in names) and i not in office]
    # "attack helicopters", "strike drones": a relation word inside a weapon category's words is arms
    arms = _category_positions(tokens)
    found = [(i, t) for i, t in found if not arms & set(range(i, i + len(t.words)))]
    # "set up the AES" founds a body; "set up a base", "started talks" do not: a verb of founding
    # (``FOUNDING`` in grammar.yaml) is read only right before a body's name
    founding = _founding_words()
    found = [(i, t) for i, t in found if " ".join(t.words) not in founding or set(t.predicates) != {"MEMBER_OF"}
             or any(i + len(t.words) <= p <= i + len(t.words) + 1 and view.nodes[node].get("type") == "organization"
                    for p, _, node in actors)]
    # "supplied the Philippine *Marines*", "did Indian *troops* fire": a state's force right after its
    # name is the state when another relation word says what it did
    forces = [(i, t) for i, t in found if " ".join(t.words) in grammar.actor_suffixes and any(
        p + n == i and view.nodes[node].get("type") == "state" for p, n, node in actors)]
    if forces and any(not t.weak for i, t in found if (i, t) not in forces):
        found = [f for f in found if f not in forces]
    parts = Parts(question, tokens, focus, (["state"] if asked_states else None) or _asked_types(tokens, grammar)
                  or _types_after_wh(tokens, grammar), actors,
                  view.nodes[weapons[0][2]].get("name") if weapons
                  else _weapon_named(view, tokens, arms | {i for p, n, _ in actors for i in range(p, p + n)}),
                  times=times, regions=regions, modal=tokens[0] if focus == "yesno" and tokens[0] in MODALS else "")
    parts.weapon_id = weapons[0][2] if weapons else None
    parts.groups_in = _groups_named_by_place(view, tokens, actors, grammar)
    parts.groups_said = _groups_described(view, tokens, actors, found, grammar)
    parts.groups_in.update({actor: groups for actor, (_, groups) in parts.groups_said.items()})
    parts.nationality = _nationality(tokens, actors, parts.types, grammar)
    if parts.nationality is not None:  # a qualifier of the answers, not a party
        parts.actors = actors = [a for a in actors if a[0] != 1]
    if topic_end and any(i >= topic_end for i, _ in found):
        # "argyle talks - who were the go-betweens for A and B?": the question after the dash says what is
        # asked; the talks named first are its occasion, no relation asked for
        parts.named_first = " ".join(tokens[:topic_end])
        parts.unread.append(parts.named_first)
        found = [(i, t) for i, t in found if i >= topic_end]
        if any(a[0] >= topic_end for a in parts.actors):  # "ankara process: who mediated between A and B?": a city
            parts.actors = actors = [a for a in parts.actors if a[0] >= topic_end]  # naming the occasion, no party
    first = _chosen(_without_modifiers(found, tokens, names), tokens)
    chosen = led_to(tokens, found, first)  # "Who stepped in *to mediate* ...?"
    spent = {first[0]} if chosen is not first else set()  # the leading verb is read
    ended = ending(tokens, found)
    if ended is not None:  # "When did Chad scrap its defence pact with Paris?": a break, not the pact
        (chosen, noun), first = ended, None
        spent = {noun}
        parts.ended_tie = " ".join(next(t.words for i, t in found if i == noun))
    peace = peacemaking(tokens, actors)
    if peace is not None:  # "Who helped A and B reach a truce?": the truce and the reaching are read
        chosen = peace
        spent |= {i for i, _ in found if i > peace[0]}
    led = chosen is not first
    if chosen is not None and "MEDIATION" in chosen[1].predicates:  # "broker the A-B *ceasefire*": what was mediated
        spent |= {i for i, t in found if i > chosen[0] and not t.verb and set(t.predicates) <= _MEDIATED}
    if chosen is not None:
        parts.relation_at, parts.relation = chosen
        parts.led = led
        parts.coordinated = bool(_coordinated(found, chosen[0], chosen[1], tokens))
        aside = _aside_at(tokens, chosen, actors, grammar)
        if aside is not None:  # "... over arms sales to Taiwan": a reason, not a party
            parts.actors = [a for a in actors if a[0] < aside]
            found = [(i, t) for i, t in found if i < aside]
            parts.aside = " ".join(tokens[aside:])
            parts.unread.append(parts.aside)
        qualifier = _name_qualifying_the_noun(parts)
        if qualifier is not None:  # "which states triggered *the UN* snapback on Iran": whose measure, no party
            parts.actors = [a for a in parts.actors if a != qualifier]
            parts.unread.append(" ".join(tokens[qualifier[0]:qualifier[0] + qualifier[1]]))
    if _refused(parts, grammar, question, times, names, found, lexicon):
        return None
    if not actors and parts.focus in ("list", "count"):  # "Which allies committed ships to Eastern Sentry?"
        parts.topic = named_topic(view, question)
        if parts.topic:  # a word of the name ("Operation Grey *Harbour*") is no relation left unread
            named = {w.lower() for w in parts.topic.split()}
            spent |= {i for i, t in found if set(t.words) <= named}
    parts.unread = [" ".join(t.words) for i, t in found if i not in spent
                    and not (parts.types and " ".join(t.words) in grammar.types) and  # the type asked for was read
                    (chosen is None or not (i == chosen[0] or set(t.predicates) <= set(chosen[1].predicates)
                                            or (i < chosen[0] and " ".join(t.words) in lexicon.giving_verbs)))] \
        + parts.unread
    return parts


def _name_qualifying_the_noun(parts: Parts):
    """In a list or count question, the actor between "the" and the relation noun when another actor follows
    the noun ("which states triggered the UN snapback on Iran", "how many firms joined the EU sanctions on
    Russia"): it says whose measure the noun is, the answers being those who did it to the other; else None."""
    if parts.focus not in ("list", "count") or parts.relation is None:
        return None
    at, tokens = parts.relation_at, parts.tokens
    before = [a for a in parts.actors if a[0] + a[1] == at and a[0] >= 2 and "the" in (tokens[a[0] - 1], tokens[a[0]])]
    after = [a for a in parts.actors if a[0] > at]
    return before[0] if before and after and len(parts.actors) == 2 else None


def _topic_end(text: str) -> int:
    """How many words a topic named first takes, before a dash or colon and a question that needs no pronoun
    for it ("the Argyle talks - who were the go-betweens for A and B?"); 0 for none."""
    from diplograph.queries.restating import _TOPIC_FIRST

    found = _TOPIC_FIRST.match(text.strip()) or _LISTED_TOPIC.match(text.strip())
    return len(_TOKEN.findall(found.group("name"))) if found else 0


# a topic of several phrases before the dash ("Typhoons for Ankara, the October deal - who is the seller?")
_LISTED_TOPIC = re.compile(r"^(?!(?i:who|whom|whose|what|which|where|when|how|why|is|are|was|were|does|did|do|has|have|"
                           r"had)\b)(?P<name>[^?]{2,120}?,[^?]{2,120}?)\s+[-–—:]\s+(?P<rest>(?i:since\s+when|who|whom|whose|what|which|"
                           r"where|when|how|is|was|are|were|does|did|do|has|have|had)\b.*)$")


def placed_in(view, group: str, state: str) -> bool:
    """Whether the graph places an armed group in a state as one of its rebels or militants:
    fighting it, or based or present there with no tie of support to it (a state's auxiliaries
    are not its rebels)."""
    predicates = {d["predicate"] for edges in (view._succ[group].get(state, {}), view._pred[group].get(state, {}))
                  for d in edges.values()}
    if predicates & {"ARMED_CLASH", "ATTACK"}:
        return True
    return bool(predicates & {"BASED_IN", "MILITARY_PRESENCE"}) and not predicates & _ON_ITS_SIDE


_ON_ITS_SIDE = frozenset({"SUPPORT", "COOPERATION", "AFFILIATED_WITH", "ALLIANCE", "AID"})


def _groups_named_by_place(view, tokens: list[str], actors, grammar: Grammar) -> dict[str, list[str]]:
    """{state: armed groups} for each "the rebels in Mali", "jihadists in Mozambique": an armed
    group type word, then in/of/from, then a state; the groups the graph places there."""
    found = {}
    for position, _, node in actors:
        if not node.startswith("state:") or position < 2 or tokens[position - 1] not in ("in", "of", "from", "inside"):
            continue
        for width in (2, 1):
            said = " ".join(tokens[position - 1 - width:position - 1])
            if grammar.types.get(said) == "armed_group":
                groups = sorted(other for other in {**view._succ[node], **view._pred[node]}
                                if view.nodes[other].get("type") == "armed_group" and placed_in(view, other, node))
                if groups:
                    found[node] = groups
                break
    return found


def _groups_described(view, tokens: list[str], actors, found, grammar: Grammar) -> dict:
    """{actor: (the deed said, armed groups)} for each "the (tuareg) rebels who ambushed Wagner", "the militia
    that attacked X": an armed group type word, who/that/which, a relation word, then an actor; the armed groups
    the graph gives that relation with the actor, either way."""
    described = {}
    for i, trigger in found:
        end = i + len(trigger.words)
        actor = next((a for a in actors if a[0] in (end, end + 1) and tokens[end:a[0]] in ([], ["the"])), None)
        if actor is None or i < 2 or tokens[i - 1] not in ("who", "that", "which"):
            continue
        if not any(grammar.types.get(" ".join(tokens[i - 1 - w:i - 1])) == "armed_group" for w in (1, 2)):
            continue
        node = actor[2]
        groups = sorted(other for other in {**view._succ[node], **view._pred[node]}
                        if view.nodes[other].get("type") == "armed_group" and any(
                            d["predicate"] in trigger.predicates
                            for d in (*view._succ[node].get(other, {}).values(), *view._pred[node].get(other, {}).values())))
        if groups:
            described[node] = (" ".join(tokens[i - 1:end]), groups)
    return described


def _nationality(tokens: list[str], actors, types, grammar: Grammar) -> str | None:
    """The state a "which <demonym> <type>" question keeps its answers to ("which *Chinese*
    company", "which *Iranian* officials"), or None."""
    if tokens[0] not in ("which", "what") or not types:
        return None
    for position, length, node in actors:
        after = " ".join(tokens[position + length:position + length + 2])
        if position == 1 and length <= 3 and node.startswith("state:") and \
                any(after == w or after.startswith(w + " ") for w in grammar.types):
            return node
    return None


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "'s"})
_PAIR_JOINERS = frozenset({"and", "&", "vs", "or", "/"})
_AUXILIARIES = frozenset({"did", "does", "do", "has", "have", "had", "is", "are", "was", "were"})
# What a go-between brings about or ends: a deal, talks, a fight or a quarrel
_MEDIATED = frozenset({"AGREEMENT", "CONSULTATION", "ARMED_CLASH", "ATTACK", "DISPUTE"})


def _without_modifiers(found, tokens: list[str], names) -> list:
    """The relation words without a verb that only qualifies the noun after it ("the India-China
    *border* agreement", "the Kyrgyz-Tajik *border* fighting"): after a determiner, a name's
    "'s" or a name opening the noun phrase, and before another relation word, it is a noun; and
    without a past participle that follows such a noun ("the deal *struck*")."""
    in_names = {i for p, n, _ in names for i in range(p, p + n)}
    starts = {i for i, _ in found}
    noun_ends = {i + len(t.words): i for i, t in found if not t.verb}
    kept = []
    for i, trigger in found:
        j = i - 1
        # "A and B border fighting", "A B border clashes": two names side by side open the noun phrase too
        while j >= 0 and (j in in_names or tokens[j] in _PAIR_JOINERS and j - 1 in in_names and i - 1 in in_names):
            j -= 1
        # ... as after an auxiliary when a topic was put in the pronoun's place ("when did A-B border fighting begin")
        opens = j < 0 and i - 1 in in_names or j >= 0 and (tokens[j] in _DETERMINERS or
                                                          tokens[j] in _AUXILIARIES and i - 1 in in_names)
        if trigger.verb and i + len(trigger.words) in starts and opens:
            continue
        if trigger.verb and trigger.participle and i in noun_ends and _after_determiner(tokens, noun_ends[i], in_names):
            continue  # "the Kenya-Haiti deal *struck* in September": a participle after its noun
        if i in noun_ends and " ".join(trigger.words) in _party_heads():
            continue  # "Kazakhstan's defence pact *partners*": the parties to the noun before it
        if trigger.verb and i > 0 and tokens[i - 1] == "'s":
            trigger = dataclasses.replace(trigger, verb=False, participle=False)  # "Haniyeh's *killing*": a noun
        if trigger.verb and _arms_word(trigger.words[0]) and not (i == 0 or i - 1 in in_names and not _weapon_at(
                names, i - 1) or tokens[i - 1] in _WH or tokens[i - 1] in _AUXILIARIES):
            continue  # "who supplied Lance *jets to* Parva": arms, no trip ("did Venn jet to Quell")
        kept.append((i, trigger))
    return kept


def _category_positions(tokens: list[str]) -> frozenset[int]:
    """The tokens a weapon category's words of two or more tokens cover ("attack helicopters")."""
    from diplograph.graph.weapons import load_weapons

    starts, at = [], 0
    for token in tokens:
        starts.append(at)
        at += len(token) + 1
    covered = set()
    for mention in load_weapons().named_in(" ".join(tokens)):
        inside = [k for k, start in enumerate(starts) if mention.start <= start < mention.end]
        if len(inside) > 1:
            covered.update(inside)
    return frozenset(covered)


def _arms_word(word: str) -> bool:
    """Whether ``word`` names a kind of arms ("jets", "fighters", "tanks"), as a verb of the same spelling does not."""
    from diplograph.graph.weapons import load_weapons

    return bool(load_weapons().named_in(word))


def _weapon_at(names, i: int) -> bool:
    return any(p <= i < p + n and node.startswith("weapon:") for p, n, node in names)


def _after_determiner(tokens: list[str], i: int, in_names: set[int]) -> bool:
    j = i - 1
    while j >= 0 and j in in_names:
        j -= 1
    return j >= 0 and tokens[j] in _DETERMINERS


_ASIDE_ALWAYS = frozenset({"over", "about", "because", "regarding", "concerning", "amid", "despite", "after", "that"})
_ASIDE_BEFORE = frozenset({"its", "their", "his", "her"})
_SETTINGS = frozenset({"war", "cold"})  # "in the Libyan war" is a setting; "in the twenties" a time


def _aside_at(tokens: list[str], chosen: tuple[int, Trigger], actors, grammar: Grammar) -> int | None:
    """Where a closing aside begins, after the relation word and a party to it: a reason ("over
    arms sales", "of helping the M23", "for its support"), a place or setting ("in the Libyan
    war"). None when there is none; a time that is no date ("in the twenties") is no aside."""
    start, trigger = chosen
    end = start + len(trigger.words)
    if not trigger.verb:
        return None  # "a member of the League": what follows a relation noun is its object
    for k in range(end, len(tokens)):
        word, following = tokens[k], tokens[k + 1] if k + 1 < len(tokens) else ""
        party = any(p < k for p, _, _ in actors)
        if not party:
            continue
        rest = tokens[k:]
        if any(w.isdigit() or (w in grammar.time_words and w not in _SETTINGS) for w in rest):
            return None
        if word in _ASIDE_ALWAYS or (word in ("of", "for") and (following.endswith("ing") or following in _ASIDE_BEFORE)) \
                or (word in ("in", "during", "inside") and following in ("the", "a", "an", "its", "their")) \
                or (word in ("in", "at") and _capital_at(tokens, k + 1)) \
                or (word == "in" and "CONSULTATION" in trigger.predicates and _last_state_at(actors, k + 1, len(tokens))):
            return k  # "Who did Erdogan meet in Indonesia?": where they met, not a second party
    return None


def _last_state_at(actors, k: int, length: int) -> bool:
    return any(p == k and p + n == length and node.startswith("state:") for p, n, node in actors)


def _capital_at(tokens: list[str], k: int, after: tuple[str, ...] = ()) -> bool:
    """Whether a capital city's name starts at ``k`` and ends the question ("Who did X meet *in
    Beijing*?"): after a party, where a meeting or a deal took place, not another party. With ``after``,
    only right after one of those words ("in", "at")."""
    from diplograph.gazetteer import load_gazetteer

    rest = " ".join(tokens[k:])
    if after and (k < 1 or tokens[k - 1] not in after):
        return False
    return bool(rest) and len(tokens) - k <= 3 and load_gazetteer().lookup(rest, kinds={"capital"}) is not None


def _refused(parts: Parts, grammar: Grammar, question: str, times, names, found, lexicon) -> bool:
    """Whether the question is one the graph cannot answer, or one that would be misread: a
    negation, the future or a reason ("why") in its main clause; a time phrase that is no date
    ("in the twenties"); two actors side by side in a list question ("to Parva and Quell": which
    one?); an actor that only qualifies whom it asks about ("Parva's enemies", "the allies of X")."""
    tokens = parts.tokens
    main = tokens[:parts.relation_at] if parts.relation is not None else tokens
    if parts.modal:  # "Could Egypt strike ...": a possibility asked, not the future refused
        main = main[1:]
    elif parts.focus in ("list", "count") and "will" in main and parts.relation is not None:
        parts.modal = "will"  # "Which countries will send troops to X?": what is planned, or under way
        main = [w for w in main if w != "will"]
    dated = {w for p in times for w in _TOKEN.findall(p.text.lower())}  # "the May 2024 deal": a month, no modal
    if set(main) & lexicon.refuse - dated or tokens[0] == "why":
        return True
    read = [p.text.lower() for p in times] + [u.lower() for u in parts.unread]
    named = {tokens[i] for p, n, _ in names for i in range(p, p + n)}
    for _, phrase in grammar.qualified(question):
        said = " ".join(dict.fromkeys(phrase.values())).lower()
        if named & set(_TOKEN.findall(said)):
            continue  # "the war in Sudan start": a place named, no time
        rest = said
        for r in read:  # "in an alliance with Rhun in 1995": the time in it was read
            rest = rest.replace(r, " ")
            # "the A-B spat in 2019: what happened": the qualifier's date runs on from a date that was read
            rest = rest.replace(r.split(maxsplit=1)[-1], " ")
        # "between 2023 and 2025": each of its dates is in a phrase that was read
        each_read = all(any(v.lower() in r for r in read) for v in phrase.values())
        if grammar.sounds_temporal(said) and not any(said in r for r in read) and not each_read \
                and grammar.sounds_temporal(rest):
            return True
    mediation = parts.relation is not None and "MEDIATION" in parts.relation.predicates  # go-betweens for both
    if parts.focus in ("list", "count") and not {"between", "both"} & set(tokens) and not mediation and \
            not (tokens[0] == "what" and not parts.types):  # "What has Modi agreed with Muizzu?": between them
        nodes = [(p, n, node) for p, n, node in parts.actors]
        distinct = {node for _, _, node in nodes}
        if parts.relation is not None and len(distinct) > 1 and \
                any(p < parts.relation_at for p, _, _ in nodes) and any(p > parts.relation_at for p, _, _ in nodes):
            return True  # both ends named: whom does it ask about?
        for (p1, n1, a), (p2, _, b) in zip(nodes, nodes[1:]):
            if a == b or tokens[p1 + n1:p2] not in (["and"], ["or"], [","], ["and", "the"], ["or", "the"]):
                continue  # "the US Treasury": one actor named twice
            if parts.relation is None or len(distinct) != 2:
                return True  # "to A and B, and C's allies": too much to tell apart
            parts.joined = [a, b]  # "Who threatened A and B?": whoever did either, said so
    used = {i for i, t in found if not t.weak for i in range(i, i + len(t.words))}
    for position, length, _ in parts.actors:
        following = tokens[position + length:position + length + 2]
        # "X's allies" asks about them; "sanctions on X's generals" about X's rulers, who stand for X
        stands_for = following[1:] and following[1] in grammar.actor_suffixes and parts.relation is not None \
            and position > parts.relation_at
        if following[:1] == ["'s"] and len(following) == 2 and following[1] in _others_nouns() and not stands_for:
            return True
        party_of = tokens[position - 2] in _party_heads() and position - 3 in used  # "defence pact partners of X"
        if position >= 2 and tokens[position - 1] == "of" and position - 2 not in used and not party_of \
                and tokens[position - 2] not in lexicon.stand_ins and tokens[position - 2] not in ("members", "member"):
            return True
    return False


# Nouns for other actors that are states ("which allies", "which neighbours")
_STATE_NOUNS = frozenset({"allies", "ally", "neighbours", "neighbors", "neighbour", "neighbor"})


@functools.cache
def _others_nouns() -> frozenset[str]:
    """Nouns for other actors ("neighbours", "allies", "suppliers"): "X's neighbours" asks about
    them, not about X (the grammar's word lists)."""
    text = resources.files("diplograph.queries").joinpath("grammar.yaml").read_text(encoding="utf-8")
    words = load_data(text)["words"]
    return frozenset(w for key in ("partners_noun", "adversaries_noun", "rivals_noun", "neighbours_noun",
                                   "suppliers_noun", "customers_noun", "members_noun", "officials_noun")
                     for w in words[key] if " " not in w)


def _types_after_wh(tokens: list[str], grammar: Grammar) -> list[str] | None:
    """A type word a few words after "which"/"what" ("which *American defence firms*")."""
    for i, token in enumerate(tokens[:3]):
        if token in ("which", "what"):
            for j in range(i + 1, min(i + 6, len(tokens))):
                found = types_at(tokens, j, grammar)
                if found:
                    return found
                if tokens[j] in AUXILIARIES:
                    break
    return None


_EXISTENTIAL = re.compile(r"^\W*(?:is|was|has\s+there\s+been|have\s+there\s+been)\b(?:\s+there)?\s+(?:a|an|any)\b",
                          re.IGNORECASE)


# "Are there Norlandic troops in Ostia?": a name or a demonym after "is there" (as written, capitalised)
_THERE_NAMED = re.compile(r"^\W*(?:[Ii]s|[Aa]re|[Ww]as|[Ww]ere)\s+there\s+(?:still\s+|now\s+)?[A-Z]")


def existential(question: str) -> bool:
    """Whether a question asks whether something exists ("Is there a Russian base in X?", "Was
    there any fighting between A and B?"): a yes-or-no question, though "is there" is dropped as
    a polite opener (``prefixes`` in ``grammar.yaml``) when it opens a list ("are there any ...").

    >>> existential("are there hungarian troops in chad yet"), existential("are there any troops in chad")
    (True, False)
    """
    found = _EXISTENTIAL.match(question)
    return ((found is not None and "there" in found.group(0).lower()) or _THERE_NAMED.match(question) is not None
            or _there_forces().match(question) is not None)


@functools.cache
def _party_heads() -> frozenset[str]:
    loose = packaged("diplograph.queries", "loose.yaml")
    return frozenset(loose.get("party_heads") or ())


@functools.cache
def _founding_words() -> frozenset[str]:
    spec = packaged("diplograph.queries", "grammar.yaml")
    verbs = ((spec.get("relations") or {}).get("FOUNDING") or {}).get("verbs") or ()
    return frozenset(form for verb in verbs for form in inflect(verb, spec.get("irregular") or {}))


@functools.cache
def _there_forces() -> re.Pattern:
    """"are there hungarian troops in chad": one word (typed lower case: a demonym, a name) before a noun of
    forces somewhere (``loose.yaml``'s MILITARY_PRESENCE nouns and idioms) asks whether they are there; "are
    there any troops ..." opens a list."""
    loose = packaged("diplograph.queries", "loose.yaml")
    nouns = set((loose.get("nouns") or {}).get("MILITARY_PRESENCE") or ())
    for idiom in loose.get("idioms") or ():
        if "MILITARY_PRESENCE" in (idiom.get("predicates") or ()):
            nouns.update(idiom.get("phrases") or ())
    forms = sorted({form for noun in nouns for form in (noun, noun + "s")}, key=len, reverse=True)
    return re.compile(r"^\W*(?:is|are|was|were)\s+there\s+(?:still\s+|now\s+)?(?!(?:any|some|no|many|more|other|"
                      r"foreign|the|a|an)\b)[\w'-]+\s+(?:military\s+)?(?:" + "|".join(map(re.escape, forms)) + r")\b",
                      re.IGNORECASE)


def _focus(tokens: list[str]) -> str:
    if tokens[:2] in (["how", "many"], ["how", "much"]):
        return "count"
    if tokens[0] == "when" or tokens[:2] in (["since", "when"], ["what", "year"], ["what", "date"]):
        return "when"
    if tokens[-1] in ("date", "dates", "when", "year") and tokens[0] not in _WH and tokens[0] not in AUXILIARIES:
        return "when"  # a keyword query: "north macedonia nato accession date"
    if (tokens[0] in AUXILIARIES or tokens[0] in MODALS) and not _WH & set(tokens[:3]):
        return "yesno"
    return "list"


def _is_type_word(tokens, i: int, trigger: Trigger, grammar: Grammar) -> bool:
    """Whether a relation word is part of the type word a question asks for ("which *armed*
    groups", "which *members*"): the grammar's types are never relations."""
    n = len(trigger.words)
    for start in range(max(0, i - 2), i + 1):
        asked = start <= 1 or {"which", "what", "many"} & set(tokens[max(0, start - 3):start])
        for width in range(n, 4):
            phrase = " ".join(tokens[start:start + width])
            if asked and start + width >= i + n and (phrase in grammar.types or phrase in grammar.any_actor_nouns):
                return True  # "in an alliance with X" is a relation; "which alliances" the type asked for
    return False


_COORDINATION = frozenset({"or", "and", ",", "and/or", "also", "otherwise", "militarily", "politically"})


def _chosen(found: list[tuple[int, Trigger]], tokens: list[str] | None = None) -> tuple[int, Trigger] | None:
    """The relation the question asks about: a verb before a noun (a verb of giving or having
    takes the relation of its noun: "have troops in"), the question grammar's words before the
    extractor's; relation words joined by "or"/"and" ("arm or back") ask for either."""
    if not found:
        return None
    rank = lambda f: (f[1].weak, f[0])  # noqa: E731
    # the first verb is the main one ("agree to stop fighting"), whoever's word it is
    verbs = sorted((f for f in found if f[1].verb and not f[1].light), key=lambda f: f[0])
    nouns = sorted((f for f in found if not f[1].verb), key=rank)
    light = sorted((f for f in found if f[1].verb and f[1].light), key=rank)
    if not verbs and nouns:  # "have troops in", "receive investment": the noun names the relation
        start, noun = nouns[0]
        if light:
            return light[0][0], Trigger(light[0][1].words + noun.words, noun.predicates, True,
                                        recipient_is_subject=receives(light[0][1], noun), agent=noun.agent,
                                        mutual=noun.mutual, idiom=noun.idiom)
        return start, noun
    # "putting boots on the ground": the idiom says it, unless it is only the setting of the verb before
    # it ("who brokered between A and B in the 2022 row") or what that verb mediated ("who mediated the
    # A-B row"): mediation, not the quarrel
    idioms = [f for f in found if f[1].idiom and not _setting_of_verb(f, verbs, tokens) and not _purpose(f, verbs, tokens)]
    start, first = (idioms or verbs or light or nouns)[0]
    predicates = list(first.predicates)
    for other_start, other in _coordinated(found, start, first, tokens):
        predicates += [p for p in other.predicates if p not in predicates]
    return start, dataclasses.replace(first, predicates=tuple(predicates))


def _purpose(idiom: tuple[int, Trigger], verbs: list[tuple[int, Trigger]], tokens: list[str] | None) -> bool:
    """Whether a verb idiom is the infinitive of what a verb before it was for ("did X reach out to Y *to mend
    fences*"): the first verb is the main one, the idiom only its aim."""
    start, trigger = idiom
    return bool(tokens) and trigger.verb and start > 0 and tokens[start - 1] == "to" and \
        any(v_start + len(verb.words) < start for v_start, verb in verbs if not verb.idiom)


_SETTING_OPENERS = frozenset({"in", "during", "amid", "amidst", "throughout", "over"})


def _setting_of_verb(idiom: tuple[int, Trigger], verbs: list[tuple[int, Trigger]], tokens: list[str] | None) -> bool:
    """Whether an idiom noun is a setting phrase after a relation verb ("brokered ... *in the* row"), or
    the quarrel a verb of mediation before it settled ("mediated the row")."""
    start, trigger = idiom
    if tokens is None or trigger.verb:
        return False
    return any(v_start + len(verb.words) <= start and
               ("MEDIATION" in verb.predicates or
                _SETTING_OPENERS & set(tokens[max(v_start + len(verb.words), start - 4):start]))
               for v_start, verb in verbs)


def _coordinated(found, start: int, first: Trigger, tokens: list[str] | None):
    """The relation words joined to the chosen one by "or", "and" or a comma, either side of it."""
    if tokens is None:
        return []
    joined, low, high = [], start, start + len(first.words)
    for other_start, other in sorted(found, key=lambda f: abs(f[0] - start)):
        other_end = other_start + len(other.words)
        if other.verb != first.verb or other_start == start:
            continue
        between = tokens[high:other_start] if other_start >= high else tokens[other_end:low]
        # "condemned X or protested": a verb closing the question, joined after the first one's object
        closing = first.verb and other_start >= high and other_end == len(tokens) and 1 < len(between) <= 5 \
            and between[-1] in ("or", "and")
        if between and (set(between) <= _COORDINATION or closing):
            joined.append((other_start, other))
            low, high = min(low, other_start), max(high, other_end)
    return joined


_FIGHTING = frozenset({"ARMED_CLASH", "ATTACK"})


def event_in_graph(view, phrase: str, grammar: Grammar, question: str = "") -> tuple[str, str] | None:
    """The date of an event the graph holds: the earliest dated claim whose relation the phrase
    names and whose actors it names ("Russia invaded Ukraine"), or whose sentence holds the
    phrase's other capitalised words ("the Pretoria deal"); a phrase that names no one ("since the
    war began", "after the truce") is an event of the actors the ``question`` names: all of them,
    else any. None when nothing matches."""
    lexicon = load_lexicon()
    tokens = [t.lower() for t in _TOKEN.findall(phrase)]
    found = _triggers(tokens, lexicon)
    chosen = _chosen(found, tokens)
    if chosen is None:
        return None
    predicates = set(chosen[1].predicates)
    used = {i for i, t in found for i in range(i, i + len(t.words))}
    from diplograph.queries.loose import _names

    actors = {node for _, _, node in _names(view, tokens, used, lexicon)}
    words = [w for w in _TOKEN.findall(phrase) if w[:1].isupper() and not _names(view, [w.lower()], set(), lexicon)]
    capitalised = [w for w in _TOKEN.findall(phrase) if w[:1].isupper()]
    # the actors it names, else only its capitalised words in a claim's sentence ("the Pretoria
    # deal": Pretoria is where it was signed, not a party)
    for needed, said in ((actors, words), (set(), capitalised)):
        if not needed and not said:
            continue
        best = None
        for u, v, data in view.edges(data=True):
            if data["predicate"] not in predicates or (needed and not needed <= {u, v}):
                continue
            for claim in data["claims"]:
                if claim.date and all(w.lower() in claim.evidence.lower() for w in said) and (best is None or claim.date < best):
                    best = claim.date
        if best:
            return best, f"the earliest claim of {', '.join(sorted(predicates))} it names"
    if actors or capitalised or not question:
        return None
    asked = {node for _, _, node in _names(view, [t.lower() for t in _TOKEN.findall(question)], set(), lexicon)}
    if predicates <= _FIGHTING:  # "since the war began": whatever fighting the graph holds of them
        predicates = set(_FIGHTING)
    for together in (True, False):
        best = None
        for u, v, data in view.edges(data=True):
            if data["predicate"] not in predicates or not asked or \
                    (together and not asked <= {u, v}) or (not together and not asked & {u, v}):
                continue
            for claim in data["claims"]:
                if claim.date and (best is None or claim.date < best):
                    best = claim.date
        if best:
            names = " and ".join(sorted(view.nodes[n].get("name", n) for n in asked)) if together else \
                " or ".join(sorted(view.nodes[n].get("name", n) for n in asked))
            return best, f"the earliest claim of {', '.join(sorted(predicates))} of {names}, whom the question names"
    return None
