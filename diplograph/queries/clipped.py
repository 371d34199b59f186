"""A list asked by its noun phrase alone, as analysts type it in a search box: the kind of actor
wanted first (a type word of ``grammar.yaml``, with up to three words before it), then what they
did or had done to them, read as the which-question it stands for (:meth:`Grammar.normalise
<diplograph.queries.grammar.Grammar.normalise>`):

- a participle and its preposition: "Parvan banks hit by Norlandic sanctions" is "which Parvan banks
  were hit by ...";
- a relative clause: "island govts that dumped Ostia for Parva" is "which island govts dumped ...";
  "firms that Norland sanctioned", "cartels Norland listed as terrorists" are "which firms has Norland
  sanctioned", "which cartels has Norland listed ...";
- a with-phrase: "bloc countries with troops in Quell" is "which bloc countries have troops in Quell";
- a present participle: "Norlandic firms selling kit to Parva" is "which Norlandic firms are selling kit to Parva"
  (not a word in -ing that qualifies the noun: "warring factions", "countries during the war").

Forces named between two sides without a verb ("Norlandic troops in Quell?") ask whether they are there.
"""

from __future__ import annotations

import functools
import re

# The verb of a clause in the past, or a participle ("Ahmed" is a name: lower case only)
_PAST = (r"(?:[a-z]{3,}ed|sent|sold|struck|hit|met|made|built|bought|given|gave|taken|took|held|fought|led|shot|"
         r"paid|brought|won|lost|cut|broke|broken|spent|sought|kept|told|set|put|backed|dumped|ditched)")
_AUX = r"(?:is|are|was|were|has|have|had|did|do|does|will|would|can|could|still|now|also|currently|recently)"
_PREPOSITIONS = r"(?:by|in|into|to|from|with|as|for|against|over|at|on)"
# Words in -ing that are no verb of the clause ("countries *during* the war", "states *including* Parva")
_NOT_PARTICIPLES = (r"(?:during|including|regarding|concerning|following|according|excluding|involving|bordering|"
                    r"neighbouring|neighboring|fighting|ruling|leading|remaining|existing|surrounding|incoming|"
                    r"outgoing|opposing|warring|emerging|developing|producing)")
_OPENERS = re.compile(r"^(?:who|whom|whose|what|which|where|when|how|why|is|are|was|were|did|does|do|has|have|had|"
                      r"will|would|can|could|should|any|all|list|name|show|give|tell|find)\b", re.IGNORECASE)


def type_first(text: str, type_words: list[str]) -> str:
    """``text`` as a which-question when it opens with a noun phrase ending in one of ``type_words``
    and goes on with a participle, a relative clause or a with-phrase; else as it stands.

    >>> words = ["banks", "countries", "cartels", "govts"]
    >>> type_first("Parvan banks hit by Norlandic sanctions", words)
    'which Parvan banks were hit by Norlandic sanctions'
    >>> type_first("island govts that dumped Ostia for Parva", words)
    'which island govts dumped Ostia for Parva'
    >>> type_first("cartels Norland listed as terrorists in 2024", words)
    'which cartels has Norland listed as terrorists in 2024'
    >>> type_first("bloc countries with troops in Quell", words)
    'which bloc countries have troops in Quell'
    >>> type_first("countries in the bloc", words)
    'countries in the bloc'
    >>> type_first("countries in the bloc armed by Parva", words)
    'countries in the bloc armed by Parva'
    >>> type_first("Norlandic banks lending cash to Parva", words)
    'which Norlandic banks are lending cash to Parva'
    >>> type_first("island govts flying Parvan drones - which ones", words)
    'which island govts are flying Parvan drones'
    >>> type_first("countries during the war", words)
    'countries during the war'
    """
    if _OPENERS.match(text) or not type_words:
        return text
    # "sahel juntas flying bayraktars - which ones?": the closing ask says no more than the "which" put first
    found = _noun_phrase(tuple(type_words)).match(_WHICH_ONES.sub("", text))
    if not found:
        return text
    np, rest = found["np"], found["rest"]
    if re.search(r"\b(?:and|or|vs|versus)\b", np, re.IGNORECASE):
        return text  # "Parva and Quell countries ...": two names, not one noun phrase
    if found := re.match(r"(?:that|which|who)\s+(?P<clause>.+)$", rest, re.IGNORECASE):
        clause = found["clause"]
        if not re.match(rf"(?:{_PAST}|{_AUX})\b", clause) and _object_clause(clause):
            return f"which {np} has {clause}"  # it was done to them
        return f"which {np} {clause}"  # they did it
    if re.match(rf"{_PAST}\s+{_PREPOSITIONS}\b", rest):
        return f"which {np} were {rest}"
    if found := re.match(r"with\s+(?P<held>.+)$", rest, re.IGNORECASE):
        return f"which {np} have {found['held']}"
    if _object_clause(rest):
        return f"which {np} has {rest}"
    if re.match(rf"(?!{_NOT_PARTICIPLES}\b)[a-z]{{2,}}ing\s+\S", rest):
        return f"which {np} are {rest}"  # they are doing it
    return text


_WHICH_ONES = re.compile(r"\s*(?:\s[-–—]+|[-–—]{2,}|:|,)\s*(?:which(?:\s+ones)?(?:\s+are\s+they)?|who(?:\s+are\s+they)?|"
                         r"name\s+them|list\s+them)$", re.IGNORECASE)


@functools.lru_cache(maxsize=4)
def _noun_phrase(type_words: tuple[str, ...]) -> re.Pattern:
    types = "|".join(re.escape(w) for w in sorted(type_words, key=len, reverse=True))
    return re.compile(rf"^(?P<np>(?:[\w'.-]+\s+){{0,3}}?(?:{types}))\s+(?P<rest>\S.*)$", re.IGNORECASE)


def _object_clause(clause: str) -> bool:
    """Whether ``clause`` is a doer and its verb in the past ("Norland listed as terrorists", "the US
    sanctioned"): a name of one to three words, then the verb."""
    return bool(re.match(rf"(?:the\s+)?(?!{_PREPOSITIONS}\b|{_AUX}\b|[a-z]{{3,}}ed\b)[\w'.-]+(?:\s+[\w'.-]+){{0,2}}?"
                         rf"\s+{_PAST}\b", clause, re.IGNORECASE))


def forces_asked(text: str, forces_nouns: tuple[str, ...]) -> str:
    """``text`` as a yes-or-no question when it names a side, its forces (one of ``forces_nouns``) and a
    place, and nothing else; else as it stands.

    >>> forces_asked("Norlandic troops in Quell", ("troops",))
    'are Norlandic troops in Quell'
    >>> forces_asked("which troops in Quell", ("troops",))
    'which troops in Quell'
    >>> forces_asked("states with troops in Quell", ("troops",))
    'states with troops in Quell'
    """
    if _OPENERS.match(text) or not forces_nouns:
        return text
    found = _forces(forces_nouns).match(text)
    return f"are {found['side']} {found['forces']} in {found['place']}" if found else text


@functools.lru_cache(maxsize=4)
def _forces(forces_nouns: tuple[str, ...]) -> re.Pattern:
    nouns = "|".join(re.escape(w) for w in sorted(forces_nouns, key=len, reverse=True))
    word = r"(?!(?:with|that|which|who|and|or|vs|have|has|had)\b)[\w'.-]+"
    return re.compile(rf"^(?P<side>(?:the\s+)?{word}(?:\s+{word}){{0,2}}?)\s+(?P<forces>{nouns})\s+"
                      rf"(?:(?:stationed|deployed|based)\s+)?(?:in|inside|on the ground in)\s+(?P<place>(?:the\s+)?[\w'.-]+"
                      rf"(?:\s+[\w'.-]+){{0,2}})$", re.IGNORECASE)
