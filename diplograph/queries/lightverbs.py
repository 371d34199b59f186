"""Verbs that only carry the noun after them: "ran exercises with", "conducted drills with", "launched talks".

Many verbs say that something was done and leave the noun to say what: run, conduct, stage, carry out,
launch, open ("which bloc *ran* military exercises with X", "who *staged* joint drills with Y", "who *opened*
talks with Z"). Some of them are relation words of their own ("run" a group is to lead it), and read alone they
would name the wrong relation. Before a relation noun (with at most a few words that only qualify it
between: "joint", "military", "a round of"), such a verb names nothing: the noun is the relation asked about,
as it is after "held". The verbs and the qualifying words are data (``light_verbs`` in ``loose.yaml``).

>>> from diplograph.queries.loose import _TOKEN, _triggers, load_lexicon
>>> tokens = _TOKEN.findall("which bloc ran joint military exercises with tajikistan")
>>> [(" ".join(t.words), t.predicates) for _, t in _triggers(tokens, load_lexicon())]
[('exercises with', ('MILITARY_EXERCISE',))]
>>> tokens = _TOKEN.findall("who runs wagner now")   # no relation noun after it: the verb is read
>>> [(" ".join(t.words), t.predicates) for _, t in _triggers(tokens, load_lexicon())]
[('runs', ('LEADS',))]
"""

from __future__ import annotations

import functools

from diplograph.datafiles import packaged


def carried(tokens: list[str], found: list) -> list:
    """``found`` (position, trigger) without the light verbs whose relation noun follows them."""
    verbs, between = _light()
    # the word after may be read as a verb too ("exercises with"): any relation word but another light verb
    nouns = {i for i, t in found if " ".join(t.words) not in verbs}
    kept = []
    for i, trigger in found:
        if trigger.verb and " ".join(trigger.words) in verbs:
            at = i + len(trigger.words)
            while at < len(tokens) and at not in nouns and tokens[at] in between:
                at += 1
            if at in nouns:
                continue
        kept.append((i, trigger))
    return kept


@functools.cache
def _light() -> tuple[frozenset[str], frozenset[str]]:
    from diplograph.queries.grammar import inflect

    data = packaged("diplograph.queries", "loose.yaml").get("light_verbs") or {}
    irregular = packaged("diplograph.queries", "grammar.yaml").get("irregular") or {}
    verbs = frozenset(form for verb in data.get("verbs") or () for form in inflect(verb, irregular))
    return verbs, frozenset(data.get("between") or ())
