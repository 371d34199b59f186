"""The question grammar of ``diplograph ask``: patterns written as data, compiled to regexes.

``grammar.yaml`` beside this module holds word lists, verb classes, relation verbs mapped to
predicates, and *forms*: a query to run plus the patterns that ask for it. A pattern is a
sequence of space-separated tokens:

* a plain word, matched case-insensitively;
* ``<name>``: any phrase of the word list ``name``, or any inflection of the verb class
  ``name`` (supply -> supplies, supplied, supplying);
* ``<who>`` (who, whom, what, or which/what + a type word), ``<which>`` (which/what + a type
  word), ``<type>`` (a type word): the type word is kept, and filters the answers;
* ``<REL>``: any verb of the ``relations`` section; which one matched picks the predicates;
  ``<REL_PLACE>``: those of them that end in "in", "to", "into" or "on", without it ("Where does X
  invest?"); ``<REL_FRONTED>``: those that end in a preposition, without it, for questions that
  put it first ("With whom did X reach an agreement?", "Against whom did X retaliate?");
* ``[slot]``: a stretch of the question to be read as an actor (``actor``, ``actor2``),
  a weapon or a generic word for arms (``thing``), a date (``date``, ``date2``), or a role
  held in an organisation or state (``role``: it must contain one of ``role_nouns``);
* ``(a b|c)``: one of the alternatives, each itself a token sequence;
* a ``?`` after any token makes it optional; a token starting with ``'`` (``'s``) is glued to
  the one before.

>>> grammar = load_grammar()
>>> [(m.form.id, m.slots) for m in grammar.matches("Who supplies drones to Kyrgyzstan?")][:1]
[('suppliers', {'thing': 'drones', 'actor': 'Kyrgyzstan'})]
>>> [(m.form.id, m.type_word, m.relation, m.slots) for m in grammar.matches(
...     "Which countries have threatened the Taliban?") if m.relation]
[('relation_agents', 'countries', 'THREAT', {'actor': 'the Taliban'})]

A pattern only proposes a reading: ``ask`` keeps the first whose slots resolve, so "threatened"
read as a name in another pattern is dropped there.
"""

from __future__ import annotations

import functools
import re
import sys
from dataclasses import dataclass, field
from importlib import resources
from typing import Iterator


from diplograph.datacache import cached, source_bytes
from diplograph.errors import OntologyError
from diplograph.graph.ontology import load_ontology
from diplograph.queries.armsasked import arms_asked
from diplograph.queries.ranking import without_count
from diplograph.queries.clipped import forces_asked, type_first
from diplograph.queries.dismissals import dismissed
from diplograph.queries.restating import (any_doing, blows_said, got_passive, _ANYONE_ASKED, _HOSTED_PAIR, _MENTIONING, _PARTICIPLES,
                                          _SOURCES_SAID, _consent_asked, _dates_restated, _talks_between, _topic_first,
                                          clipped_is, date_asked, happened_asked, pair_first)
from diplograph.queries.wording import plain as said_plainly
from diplograph.queries.speech import speaker_deed
from diplograph.queries.origin import origin_plain
from diplograph.queries.toldfirst import told_first
from diplograph.queries.halves import other_half
from diplograph.queries.yearclips import years_in_full
from diplograph.datafiles import load_data

_PLACE_PREPOSITIONS = {"in", "to", "into", "on"}
_FRONTED_PREPOSITIONS = {"with", "to", "against", "from", "in", "into", "of", "about", "on", "at", "for"}
RELATION_SLOTS = ("REL", "REL_PLACE", "REL_FRONTED")
SLOTS = ("actor", "actor2", "actor3", "thing", "date", "date2", "role", "document", "topic")
_TOKEN = re.compile(r"\s*(\((?:[^()]|\([^()]*\))*\)\??|<[A-Za-z_]+>\??|\[[a-z0-9_]+\]\??|'[a-z]*\??|[^\s()<>\[\]]+\??)")


class Pattern:
    """A compiled pattern, compiled when first needed; questions that lack one of its required
    words are turned away without compiling it (the grammar is large, the CLI starts often).

    Its word lists and relation slots (``<REL>`` stands for every relation class of the grammar,
    a regex of some 170,000 characters that takes seconds to compile) are filled in for each
    question with only the phrases and classes found somewhere in it: those left out could not
    have matched, so the reading is the same, and the regex compiled is a few hundred characters
    long instead of thousands."""

    def __init__(self, source: str, required: frozenset[str], text: str, deferred: "Deferred | None" = None):
        self.source, self.required, self.text = source, required, text
        self.deferred = deferred if deferred is not None and deferred.marked(source) else None
        self._regex: re.Pattern | None = None

    @property
    def regex(self) -> re.Pattern:
        """The pattern with every phrase and relation class (what the grammar's check compiles)."""
        if self._regex is None:
            source = self.source if self.deferred is None else self.deferred.fill(self.source, None)
            self._regex = re.compile(source, re.IGNORECASE)
        return self._regex

    def match(self, question: str, words: set[str]):
        if not self.required <= words:
            return None
        if self.deferred is None:
            return self.regex.match(question)
        return _compiled(self.deferred.fill(self.source, question)).match(question)


@functools.lru_cache(maxsize=4096)
def _compiled(source: str) -> re.Pattern:
    return re.compile(source, re.IGNORECASE)


class Deferred:
    """The word lists and relation classes the patterns name, left as marks in their regexes until
    a question fills them with what it contains."""

    NOTHING = "(?!)"  # a regex that matches nowhere: no phrase of the list is in the question

    def __init__(self):
        self.lists: dict[str, tuple[str, ...]] = {}  # mark -> phrases (lower case, single spaces)
        self.relations: dict[str, dict[str, str]] = {}  # mark -> relation class -> regex
        self._marks: dict[tuple[str, ...], str] = {}
        self._searched: dict[str, re.Pattern] = {}
        self._needs: dict[str, tuple[frozenset[str], ...]] = {}
        self._found: tuple[str, dict[str, str]] = ("", {})

    def list_mark(self, phrases) -> str:
        kept = tuple(sorted({" ".join(p.split()).lower() for p in phrases}))
        mark = self._marks.get(kept)
        if mark is None:
            mark = self._marks[kept] = f"\x00W{len(self.lists)}\x00"
            self.lists[mark] = kept
        return mark

    def relation_mark(self, slot: str, classes: dict[str, str], needs: dict[str, tuple[frozenset[str], ...]]) -> str:
        """``needs``: for each class regex, the word sets of its alternatives: a question that holds
        every word of none of them cannot match it, and the regex is not compiled for it."""
        mark = f"\x00{slot}\x00"
        self.relations[mark] = classes
        self._needs.update((classes[name], words) for name, words in needs.items())
        return mark

    def marked(self, source: str) -> bool:
        return "\x00" in source

    def fill(self, source: str, question: str | None) -> str:
        """``source`` with each mark replaced by what ``question`` holds of it (everything, if None)."""
        found = self._fills(question) if question is not None else None
        for mark in re.findall("\x00[^\x00]+\x00", source):
            source = source.replace(mark, found[mark] if found is not None else self._full(mark))
        return source

    def _full(self, mark: str) -> str:
        if mark in self.lists:
            return _trie_regex(frozenset(self.lists[mark]))
        return "(?:" + "|".join(f"(?P<rel_{name}>{regex})" for name, regex in self.relations[mark].items()) + ")"

    def _fills(self, question: str) -> dict[str, str]:
        last = self._found  # read once: the web app asks from several threads
        if last[0] == question:
            return last[1]
        text = " ".join(question.lower().split())
        fills = {}
        for mark, phrases in self.lists.items():
            present = frozenset(p for p in phrases if p in text)
            fills[mark] = _trie(present) if present else self.NOTHING
        for mark, classes in self.relations.items():
            kept = [f"(?P<rel_{name}>{regex})" for name, regex in classes.items()
                    if self._may_hold(regex, text) and self._search(regex, question)]
            fills[mark] = "(?:" + "|".join(kept) + ")" if kept else self.NOTHING
        self._found = (question, fills)
        return fills

    def _may_hold(self, regex: str, text: str) -> bool:
        needs = self._needs.get(regex)
        return needs is None or any(all(word in text for word in words) for words in needs)

    def _search(self, regex: str, question: str) -> bool:
        searched = self._searched.get(regex)
        if searched is None:
            searched = self._searched[regex] = re.compile(regex, re.IGNORECASE)
        return searched.search(question) is not None


def _demonym_for_initials(found: re.Match) -> str:
    """A state's initials before the type word of a which-question as its demonym ("which US firms":
    which American firms; "UAE" Emirati): the answers' nationality, no party of theirs."""
    from diplograph.gazetteer import load_gazetteer

    entry = load_gazetteer().lookup(found[2], kinds={"name", "alias"}, type="state")
    return f"{found[1]} {entry.demonyms[0]}" if entry is not None and entry.demonyms else found.group(0)


@dataclass(frozen=True)
class Form:
    id: str
    query: str
    example: str
    params: dict
    patterns: tuple[Pattern, ...]
    weapons_ok: bool = False


@dataclass(frozen=True)
class Match:
    form: Form
    slots: dict[str, str]
    type_word: str | None = None
    relation: str | None = None  # the predicate class that <REL> matched
    joint: bool = False  # <REL> matched a with-verb of a joint relation: the partner may be either side


@dataclass(frozen=True)
class Qualifier:
    """A time phrase at the end of a question, and which dates it sets."""

    pattern: Pattern
    sets: dict[str, str]  # since | until | after | before | as_of -> slot name


@dataclass
class Grammar:
    forms: list[Form]
    types: dict[str, str]  # type word -> actor type
    generic_things: frozenset[str]
    actor_suffixes: tuple[str, ...]
    relations: dict[str, list[str]]  # relation class -> predicates
    place_type: str
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    examples: list[str] = field(default_factory=list)
    qualifiers: list[Qualifier] = field(default_factory=list)
    role_nouns: frozenset[str] = frozenset()
    joint: frozenset[str] = frozenset()  # relation classes done together ("hold exercises with X")
    asides: tuple[re.Pattern, ...] = ()  # trailing reasons, clauses and places a question may drop
    time_words: frozenset[str] = frozenset()  # words that make a phrase a time, read or not ("the nineties")
    short_names: dict[str, str] = field(default_factory=dict)  # "KL" -> "Kuala Lumpur", as written
    rewrites: dict[str, str] = field(default_factory=dict)  # "what's the deal between" -> "what is going on between"
    part_words: tuple[str, ...] = ()  # "eastern" in "eastern Congo": a part of a state stands for the state
    forces_nouns: tuple[str, ...] = ()  # "troops" in "US troops in Haiti?": a clipped yes-or-no question
    type_qualifiers: frozenset[str] = frozenset()  # "foreign" in "which foreign firms": read past
    any_actor_nouns: frozenset[str] = frozenset()  # "which parties": asked for, no type, never a relation

    def sounds_temporal(self, text: str) -> bool:
        """Whether a phrase speaks of a time (a number or a time word): "the nineties" does, "the
        northern valley" does not."""
        words = re.findall(r"[a-z]+|\d", text.lower())
        return any(w.isdigit() or w in self.time_words for w in words)

    def without_asides(self, question: str) -> Iterator[tuple[str, str]]:
        """The question without a trailing aside that no form reads, and the aside: "Who accused
        Chad *of helping the RSF*", "Who warned Tehran *that it would pay*"."""
        text = self.normalise(question)
        for aside in self.asides:
            found = aside.search(text)
            if found and found.start() > 0:
                yield text[:found.start()].strip(), found.group(0).strip()

    def normalise(self, question: str) -> str:
        """One line, straight quotes, no closing punctuation, polite prefixes dropped."""
        text = str(question).replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
        text = " ".join(text.split()).strip().strip('"').strip()
        text = re.sub(r"[\s?!.]+$", "", text)
        text = said_plainly(text)  # "does the press release name", "in the MHI release": the articles (wording.py)
        for said, plain in self.rewrites.items():  # "what's the deal between A and B": what is going on
            text = re.sub(rf"(?<![\w'-]){re.escape(said)}(?![\w'-])", plain, text, flags=re.IGNORECASE)
        text = re.sub(r"[\s,;]+$", "", text)  # "who is he, exactly": the comma before a word dropped
        # "what's been going on" has been; "who's in X", "where's X" is (the patterns spell "what's" out)
        text = re.sub(r"\b(who|what|where|when|how)'s been\b", r"\1 has been", text, flags=re.IGNORECASE)
        text = years_in_full(text)  # "in june '25", "in 6/2025": the year and month in full (yearclips.py)
        text = _dates_restated(text)
        text = without_count(text)  # "the top 3 suppliers": the ranking reads the number itself
        # "is X going to attack Y", "who is going to send troops": the future, as "will" says it
        text = re.sub(r"^(?:is|are|am)\s+(.+?)\s+(?:going|gonna)\s+(?:to\s+)?", r"will \1 ", text, flags=re.IGNORECASE)
        text = re.sub(r"\b(?:is|are|am)\s+(?:going\s+to|gonna)\b", "will", text, flags=re.IGNORECASE)
        text = " ".join(text.split())
        text = pair_first(text)  # "A & B in May: what happened?": what happened between A and B in May
        text = clipped_is(text)  # "greenland a nato member": is greenland a nato member
        text = arms_asked(text)  # "X's K9s - from A or B?": did A or B sell them; "have X's K9s been delivered?"
        text = happened_asked(text)  # "the X strike on Y - did it happen?": was there the X strike on Y
        text = date_asked(text)  # "date of the X strikes on Y": when was the X strikes on Y
        text = other_half(text)  # "Seoul ... with the North": with North Korea
        text = dismissed(text)  # "the pact - which state shot it down": rejected it (an aircraft shot down is hit)
        text = told_first(text, self.forces_nouns)  # "X suspended the pact - what day?": when X suspended the pact
        text = origin_plain(text)  # "Turkish-made drones": Turkish drones
        text = speaker_deed(text)  # "which groups did X say it hit": which groups did X hit
        text = _topic_first(text)  # "Ersin Tatar - who does he represent?": who does Ersin Tatar represent
        text = any_doing(text)  # "any Chinese firm sinking cash into X": which Chinese firm is sinking ...
        text = type_first(text, tuple(self.types))  # "Mexican banks hit by US sanctions": which Mexican banks were hit
        text = forces_asked(text, self.forces_nouns)  # "US troops in Haiti?": are US troops in Haiti
        text = _consent_asked(text)  # "did A get B's ok to ...": did B back A
        text = blows_said(text)  # "got hit with US sanctions": was sanctioned by the US
        text = got_passive(text)  # "which banks got sanctioned": which banks were sanctioned
        text = _HOSTED_PAIR.sub(_talks_between, text)  # "who hosted the US-Ukraine talks": talks between them
        # "who's Modi had face time with", "who's X met": "'s" before a participle is has
        text = re.sub(rf"\b((?i:who|what|where|when|how))'s(?=\s+(?:\S+\s+)?(?:{_PARTICIPLES})\b)", r"\1 has", text)
        text = re.sub(r"\b(who|where|when|how)'s\b", r"\1 is", text, flags=re.IGNORECASE)
        # "has Russia got troops in X", "who has got a base in X": have got is have (not got from someone)
        text = re.sub(r"\b(has|have|hasn't|haven't)\s+((?:[\w'-]+\s+){0,3}?)got\b(?!\s+on\b)(?!.*\bfrom\b)", r"\1 \2",
                      text, flags=re.IGNORECASE)
        # "the Philippines' supplier" is the possessive the patterns spell "'s"
        text = re.sub(r"(?<=[A-Za-z]s)'(?=\s|$)", "'s", text)
        # "US terrorist designations": capitals say the state, where "us" lowercased would be the pronoun
        text = re.sub(r"\b((?i:which|what)) ([A-Z]{2,4})(?= [a-z])", _demonym_for_initials, text)
        text = re.sub(r"(?<![\w.'-])(?<!(?i:the) )US(?![\w-])", "the US", text)
        # "us treasury sanctions", "us troops": typed in lower case, before its government or forces
        text = re.sub(rf"(?<![\w.'-])(?<!(?i:the) )us\s+(?=(?:{'|'.join(map(re.escape, self.actor_suffixes))})\b)",
                      "the US ", text)
        for short, name in self.short_names.items():  # "Did KL broker ...": the capital's usual short name
            rest = name[len(short):] if name.startswith(short) else ""  # "Addis" but not "Addis Ababa"
            # typed in lower case too ("addis"), save a two-letter one that may be a word ("kl" stays)
            text = re.sub(rf"(?<![\w-]){re.escape(short)}(?![\w-]){'(?!' + re.escape(rest) + ')' if rest else ''}",
                          name, text, flags=re.IGNORECASE if len(short) > 2 else 0)
        changed = True
        while changed:
            changed = False
            for prefix in self.prefixes:
                found = re.match(rf"{re.escape(prefix)}[\s,:]+", text, re.IGNORECASE)
                if found:
                    text, changed = text[found.end():], True
            for suffix in self.suffixes:
                found = re.search(rf"[\s,]+{re.escape(suffix)}$", text, re.IGNORECASE)
                if found:
                    text, changed = text[: found.start()], True
            found = _SOURCES_SAID.search(text)
            if found and not _MENTIONING.search(text[: found.start()]):  # not "Who is named in these reports?"
                text, changed = text[: found.start()], True
        return _ANYONE_ASKED.sub(r"whom \g<aux> \g<rest>", text)

    def check(self, origin: str = "grammar") -> None:
        """Compile every pattern now; a broken one raises OntologyError naming its form."""
        checked = [(form.id, p) for form in self.forms for p in form.patterns]
        checked += [("time qualifiers", q.pattern) for q in self.qualifiers]
        for where, pattern in checked:
            try:
                pattern.regex
            except re.error as error:
                raise OntologyError(f"{origin}: {where}: pattern {pattern.text!r} does not compile ({error})") from None

    def qualified(self, question: str) -> Iterator[tuple[str, dict[str, str]]]:
        """(the question without its closing time phrase, {since/until/...: date text}) readings."""
        text = " " + self.normalise(question)
        words = set(text.lower().split())
        for qualifier in self.qualifiers:
            found = qualifier.pattern.match(text, words)
            if found:
                groups = found.groupdict()
                yield groups["rest"].strip(), {key: groups[slot].strip() for key, slot in qualifier.sets.items()}

    def matches(self, question: str) -> Iterator[Match]:
        """Every (form, pattern) reading of the question, in the grammar's order of preference."""
        text = " " + self.normalise(question)
        words = set(text.lower().split())
        for form in self.forms:
            for pattern in form.patterns:
                found = pattern.match(text, words)
                if not found:
                    continue
                groups = found.groupdict()
                relation = next((name[4:] for name, value in groups.items() if name.startswith("rel_") and value), None)
                slots = {k: v.strip() for k, v in groups.items() if k in SLOTS and v}
                # "hold drills with X", and "with whom did X hold drills": the preposition put first
                joint = relation in self.joint and (groups[f"rel_{relation}"].strip().lower().endswith(" with")
                                                    or text.lower().split()[:1] == ["with"])
                yield Match(form, slots, groups.get("type") and groups["type"].lower(), relation, joint)


class _Compiler:
    def __init__(self, words: dict[str, list[str]], verbs: dict[str, list[str]], irregular: dict[str, list[str]],
                 types: dict[str, str], relations: dict[str, dict], particles: set[str]):
        self.particles = particles
        self._named: dict[tuple[str, bool], str] = {}
        self.needs: dict[str, tuple[frozenset[str], ...]] = {}
        self.lists: dict[str, list[str]] = {k.lower(): list(v) for k, v in words.items()}
        for name, bases in verbs.items():
            self.lists[name.lower()] = sorted({f for base in bases for f in inflect(base, irregular)})
        self.type_words = sorted(types, key=len, reverse=True)
        self.relation_regex, self.place_relation_regex, self.fronted_relation_regex = {}, {}, {}
        for name, spec in relations.items():
            if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", name):
                raise OntologyError(f"grammar: relation class {name!r} must be a plain identifier")
            verbs, phrases = list(spec.get("verbs") or ()), list(spec.get("phrases") or ())
            self.relation_regex[name] = self._relation(verbs, phrases, irregular)
            # "Where does China invest?": the verb without the preposition the place would follow
            for regexes, prepositions in ((self.place_relation_regex, _PLACE_PREPOSITIONS),
                                          (self.fronted_relation_regex, _FRONTED_PREPOSITIONS)):
                bare_verbs, bare_phrases = ([text.rsplit(" ", 1)[0] for text in texts
                                             if " " in text and text.rsplit(" ", 1)[-1] in prepositions]
                                            for texts in (verbs, phrases))
                if bare_verbs or bare_phrases:
                    regexes[name] = self._relation(bare_verbs, bare_phrases, irregular)
        # the forms' patterns leave word lists and relation classes to be filled per question
        self.deferred = Deferred()
        for slot, classes in zip(RELATION_SLOTS, (self.relation_regex, self.place_relation_regex,
                                                  self.fronted_relation_regex)):
            self.deferred.relation_mark(slot, classes, {name: self.needs[regex] for name, regex in classes.items()})

    def _relation(self, verbs: list[str], phrases: list[str], irregular) -> str:
        forms = {v for base in verbs for f in inflect(base, irregular) for v in with_possessives(f, self.particles)}
        alternatives = [r"\s+" + _alternation(forms)] if forms else []
        alternatives += [self.sequence(p) for p in phrases]
        regex = "|".join(alternatives)
        # what a question must hold for the regex to match: one verb form whole, or a phrase's plain words
        self.needs[regex] = (*(frozenset([" ".join(f.split()).lower()]) for f in forms),
                             *(self.required(p) for p in phrases))
        return regex

    def sequence(self, text: str) -> str:
        return "".join(self.token(token) for token in _tokens(text))

    @staticmethod
    def required(text: str) -> frozenset[str]:
        """The plain words a question must contain for the pattern to match."""
        return frozenset(t.lower() for t in _tokens(text) if t[0] not in "(<['" and not t.endswith("?"))

    def token(self, token: str) -> str:
        optional = token.endswith("?") and len(token) > 1
        body = token[:-1] if optional else token
        if body.startswith("("):
            inner = _split_alternatives(body[1:-1])
            piece = "(?:" + "|".join(self.sequence(alt) for alt in inner) + ")"
        elif body.startswith("<"):
            piece = self.named(body[1:-1])
        elif body.startswith("["):
            slot = body[1:-1]
            if slot not in SLOTS:
                raise OntologyError(f"grammar: unknown slot [{slot}]; use one of {', '.join(SLOTS)}")
            piece = rf"\s+(?P<{slot}>.+?)"
        elif body.startswith("'"):
            piece = re.escape(body)  # glued to the previous token: no space before
        else:
            piece = r"\s+" + re.escape(body)
        return f"(?:{piece})?" if optional else piece

    def _words(self, phrases) -> str:
        """An alternation of ``phrases``; once the relation classes are built, a mark to fill per question."""
        deferred = getattr(self, "deferred", None)
        return _alternation(phrases) if deferred is None else deferred.list_mark(phrases)

    def named(self, name: str) -> str:
        key = (name, hasattr(self, "deferred"))
        if key not in self._named:
            self._named[key] = self._named_piece(name)
        return self._named[key]

    def _named_piece(self, name: str) -> str:
        one = self._words(self.type_words)
        types = rf"(?:{one})(?:(?:\s*,\s*|\s*,?\s+(?:and|or)\s+)(?:{one}))*"  # "cartels and banks"
        which = rf"(?:which|what)\s+(?:(?:{self._words(self.lists.get('type_qualifiers', ()))})\s+)?"
        anyone = self._words(self.lists.get("any_actor_nouns", ()))
        if name == "who":
            return rf"\s+(?:{which}(?P<type>{types})|{which}(?:{anyone})|who|whom|what)"
        if name == "which":
            return rf"\s+{which}(?:(?P<type>{types})|{anyone})"
        if name == "type":
            return rf"\s+(?P<type>{types})"
        if name in RELATION_SLOTS:
            return f"\x00{name}\x00"
        if name.lower() not in self.lists:
            raise OntologyError(f"grammar: <{name}> is neither a word list nor a verb class")
        return r"\s+(?:" + self._words(self.lists[name.lower()]) + ")"


def _tokens(text: str) -> list[str]:
    position, tokens = 0, []
    text = text.strip()
    while position < len(text):
        found = _TOKEN.match(text, position)
        if not found or not found.group(1):
            raise OntologyError(f"grammar: cannot read the pattern {text!r} at {text[position:]!r}")
        tokens.append(found.group(1))
        position = found.end()
    return tokens


def _phrase(text: str) -> str:
    return r"\s+".join(re.escape(word) for word in text.split())


def _alternation(phrases) -> str:
    return _trie_regex(frozenset(" ".join(p.split()).lower() for p in phrases))


def _trie(phrases: frozenset[str]) -> str:
    """One regex for any of ``phrases``, as a character trie: "supply|supplies|supplied" becomes
    "suppl(?:y|ie(?:s|d))". Same language as the plain alternation, far faster to compile."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [(r"\s+" if char == " " else re.escape(char)) + emit(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return emit(trie)


# the tries of the grammar's own lists, by their phrases (sorted, one a line): kept between processes by
# load_grammar, which makes them in a third of its time
_MADE_TRIES: dict[str, str] = {}


@functools.lru_cache(maxsize=None)
def _trie_regex(phrases: frozenset[str]) -> str:
    key = "\n".join(sorted(phrases))
    regex = _MADE_TRIES.get(key)
    if regex is None:
        regex = _MADE_TRIES[key] = _trie(phrases)
    return regex


def _split_alternatives(text: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in text:
        if char == "|" and depth == 0:
            parts.append(current)
            current = ""
            continue
        depth += char == "("
        depth -= char == ")"
        current += char
    parts.append(current)
    return parts


def with_possessives(phrase: str, particles: set[str]) -> list[str]:
    """A verb phrase as written and, when a noun follows its verb, with the subject's possessive
    before that noun, as questions say it.

    >>> with_possessives("put money into", {"into"})[:3]
    ['put money into', 'put its money into', 'put their money into']
    >>> with_possessives("clash with", {"with"})
    ['clash with']
    """
    verb, _, rest = phrase.partition(" ")
    if not rest or rest.split(" ", 1)[0] in particles:
        return [phrase]
    return [phrase] + [f"{verb} {owner} {rest}" for owner in ("its", "their", "his", "her")]


def inflect(verb: str, irregular: dict[str, list[str]] | None = None) -> set[str]:
    """A verb (or a phrase led by one) in every form a question may use.

    >>> sorted(inflect("criticise"))
    ['criticise', 'criticised', 'criticises', 'criticising']
    >>> sorted(inflect("clash with"))
    ['clash with', 'clashed with', 'clashes with', 'clashing with']
    >>> sorted(inflect("sell", {"sell": ["sold"]}))
    ['sell', 'selling', 'sells', 'sold']
    >>> sorted(inflect("open"))
    ['open', 'opened', 'opening', 'opens']
    >>> sorted(inflect("ban"))
    ['ban', 'banned', 'banning', 'bans']
    >>> sorted(inflect("expel", {"expel": ["expelled"]}))
    ['expel', 'expelled', 'expelling', 'expels']
    """
    head, _, rest = verb.strip().partition(" ")
    tail = f" {rest}" if rest else ""
    irregular = irregular or {}
    if head.endswith(("s", "x", "z", "ch", "sh")):
        third = head + "es"
    elif re.search(r"[^aeiou]y$", head):
        third = head[:-1] + "ies"
    else:
        third = head + "s"
    # A final consonant doubles only in a one-syllable verb ("ban", "stop"): "open" and "edit" keep one
    one_syllable = len(re.findall(r"[aeiou]+", head)) == 1
    double = one_syllable and len(head) <= 4 and re.search(r"[^aeiou][aeiou][^aeiouwxy]$", head)
    stem = head + head[-1] if double else head
    if head in irregular:
        past = list(irregular[head])
    elif head.endswith("e"):
        past = [head + "d"]
    elif re.search(r"[^aeiou]y$", head):
        past = [head[:-1] + "ied"]
    else:
        past = [stem + "ed"]
    if head + head[-1] + "ed" in past:  # "expelled" listed as irregular: "expelling" too
        stem = head + head[-1]
    gerund = (head[:-1] if head.endswith("e") and not head.endswith("ee") else stem) + "ing"
    return {f + tail for f in (head, third, gerund, *past)}


@functools.cache
def _aside(text: str, origin: str) -> re.Pattern:
    try:
        return re.compile(text, re.IGNORECASE)
    except re.error as error:
        raise OntologyError(f"{origin}: the aside {text!r} is not a regular expression ({error})") from None


@functools.cache
def load_grammar() -> Grammar:
    """The grammar shipped with diplograph (``diplograph/queries/grammar.yaml``), compiled once a
    process, with the tries of its word lists made only when the grammar (or this module) changed
    since the last process that compiled it (:mod:`diplograph.datacache`)."""
    raw = resources.files("diplograph.queries").joinpath("grammar.yaml").read_bytes()
    compiled = []

    def compile_with_tries() -> dict[str, str]:
        compiled.append(compile_grammar(load_data(raw.decode("utf-8")), "diplograph/queries/grammar.yaml", check=False))
        return _MADE_TRIES

    _MADE_TRIES.update(cached("grammar-tries", [raw, *source_bytes(sys.modules[__name__])], compile_with_tries))
    return compiled[0] if compiled else compile_grammar(load_data(raw.decode("utf-8")),
                                                        "diplograph/queries/grammar.yaml", check=False)


def compile_grammar(data: dict, origin: str = "grammar", check: bool = True) -> Grammar:
    """Check a grammar (types, predicates, word lists and slots it names) and compile it.

    With ``check`` every pattern is compiled at once; the shipped grammar skips that (tests
    check it) and compiles patterns as questions need them.
    """
    onto = load_ontology()
    types = {}
    for actor_type, words in (data.get("types") or {}).items():
        onto.actor_type(actor_type)
        for word in words:
            types[word.lower()] = actor_type
    relations = {}
    for name, spec in (data.get("relations") or {}).items():
        predicates = [onto.predicate(p).name for p in spec.get("predicates") or ()]
        if not predicates:
            raise OntologyError(f"{origin}: relation {name} maps to no predicate")
        relations[name] = predicates
    compiler = _Compiler(data.get("words") or {}, data.get("verbs") or {}, data.get("irregular") or {}, types,
                         data.get("relations") or {}, set(data.get("verb_particles") or ()))
    forms = []
    for spec in data.get("forms") or ():
        try:
            form_id, query, example = spec["id"], spec["query"], spec["example"]
            patterns = spec["patterns"]
        except (KeyError, TypeError):
            raise OntologyError(f"{origin}: every form needs id, query, example and patterns (got {spec!r})") from None
        compiled = tuple(Pattern("^" + compiler.sequence(p) + r"\s*$", compiler.required(p), p, compiler.deferred)
                         for p in patterns)
        forms.append(Form(form_id, query, example, dict(spec.get("params") or {}), compiled,
                          bool(spec.get("weapons_ok"))))
    qualifiers = []
    for spec in data.get("time_qualifiers") or ():
        pattern = spec.get("pattern", "")
        sets = {k: v for k, v in spec.items() if k != "pattern"}
        if not sets or not set(sets) <= {"since", "until", "after", "before", "as_of"} or not set(sets.values()) <= set(SLOTS):
            raise OntologyError(f"{origin}: time qualifier {spec!r} must set since/until/after/before/as_of from a slot")
        source = r"^(?P<rest>.+?)" + compiler.sequence(pattern) + r"\s*$"
        qualifiers.append(Qualifier(Pattern(source, compiler.required(pattern), pattern, compiler.deferred), sets))
    place = data.get("place_type", "state")
    onto.actor_type(place)
    grammar = Grammar(forms, types, frozenset(w.lower() for w in data.get("generic_things") or ()),
                   tuple(s.lower() for s in data.get("actor_suffixes") or ()), relations, place,
                   tuple(p.lower() for p in data.get("prefixes") or ()),
                   tuple(s.lower() for s in data.get("suffixes") or ()),
                   [f.example for f in forms], qualifiers,
                   frozenset(w.lower() for w in data.get("role_nouns") or ()),
                   frozenset(name for name, spec in (data.get("relations") or {}).items() if spec.get("joint")),
                   tuple(_aside(text, origin) for text in data.get("asides") or ()),
                   frozenset(w.lower() for w in data.get("time_words") or ()),
                   {str(k): str(v) for k, v in (data.get("short_names") or {}).items()},
                   {str(k).lower(): str(v or "") for k, v in (data.get("rewrites") or {}).items()},
                   tuple(w.lower() for w in data.get("part_words") or ()),
                   tuple(w.lower() for w in data.get("forces_nouns") or ()),
                   frozenset(w.lower() for w in (data.get("words") or {}).get("type_qualifiers") or ()),
                   frozenset(w.lower() for w in (data.get("words") or {}).get("any_actor_nouns") or ()))
    if check:
        grammar.check(origin)
    return grammar
