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
* ``[slot]``: a stretch of the question to be read as an actor (``actor``, ``actor2``),
  a weapon or a generic word for arms (``thing``), or a date (``date``, ``date2``);
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
from dataclasses import dataclass, field
from importlib import resources
from typing import Iterator

import yaml

from diplograph.errors import OntologyError
from diplograph.graph.ontology import load_ontology

SLOTS = ("actor", "actor2", "thing", "date", "date2")
_TOKEN = re.compile(r"\s*(\((?:[^()]|\([^()]*\))*\)\??|<[A-Za-z_]+>\??|\[[a-z0-9_]+\]\??|'[a-z]*\??|[^\s()<>\[\]]+\??)")


@dataclass(frozen=True)
class Form:
    id: str
    query: str
    example: str
    params: dict
    patterns: tuple[re.Pattern, ...]
    weapons_ok: bool = False


@dataclass(frozen=True)
class Match:
    form: Form
    slots: dict[str, str]
    type_word: str | None = None
    relation: str | None = None  # the predicate class that <REL> matched


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

    def normalise(self, question: str) -> str:
        """One line, straight quotes, no closing punctuation, polite prefixes dropped."""
        text = str(question).replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
        text = " ".join(text.split()).strip().strip('"').strip()
        text = re.sub(r"[\s?!.]+$", "", text)
        changed = True
        while changed:
            changed = False
            for prefix in self.prefixes:
                if text.lower().startswith(prefix + " "):
                    text, changed = text[len(prefix) + 1:].lstrip(" ,:"), True
            for suffix in self.suffixes:
                if text.lower().endswith(" " + suffix):
                    text, changed = text[: -len(suffix) - 1].rstrip(" ,"), True
        return text

    def matches(self, question: str) -> Iterator[Match]:
        """Every (form, pattern) reading of the question, in the grammar's order of preference."""
        text = " " + self.normalise(question)
        for form in self.forms:
            for pattern in form.patterns:
                found = pattern.match(text)
                if not found:
                    continue
                groups = found.groupdict()
                relation = next((name[4:] for name, value in groups.items() if name.startswith("rel_") and value), None)
                slots = {k: v.strip() for k, v in groups.items() if k in SLOTS and v}
                yield Match(form, slots, groups.get("type") and groups["type"].lower(), relation)


class _Compiler:
    def __init__(self, words: dict[str, list[str]], verbs: dict[str, list[str]], irregular: dict[str, list[str]],
                 types: dict[str, str], relations: dict[str, dict]):
        self.lists: dict[str, list[str]] = {k.lower(): list(v) for k, v in words.items()}
        for name, bases in verbs.items():
            self.lists[name.lower()] = sorted({f for base in bases for f in inflect(base, irregular)})
        self.type_words = sorted(types, key=len, reverse=True)
        self.relation_regex = {}
        for name, spec in relations.items():
            if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", name):
                raise OntologyError(f"grammar: relation class {name!r} must be a plain identifier")
            forms = sorted({f for base in spec.get("verbs") or () for f in inflect(base, irregular)}, key=len, reverse=True)
            alternatives = [r"\s+" + _phrase(f) for f in forms] + [self.sequence(p) for p in spec.get("phrases") or ()]
            self.relation_regex[name] = "|".join(alternatives)

    def sequence(self, text: str) -> str:
        position, pieces = 0, []
        text = text.strip()
        while position < len(text):
            found = _TOKEN.match(text, position)
            if not found or not found.group(1):
                raise OntologyError(f"grammar: cannot read the pattern {text!r} at {text[position:]!r}")
            pieces.append(self.token(found.group(1)))
            position = found.end()
        return "".join(pieces)

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

    def named(self, name: str) -> str:
        types = "|".join(_phrase(t) for t in self.type_words)
        if name == "who":
            return rf"\s+(?:(?:which|what)\s+(?P<type>{types})|who|whom|what)"
        if name == "which":
            return rf"\s+(?:which|what)\s+(?P<type>{types})"
        if name == "type":
            return rf"\s+(?P<type>{types})"
        if name == "REL":
            return "(?:" + "|".join(f"(?P<rel_{k}>{v})" for k, v in self.relation_regex.items()) + ")"
        if name.lower() not in self.lists:
            raise OntologyError(f"grammar: <{name}> is neither a word list nor a verb class")
        phrases = sorted(self.lists[name.lower()], key=len, reverse=True)
        return r"\s+(?:" + "|".join(_phrase(p) for p in phrases) + ")"


def _phrase(text: str) -> str:
    return r"\s+".join(re.escape(word) for word in text.split())


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


def inflect(verb: str, irregular: dict[str, list[str]] | None = None) -> set[str]:
    """A verb (or a phrase led by one) in every form a question may use.

    >>> sorted(inflect("criticise"))
    ['criticise', 'criticised', 'criticises', 'criticising']
    >>> sorted(inflect("clash with"))
    ['clash with', 'clashed with', 'clashes with', 'clashing with']
    >>> sorted(inflect("sell", {"sell": ["sold"]}))
    ['sell', 'selling', 'sells', 'sold']
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
    double = len(head) <= 4 and re.search(r"[^aeiou][aeiou][^aeiouwxy]$", head)
    stem = head + head[-1] if double else head
    if head in irregular:
        past = list(irregular[head])
    elif head.endswith("e"):
        past = [head + "d"]
    elif re.search(r"[^aeiou]y$", head):
        past = [head[:-1] + "ied"]
    else:
        past = [stem + "ed"]
    gerund = (head[:-1] if head.endswith("e") and not head.endswith("ee") else stem) + "ing"
    return {f + tail for f in (head, third, gerund, *past)}


@functools.cache
def load_grammar() -> Grammar:
    """The grammar shipped with diplograph (``diplograph/queries/grammar.yaml``), compiled once."""
    text = resources.files("diplograph.queries").joinpath("grammar.yaml").read_text(encoding="utf-8")
    return compile_grammar(yaml.safe_load(text), "diplograph/queries/grammar.yaml")


def compile_grammar(data: dict, origin: str = "grammar") -> Grammar:
    """Check a grammar (types, predicates and queries it names) and compile its patterns."""
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
                         data.get("relations") or {})
    forms = []
    for spec in data.get("forms") or ():
        try:
            form_id, query, example = spec["id"], spec["query"], spec["example"]
            patterns = spec["patterns"]
        except (KeyError, TypeError):
            raise OntologyError(f"{origin}: every form needs id, query, example and patterns (got {spec!r})") from None
        compiled = []
        for pattern in patterns:
            try:
                compiled.append(re.compile("^" + compiler.sequence(pattern) + r"\s*$", re.IGNORECASE))
            except re.error as error:
                raise OntologyError(f"{origin}: form {form_id}: pattern {pattern!r} does not compile ({error})") from None
        forms.append(Form(form_id, query, example, dict(spec.get("params") or {}), tuple(compiled),
                          bool(spec.get("weapons_ok"))))
    place = data.get("place_type", "state")
    onto.actor_type(place)
    return Grammar(forms, types, frozenset(w.lower() for w in data.get("generic_things") or ()),
                   tuple(s.lower() for s in data.get("actor_suffixes") or ()), relations, place,
                   tuple(p.lower() for p in data.get("prefixes") or ()),
                   tuple(s.lower() for s in data.get("suffixes") or ()),
                   [f.example for f in forms])
