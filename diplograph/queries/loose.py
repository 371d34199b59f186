"""The loose reading of a question no form of the grammar reads.

Analysts phrase questions in more ways than any list of patterns holds: "In which countries does
Borvia keep troops?", "Who has taken punitive measures against Caldor?". The loose reading
looks for one actor the question names and one word for a relation (a verb of the grammar's
relation classes in any inflection, or a noun of ``loose.yaml``), and takes the direction from
the words around them: the actor before a verb is its subject, after it its object, unless a
passive or a preposition ("against", "by", "from", "with") says otherwise; the buyer of "buy" is
the recipient of the transfer; "the suppliers of X" asks for the suppliers whatever the order.
It reads nothing when the question names no actor, or two, or no relation word, or relation
words that disagree: it never guesses.

>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> reading = read_loosely(view, "In which countries does Borvia keep troops?")
>>> reading.actor, reading.predicates, reading.direction, reading.types
('state:BRV', ('MILITARY_PRESENCE',), 'out', ['state'])
>>> read_loosely(view, "Who has taken punitive measures against the Caldorian government?").direction
'in'
>>> read_loosely(view, "What is the capital of Borvia?") is None   # no relation word
True
>>> read_loosely(view, "Who will sell drones to Caldor?") is None   # the graph records no future
True
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from importlib import resources

import networkx as nx

from diplograph.errors import OntologyError
from diplograph.graph.ontology import load_ontology
from diplograph.graph.weapons import load_weapons
from diplograph.names import name_key
from diplograph.queries.grammar import Grammar, inflect, load_grammar, with_possessives
from diplograph.queries.lookup import GOVERNMENT_WORDS, government_of, name_index
from diplograph.queries.lightverbs import carried
from diplograph.queries.madewith import made_together
from diplograph.queries.objects import objects_named
from diplograph.queries.phrasal import particles as phrasal_particles, phrasal_forms
from diplograph.queries.regions import region_named
from diplograph.datafiles import packaged, load_data

MAX_NAME_WORDS = 6
_TOKEN = re.compile(r"\w(?:[\w.\-]*\w)?|'s\b|’s\b", re.UNICODE)


@dataclass(frozen=True)
class Trigger:
    """A word or phrase that names a relation."""

    words: tuple[str, ...]
    predicates: tuple[str, ...]
    verb: bool
    recipient_is_subject: bool = False  # "buy": its subject receives the transfer
    light: bool = False  # "give", "receive": the noun given or received names the relation
    agent: bool = False  # "supplier": names the subject of the relation
    participle: bool = False  # a past participle, passive after a form of "be"
    weak: bool = False  # the article extractor's word, used when the question has no word of the grammar's
    mutual: bool = False  # an idiom for several relations either way ("at odds with"): answers on either side
    idiom: bool = False  # a set phrase of loose.yaml's idioms ("boots on the ground"): it names the relation
    with_object: bool = False  # "with X" names its object ("ended its pact *with* France")


@dataclass(frozen=True)
class Lexicon:
    triggers: tuple[Trigger, ...]  # longest first
    object_markers: frozenset[str]
    subject_markers: frozenset[str]
    either_markers: frozenset[str]
    passive_be: frozenset[str]
    openers: frozenset[str]
    refuse: frozenset[str]
    stand_ins: frozenset[str]
    stopwords: frozenset[str]
    accusations: frozenset[str] = frozenset()  # words of a sentence that tells what a denial answers
    giving_verbs: frozenset[str] = frozenset()  # "given *the Maldives* financial help": the receiver


@dataclass(frozen=True)
class LooseReading:
    """What the loose reading found: the actor, the predicates, which side the answers are on
    (``out``: the actor is the subject, answers are objects; ``in``: the reverse; ``both``), an
    optional weapon, and the actor types the question asks for."""

    actor: str
    predicates: tuple[str, ...]
    direction: str
    trigger: str
    weapon: str | None = None
    types: list[str] | None = None


def read_loosely(view: nx.MultiDiGraph, question: str, grammar: Grammar | None = None) -> LooseReading | None:
    """The loose reading of ``question`` over the actors of ``view``, or None."""
    grammar = grammar or load_grammar()
    lexicon = load_lexicon()
    said = {t.lower() for t in _TOKEN.findall(str(question))}  # before "Name ..." is dropped as a politeness
    tokens = [t.lower().replace("’", "'") for t in _TOKEN.findall(grammar.normalise(question))]
    if not tokens or not (said & lexicon.openers) or (said | set(tokens)) & lexicon.refuse:  # "didnt": didn't
        return None  # not a question for actors, or one the graph cannot answer (negated, future, why)
    from diplograph.queries.general import _is_type_word

    # "which *armed* groups is X supplying": the type asked for is no relation word
    found = [(i, t) for i, t in _triggers(tokens, lexicon, strong_only=True) if not _is_type_word(tokens, i, t, grammar)]
    if not found:
        return None
    chosen = _choose(found)
    if chosen is None:
        return None
    start, trigger = chosen
    used = {i for i, t in found for i in range(i, i + len(t.words))}
    names = _names(view, tokens, used, lexicon)
    weapons = [(i, n, node) for i, n, node in names if view.nodes[node].get("type") == "weapon"]
    actors = [(i, n, node) for i, n, node in names if view.nodes[node].get("type") != "weapon"]
    if len({node for _, _, node in actors}) > 1 or len({node for _, _, node in weapons}) > 1 or \
            _hyphenated_pair(view, tokens):
        return None  # "the Thai-Cambodian declaration in Kuala Lumpur": more actors than one
    weapon = view.nodes[weapons[0][2]].get("name") if weapons else None
    if actors:
        position, length, actor = actors[0]
        following = tokens[position + length:position + length + 2]
        governing = following[1:2] if following[:1] == ["'s"] else following[:1]
        if governing and governing[0] in GOVERNMENT_WORDS and government_of(view, actor):
            actor = government_of(view, actor)  # "the Trump admin", "Modi's government": the state
            following = governing
        if following[:1] == ["'s"] and len(following) == 2 and position + length + 1 not in used:
            return None  # "X's enemies": the question is about someone else, whom X only qualifies
        if position >= 2 and tokens[position - 1] == "of" and position - 2 not in used \
                and tokens[position - 2] not in lexicon.stand_ins:
            return None  # "the enemies of X", likewise; "the government of X" is X itself
        after = " ".join(tokens[position + length:position + length + 2])
        if tokens[0] in ("which", "what") and position == 1 and actor.startswith("state:") and \
                any(after == w or after.startswith(w + " ") for w in grammar.types):
            return None  # "which *Turkish* firm ...": a nationality of the answers, not the actor asked about
    elif weapons and set(trigger.predicates) & {"MANUFACTURES"}:
        (position, length, actor), weapon = weapons[0], None  # "Who makes the K-2?": the weapon is the actor
    else:
        return None
    onto = load_ontology()
    if made_together(trigger.predicates, tokens, position, view.nodes[actor].get("type")):
        trigger = replace(trigger, predicates=("CO_PRODUCTION",))  # "who builds howitzers with X" (madewith.py)
    if all(onto.predicate(p).symmetric for p in trigger.predicates):
        direction = "both"
    else:
        direction = _direction(tokens, position, length, start, trigger, lexicon)
    actor_type = view.nodes[actor].get("type")
    sides = {"out": ("subject_types",), "in": ("object_types",), "both": ("subject_types", "object_types")}[direction]
    if not any(actor_type in getattr(onto.predicate(p), side) for p in trigger.predicates for side in sides):
        return None  # the ontology says this actor cannot stand there: no reading
    return LooseReading(actor, trigger.predicates, direction, " ".join(trigger.words), weapon,
                        _asked_types(tokens, grammar))


def _triggers(tokens: list[str], lexicon: Lexicon, strong_only: bool = False) -> list[tuple[int, Trigger]]:
    """Relation words in the question, longest first and not overlapping (with ``strong_only``,
    the grammar's and this file's words only, not the article extractor's)."""
    taken: set[int] = set()
    found = []
    for trigger in lexicon.triggers:
        if strong_only and trigger.weak:
            continue
        n = len(trigger.words)
        for i in range(len(tokens) - n + 1):
            if tuple(tokens[i:i + n]) == trigger.words and not taken & set(range(i, i + n)):
                found.append((i, trigger))
                taken.update(range(i, i + n))
    # "shipped *shells* to B": a word for arms right after a verb of giving is what was given, no verb of its own
    given = {i + len(t.words) for i, t in found if t.light}
    found = [f for f in found if not (f[1].verb and not f[1].light and f[0] in given and _names_arms(f[1].words))]
    # "sourcing *attack* helicopters": a relation word inside the name of a kind of arms is that name
    arms = _arms_spans(tokens)
    found = [f for f in found if f[1].light or not any(a <= f[0] and f[0] + len(f[1].words) <= b and
                                                          b - a > len(f[1].words) for a, b in arms)]
    # "did A send drones to B during the B war": a noun after "during" is when, not what was done
    setting = [f for f in found if not f[1].verb and _in_setting(tokens, f[0])]
    if setting and len(setting) < len(found):
        found = [f for f in found if f not in setting]
    found = carried(tokens, sorted(found, key=lambda f: f[0]))  # "ran exercises with": the noun is the relation
    return objects_named(tokens, sorted(_deals_struck(tokens, found), key=lambda f: f[0]), lexicon)


def _deals_struck(tokens: list[str], found: list[tuple[int, Trigger]]) -> list[tuple[int, Trigger]]:
    """``found`` with a verb of ``deal_verbs`` made light when its object is a deal ("struck a deal",
    "which deals has X struck"): the noun then names the relation, as after a verb of giving."""
    deals = {i for i, t in found if not t.verb and set(t.predicates) == {"AGREEMENT"}}
    if not deals:
        return found
    opening = 1 in deals and tokens[0] in ("what", "which")
    return [(i, replace(t, light=True) if t.verb and " ".join(t.words) in _deal_verb_forms() and
             (opening and i > 1 or deals & set(range(i + len(t.words), i + len(t.words) + 3))) else t)
            for i, t in found]


@functools.cache
def _deal_verb_forms() -> frozenset[str]:
    folder = resources.files("diplograph.queries")
    irregular = packaged("diplograph.queries", "grammar.yaml").get("irregular") or {}
    verbs = packaged("diplograph.queries", "loose.yaml").get("deal_verbs") or ()
    return frozenset(form for verb in verbs for form in inflect(verb, irregular))


_SETTING_WORDS = frozenset({"during", "amid", "amidst", "throughout"})


def _in_setting(tokens: list[str], start: int) -> bool:
    """Whether the word at ``start`` closes a phrase of setting ("during the Tigray war", "amid the
    border clashes"): "during" or "amid" at most three words before it."""
    return any(token.lower() in _SETTING_WORDS for token in tokens[max(0, start - 4):start])


def _choose(found: list[tuple[int, Trigger]]) -> tuple[int, Trigger] | None:
    """The one relation the question asks about: verbs speak before nouns, but a verb of giving
    or receiving takes the relation of the noun given ("receive investment from X"); words that
    still disagree on the predicate make the question ambiguous."""
    verbs = [f for f in found if f[1].verb]
    nouns = [f for f in found if not f[1].verb]
    # "tariff threats", "border clashes": a noun right before another qualifies it; the last one names it
    heads = [f for f in nouns if not any(g[0] == f[0] + len(f[1].words) for g in nouns)]
    if len(heads) < len(nouns):
        found = [f for f in found if f[1].verb or f in heads]
        nouns = heads
    if verbs and all(t.light for _, t in verbs):  # "sold warships": arms given, not a presence
        nouns = [f for f in nouns if not _names_arms(f[1].words)]
        found = [f for f in found if f[1].verb or f in nouns]
    if verbs and nouns and all(t.light for _, t in verbs) and len({t.predicates for _, t in nouns}) == 1:
        (start, verb), (_, noun) = verbs[0], nouns[0]
        return start, replace(verb, predicates=noun.predicates, words=verb.words + noun.words,
                              recipient_is_subject=receives(verb, noun))
    pool = verbs or found
    if len({f[1].predicates for f in pool}) > 1:
        return None
    return pool[0]


def receives(light: Trigger, noun: Trigger) -> bool:
    """Whether the subject of a verb of getting with ``noun`` is the relation's object: one who
    gets arms, aid or threats receives them ("got drones from X"), one who gets troops or a base
    somewhere holds them ("Has X got troops in Y?": ``held`` in ``loose.yaml``)."""
    return light.recipient_is_subject and not set(noun.predicates) <= _held()


@functools.cache
def _held() -> frozenset[str]:
    text = resources.files("diplograph.queries").joinpath("loose.yaml").read_text(encoding="utf-8")
    return frozenset(load_data(text).get("held") or ())


def _arms_spans(tokens: list[str]) -> list[tuple[int, int]]:
    """The token spans (start, end) of the weapon category words of a question ("attack helicopters")."""
    starts, spans, at = {}, [], 0
    for i, token in enumerate(tokens):
        starts[at] = i
        at += len(token) + 1
    for mention in load_weapons().named_in(" ".join(tokens)):
        if mention.start in starts and mention.end + 1 in starts | {at: len(tokens)}:
            spans.append((starts[mention.start], ({at: len(tokens)} | starts)[mention.end + 1]))
    return spans


def _names_arms(words: tuple[str, ...]) -> bool:
    """Whether a relation noun is a weapon category's own word ("warships", "naval vessels")."""
    said = " ".join(words)
    return any(m.start == 0 and m.end == len(said) for m in load_weapons().named_in(said))


def _names(view, tokens: list[str], used: set[int], lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """(position, length, actor id) of each actor the question names, longest names first."""
    from diplograph.gazetteer import load_gazetteer

    index, gazetteer = name_index(view), load_gazetteer()
    taken = set(used)
    found = []
    for n in range(min(MAX_NAME_WORDS, len(tokens)), 0, -1):
        for i in range(len(tokens) - n + 1):
            span = tokens[i:i + n]
            if taken & set(range(i, i + n)) or span[0] in lexicon.stopwords - {"the"} or \
                    (span[-1] in lexicon.stopwords and span != ["the", "us"] and not _closed_by_type(span, lexicon)):
                continue  # "the US" is no pronoun
            text = " ".join(span)
            node = index.get(name_key(text))
            if node is None:
                entry = gazetteer.lookup(text)
                node = entry.id if entry is not None and entry.id in view else None
            if node is not None:
                found.append((i, n, node))
                taken.update(range(i, i + n))
    return sorted(_role_holders(view, tokens, found))


def _hyphenated_pair(view, tokens: list[str]) -> bool:
    """Whether a word joins two names of the graph by a hyphen ("thai-cambodian"), as the general reading
    reads a pair."""
    from diplograph.queries.named import hyphen_pair

    return any(hyphen_pair(view, tokens, i) for i, token in enumerate(tokens) if "-" in token)


def _closed_by_type(span: list[str], lexicon: Lexicon) -> bool:
    """Whether a name of two words or more ends in a word that alone is no name ("the United
    *States*", "the Wagner *Group*", "Rapid Support *Forces*"): its other words say which it is.

    >>> _closed_by_type(["the", "united", "states"], load_lexicon()), _closed_by_type(["the", "states"], load_lexicon())
    (True, False)
    """
    words = span[1:] if span[:1] == ["the"] else span
    return len(words) >= 2 and words[0] not in lexicon.stopwords


def _role_holders(view, tokens: list[str], found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The names with "X's <role>" read as the one person in that role ("Tajikistan's president")."""
    from diplograph.queries.slots import role_holder, role_words

    role_nouns = load_grammar().role_nouns
    kept = []
    for i, n, node in found:
        end = i + n
        for width in (3, 2, 1):  # "acting prime minister", "foreign minister", "president"
            role = tokens[end + 1:end + 1 + width]
            if tokens[end:end + 1] == ["'s"] and len(role) == width and role_words(" ".join(role)) & role_nouns:
                holder = role_holder(view, node, " ".join(role))
                if holder is not None:
                    i, n, node = i, n + 1 + width, holder
                    break
        kept.append((i, n, node))
    return kept


def _after_as(tokens: list[str], start: int) -> bool:
    """Whether the word at ``start`` follows a word of ``doer_complements`` ("acted *as a* go-between",
    "*played* mediator")."""
    before = start - 1
    while before >= 0 and tokens[before] in ("the", "a", "an"):
        before -= 1
    return before >= 0 and tokens[before] in _doer_complements()


@functools.cache
def _doer_complements() -> frozenset[str]:
    text = resources.files("diplograph.queries").joinpath("loose.yaml").read_text(encoding="utf-8")
    return frozenset(load_data(text).get("doer_complements") or ())


def joint_predicates(grammar: Grammar) -> frozenset[str]:
    """Predicates done together (``joint`` relation classes of ``grammar.yaml``: exercises, co-production):
    asked "with" someone, the partner may be either side of the stored relation."""
    return frozenset(p for name in grammar.joint for p in grammar.relations[name])


def _direction(tokens, position: int, length: int, start: int, trigger: Trigger, lexicon: Lexicon) -> str:
    """``out`` when the actor is the relation's subject (answers are objects), ``in`` when it is
    its object, ``both`` when the words do not say."""
    if trigger.agent and position < start and _after_as(tokens, start):
        return "out"  # "between whom has X acted as go-between": X is the agent, the answers its objects
    if trigger.agent:  # "the suppliers of X", "X's members": the answers are the agents
        return "in"
    if trigger.verb and position + length == start and "the" in tokens[max(position - 1, 0):position + 1] \
            and " ".join(trigger.words) in _agent_nouns():
        return "in"  # "who holds the Arctic Council chair": a noun after the body's name, its holder asked for
    if trigger.mutual:  # "Who is Iran at odds with?": either side
        return "both"
    if "with" in tokens and set(trigger.predicates) <= joint_predicates(load_grammar()):
        return "both"  # "drills with X", "X held drills with whom": whichever side the sentence put first
    before = position - 1
    while before >= 0 and tokens[before] in ("the", "a", "an"):
        before -= 1
    marker = tokens[before] if before >= 0 else ""
    if marker in lexicon.subject_markers and start <= before < start + len(trigger.words):
        marker = ""  # the trigger's own last word ("stood by X": X is stood by, no passive's agent)
    after = tokens[position + length] if position + length < len(tokens) else ""
    # a marker names the actor's side of the relation itself: "from X" is the supplier whether
    # the verb is "buy" or "sell"
    if after == "'s" and not trigger.verb:  # "X's sanctions": X imposes them; "X's arrest": X is arrested
        return "in" if " ".join(trigger.words) in _patient_nouns() else "out"
    if marker in lexicon.subject_markers:
        return "out"
    if marker in lexicon.giving_verbs and position < start:
        return "in"
    if marker in lexicon.object_markers and not (marker == "for" and trigger.verb):
        return "in"
    if marker in lexicon.either_markers and not (trigger.with_object and marker == "with"):
        return "both"
    # otherwise the word order gives the actor's place in the sentence, subject or object of the
    # verb; the subject of "buy" is the receiving side
    if position < start:
        between = set(tokens[position + length:start])
        verb_subject = not (trigger.verb and trigger.participle and between & lexicon.passive_be)
    elif trigger.verb:
        verb_subject = False
    else:
        return "both"  # "sanctions ... X" with nothing between to say which side
    return "out" if verb_subject != trigger.recipient_is_subject else "in"


@functools.cache
def _agent_nouns() -> frozenset[str]:
    """``agent_nouns`` of ``loose.yaml``."""
    text = resources.files("diplograph.queries").joinpath("loose.yaml").read_text(encoding="utf-8")
    return frozenset(load_data(text).get("agent_nouns") or ())


@functools.cache
def _patient_nouns() -> frozenset[str]:
    """``patient_nouns`` of ``loose.yaml``, with their plurals."""
    text = resources.files("diplograph.queries").joinpath("loose.yaml").read_text(encoding="utf-8")
    nouns = load_data(text).get("patient_nouns") or ()
    return frozenset(n for noun in nouns for n in (noun, _plural(noun)))


def _asked_types(tokens: list[str], grammar: Grammar) -> list[str] | None:
    """The actor type a question asks for: "which countries", "where", "name the companies"."""
    if tokens[0] == "where" or tokens[:2] in (["from", "where"], ["to", "where"]):
        return [grammar.place_type]
    if len(tokens) > 2:  # a type word opening the question asks for it ("militias tehran arms", "banks hit by X")
        found = types_at(tokens, 0, grammar, widths=(2, 1))
        if found:
            return found
    if len(tokens) > 2 and tokens[-2].endswith("ing") and tokens[0] not in ("who", "which", "what"):
        found = types_at(tokens, len(tokens) - 1, grammar, widths=(1,))
        if found:  # "gaza truce - brokering countries?": the doers asked for, of that type
            return found
    # "the diplomats of *which* latin american govts": the type after the question word is asked, not one before it
    openers = [i for i, t in enumerate(tokens[:-1]) if t in ("which", "what")]
    openers += [i for i, t in enumerate(tokens[:-1]) if t in ("the", "name", "list", "other", "all")]
    for i in openers:
        # "which latin american countries": the region's words are read past, as a qualifier is
        for region in [0] + [w for w in (1, 2, 3) if region_named(" ".join(tokens[i + 1:i + 1 + w]))]:
            qualified = tokens[i + 1 + region:i + 2 + region] and tokens[i + 1 + region] in grammar.type_qualifiers
            found = types_at(tokens, i + 1 + region + bool(qualified), grammar, widths=(2, 1))
            if found:
                return found
    return None


def types_at(tokens: list[str], j: int, grammar: Grammar, widths=(3, 2, 1)) -> list[str] | None:
    """The actor types of the type words at ``tokens[j]``, with those joined to them by "and", "or"
    or a comma ("which *cartels and banks*", "*officials or state outlets*"), or None.

    >>> types_at("which cartels and banks are mexican".split(), 1, load_grammar())
    ['armed_group', 'company']
    """
    found: list[str] = []
    while j < len(tokens):
        for width in widths:
            phrase = " ".join(tokens[j:j + width])
            if phrase in grammar.types and len(phrase.split()) == width:
                found.append(grammar.types[phrase])
                j += width
                break
        else:
            break
        if tokens[j:j + 1] in (["and"], ["or"], [","]) and j + 1 < len(tokens):
            j += 1 + (tokens[j + 1:j + 2] in (["and"], ["or"]))
            continue
        break
    return list(dict.fromkeys(found)) or None


@functools.cache
def load_lexicon() -> Lexicon:
    """The loose reading's words: verbs from ``grammar.yaml``, nouns and markers from ``loose.yaml``."""
    folder = resources.files("diplograph.queries")
    grammar = packaged("diplograph.queries", "grammar.yaml")
    loose = packaged("diplograph.queries", "loose.yaml")
    onto = load_ontology()
    irregular = grammar.get("irregular") or {}
    triggers: list[Trigger] = []

    particles = set(grammar.get("verb_particles") or ())

    def verbs(phrases, predicates, **flags):
        for phrase in phrases:
            participles = _participles(phrase, irregular)
            for form in inflect(phrase, irregular):
                for words in (tuple(w.split()) for w in with_possessives(form, particles)):
                    triggers.append(Trigger(words, predicates, True, participle=form in participles, **flags))

    for relation in (grammar.get("relations") or {}).values():
        verbs(relation.get("verbs") or (), tuple(relation["predicates"]))
    classes = loose["transfer_verbs"]
    for name in classes["supplier_is_subject"]:
        verbs(grammar["verbs"][name], ("ARMS_TRANSFER",), light=True)
    for name in classes["recipient_is_subject"]:
        verbs(grammar["verbs"][name], ("ARMS_TRANSFER",), recipient_is_subject=True, light=True)
    for name in classes["maker_is_subject"]:
        verbs(grammar["verbs"][name], ("MANUFACTURES",))
    agents = set(loose.get("agent_nouns") or ())
    for predicate, nouns in loose["nouns"].items():
        onto.predicate(predicate)  # an unknown name fails here, when the file is read
        for noun in nouns:
            for form in {noun, _plural(noun)}:
                triggers.append(Trigger(tuple(form.split()), (predicate,), False,
                                        agent=noun in agents or noun.split()[-1] in agents))  # "arms supplier"
    for idiom in loose.get("idioms") or ():
        predicates, mutual = tuple(idiom["predicates"]), bool(idiom.get("either_side"))
        for phrase in idiom.get("phrases") or ():
            triggers.append(Trigger(tuple(phrase.split()), predicates, False, mutual=mutual, idiom=True))
        verbs(idiom.get("verbs") or (), predicates, mutual=mutual, idiom=True)
    known = {t.words for t in triggers}
    # "hit out", "crack down": the extractor's verb and particle, one phrase with the extractor's sense (phrasal.py)
    for phrase, predicates in phrasal_forms(set(loose.get("extractor_reads") or ()), phrasal_particles()).items():
        if tuple(phrase.split()) not in known:  # the grammar's own phrase speaks first
            verbs([phrase], predicates)
    triggers += _extractor_triggers({t.words for t in triggers}, irregular, set(loose.get("extractor_skips") or ()),
                                    set(loose.get("generic_lemmas") or ()), set(loose.get("extractor_reads") or ()))
    for trigger in triggers:
        for predicate in trigger.predicates:
            if predicate not in onto.predicates:
                raise OntologyError(f"diplograph/queries/loose.yaml: unknown predicate {predicate!r}")
    unique = {(t.words, t.predicates, t.verb): t for t in triggers}
    return Lexicon(tuple(sorted(unique.values(), key=lambda t: -len(t.words))),
                   *(frozenset(loose[key]) for key in ("object_markers", "subject_markers", "either_markers",
                                                        "passive_be", "openers", "refuse", "stand_ins",
                                                        "stopwords")),
                   frozenset(loose.get("accusations") or ()), frozenset(loose.get("giving_verbs") or ()))


def _extractor_triggers(known: set, irregular: dict, skipped: set[str], generic: set[str],
                        read: set[str]) -> list[Trigger]:
    """The verb and noun triggers of the article extractor's lexicon that the question words lack,
    so that every word the extractor reads a relation from is understood in a question too.
    They are *weak*: the loose reading does not use them, and the general reading only when the
    question has no word of the grammar's; lemmas that mean too much in a question ("have",
    "want", "hold") are left out (``generic_lemmas`` in ``loose.yaml``). Only the triggers
    ``extractor_reads`` lists count, so that a trigger new to the extractor changes no reading of a
    question until someone has judged what it means there."""
    from diplograph.loaders.articles.lexicon import load_lexicon as extractor_lexicon

    lexicon = extractor_lexicon()
    by_lemma: dict[tuple[str, bool], list] = {}
    for verb, group in ((True, lexicon.verb_triggers), (False, lexicon.noun_triggers)):
        for trigger in group:
            if trigger.name in skipped or trigger.name not in read:
                continue
            themed = trigger.predicates
            predicates = themed.get("*") or tuple(dict.fromkeys(
                p for key in ("weapon", "default") for p in themed.get(key, ()))) or tuple(
                dict.fromkeys(p for ps in themed.values() for p in ps))
            first = trigger.args[0] if trigger.args else None
            receiving = bool(first and first.object == "agent")
            for lemma in trigger.lemmas:
                by_lemma.setdefault((lemma, verb), []).append((predicates, receiving))
    found = []
    for (lemma, verb), readings in by_lemma.items():
        predicates = tuple(dict.fromkeys(p for ps, _ in readings for p in ps))
        if not predicates:
            continue
        weak = True  # the extractor's words speak after the question's own
        receiving = all(r for _, r in readings)
        forms = inflect(lemma, irregular) if verb else {lemma, _plural(lemma)}
        participles = _participles(lemma, irregular) if verb else set()
        for form in forms:
            words = tuple(form.split())
            if words not in known and lemma not in generic:
                found.append(Trigger(words, predicates, verb, recipient_is_subject=receiving,
                                     participle=form in participles, weak=weak))
    return found


def _plural(noun: str) -> str:
    """
    >>> _plural("sanction"), _plural("punitive measure"), _plural("arms embargo"), _plural("ally")
    ('sanctions', 'punitive measures', 'arms embargoes', 'allies')
    """
    head, _, last = noun.rpartition(" ")
    if last.endswith(("s", "x", "z", "ch", "sh", "o")):
        plural = last + "es"
    elif re.search(r"[^aeiou]y$", last):
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    return f"{head} {plural}".strip()


def _participles(phrase: str, irregular: dict) -> set[str]:
    """The past participle forms of a verb phrase (the -ed form, or the irregular ones)."""
    head, _, rest = phrase.partition(" ")
    tail = f" {rest}" if rest else ""
    forms = set(irregular.get(head) or ())
    forms |= {f.split(" ")[0] for f in inflect(phrase, irregular) if f.split(" ")[0].endswith("ed")}
    return {f + tail for f in forms}
