"""Verbs that lead to another: the relation a question asks about is not always its first verb.

"Who *stepped in* to mediate between A and B?", "Who *tried* to broker ...", "Who *helped* arm the
rebels?": a verb of trying, helping or pushing (``leading_verbs`` in ``loose.yaml``) hands the
question to the verb after it. And helping or pushing two sides to end their fight or to reach a
deal ("Who helped A and B reach a truce?", "Which state helped end the A-B fighting?", "Who
pushed A and B to sign a ceasefire?") is mediation: a leading verb, then a word of settling
(``settling``), with a side named after the leading verb.

>>> from diplograph.queries.loose import _TOKEN, _triggers, load_lexicon
>>> tokens = "who stepped in to mediate between parva and quell".split()
>>> found = _triggers(tokens, load_lexicon())
>>> start, trigger = led_to(tokens, found, found[0])
>>> start, trigger.predicates
(4, ('MEDIATION',))
>>> peacemaking("who helped parva and quell reach a truce".split(), [(2, 1, "a"), (4, 1, "b")])[1].predicates
('MEDIATION',)
"""

from __future__ import annotations

import functools
from importlib import resources


from diplograph.queries.grammar import inflect
from diplograph.queries.loose import Trigger
from diplograph.datafiles import packaged

_PARTICLES = frozenset({"in", "up", "forward", "out"})  # "stepped *in* to", "stepped *up* to"


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str], tuple[tuple[str, ...], ...], frozenset[str]]:
    """The inflected leading verbs, the inflected settling words (one word), the settling phrases,
    and the inflected verbs that lead only with two sides ("got A and B to a deal")."""
    folder = resources.files("diplograph.queries")
    loose = packaged("diplograph.queries", "loose.yaml")
    irregular = packaged("diplograph.queries", "grammar.yaml").get("irregular") or {}
    leading = frozenset(form for verb in loose.get("leading_verbs") or () for form in inflect(verb, irregular))
    settling = {form for verb in loose.get("settling") or () for form in inflect(verb, irregular)}
    phrases = tuple(tuple(s.split()) for s in settling if " " in s)
    pairing = frozenset(form for verb in loose.get("pairing_verbs") or () for form in inflect(verb, irregular))
    return leading, frozenset(s for s in settling if " " not in s), phrases, pairing


def led_to(tokens: list[str], found: list[tuple[int, Trigger]], chosen: tuple[int, Trigger] | None):
    """The relation word a leading verb hands the question to ("stepped in *to mediate*", "helped
    *arm*"), or ``chosen`` unchanged."""
    if chosen is None:
        return chosen
    start, trigger = chosen
    leading = _words()[0]
    if not trigger.verb or " ".join(trigger.words) not in leading and trigger.words[0] not in leading:
        return chosen
    k = start + len(trigger.words)
    while k < len(tokens) and tokens[k] in _PARTICLES:
        k += 1
    if k < len(tokens) and tokens[k] == "to":
        k += 1
    for position, other in found:
        if position == k and other.verb:
            return position, other
    return chosen


def peacemaking(tokens: list[str], actors) -> tuple[int, Trigger] | None:
    """(position, a MEDIATION trigger) when the question asks who helped or pushed sides to settle
    or to a deal ("Who helped A and B reach a truce?"), else None."""
    leading, settling, phrases, pairing = _words()
    for m, token in enumerate(tokens):
        rest = tokens[m + 1:]
        # "who got A and B to a deal": getting or bringing two sides somewhere, not one side something
        paired = token in pairing and "and" in rest and "to" in rest[rest.index("and"):]
        if token not in leading and not paired:
            continue
        if not any(p > m for p, _, _ in actors):
            return None
        said = any(w in settling for w in rest) or any(
            tuple(rest[i:i + len(p)]) == p for p in phrases for i in range(len(rest)))
        if said:
            return m, Trigger((token,), ("MEDIATION",), True)
        return None
    return None


_CLAUSE_BREAKS = frozenset({"and", "or", "but", "then", "with", "to", "after", "before", ",", "while", "so"})


@functools.cache
def _ending() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    folder = resources.files("diplograph.queries")
    loose = packaged("diplograph.queries", "loose.yaml")
    irregular = packaged("diplograph.queries", "grammar.yaml").get("irregular") or {}
    spec = loose.get("ending") or {}
    verbs = frozenset(form for verb in spec.get("verbs") or () for form in inflect(verb, irregular))
    return verbs, tuple(spec.get("predicates") or ()), frozenset(spec.get("of") or ())


def ending(tokens: list[str], found: list[tuple[int, Trigger]]) -> tuple[tuple[int, Trigger], int] | None:
    """((position, the trigger of what ending a tie is), the tie noun's position) when a verb of ending
    comes just before a noun of a cooperative tie ("When did Chad *scrap* its defence *pact* with
    Paris?", "who *tore up* the deal"), else None.

    >>> from diplograph.queries.loose import _triggers, load_lexicon
    >>> tokens = "when did chad scrap its defence pact with paris".split()
    >>> (start, trigger), noun = ending(tokens, _triggers(tokens, load_lexicon()))
    >>> start, trigger.predicates, noun
    (3, ('COERCION', 'PROTEST', 'REJECTION'), 5)
    """
    verbs, predicates, ties = _ending()
    for position, trigger in found:
        if trigger.verb or not set(trigger.predicates) <= ties:
            continue
        # up to five words apart ("suspended the whole 2018 military pact"), never across another clause
        for k in range(max(0, position - 6), position):
            words = tokens[k:position]
            if set(words[1:]) & _CLAUSE_BREAKS:
                continue
            for width in (2, 1):
                if " ".join(words[:width]) in verbs:
                    return (k, Trigger(tuple(words[:width]), predicates, True, with_object=True)), position
    return None

