"""A verb read with its object: when a verb with no relation of its own ("put", "snap", "bring", "impose")
or one whose sense the object overrides ("hit *with* tariffs") has a relation noun for its object, the noun
names the relation: "who put sanctions on X", "which states moved to snap sanctions back on X", "who
brought back sanctions", "govts the US hit with sanctions or tariffs" ask about sanctions, not arms, backing or
attacks.

Three readings of a word by its neighbours (``object_verbs`` in ``loose.yaml``):

- a word of ``verbs`` followed, within a few words of ``between``, by a relation noun becomes a light verb:
  the relation is the noun's;
- that noun, when it could also be read as a verb ("sanctions", "strikes"), is the noun;
- "back" right after such a verb or the noun ("snap back", "sanctions back") is the verb's particle, not
  backing.

>>> from diplograph.queries.loose import _triggers, load_lexicon
>>> found = _triggers("who put sanctions back on parva".split(), load_lexicon())
>>> [(" ".join(t.words), t.predicates, t.verb, t.light) for _, t in found]
[('put', ('COERCION',), True, True), ('sanctions', ('COERCION',), False, False)]
>>> found = _triggers("who backed sanctions on parva".split(), load_lexicon())
>>> [(" ".join(t.words), t.verb) for _, t in found]
[('backed', True), ('sanctions', True)]
"""

from __future__ import annotations

import functools
from dataclasses import replace

from diplograph.datafiles import packaged
from diplograph.queries.grammar import inflect


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(the inflected object verbs, the words that may stand between verb and noun, the particles after them)."""
    spec = packaged("diplograph.queries", "loose.yaml").get("object_verbs") or {}
    irregular = packaged("diplograph.queries", "grammar.yaml").get("irregular") or {}
    verbs = frozenset(form for verb in spec.get("verbs") or () for form in inflect(verb, irregular))
    return verbs, frozenset(spec.get("between") or ()), frozenset(spec.get("particles") or ())


def objects_named(tokens: list[str], found: list, lexicon) -> list:
    """``found`` (position, trigger) with each object verb before a relation noun read as light, the noun read as
    a noun, and a particle after them dropped; unchanged when no object verb has a relation noun after it."""
    verbs, between, particles = _words()
    nouns = {t.words: t for t in lexicon.triggers if not t.verb}
    at = dict(found)
    lowered = [t.lower() for t in tokens]
    changed: dict[int, object] = {}
    dropped: set[int] = set()
    for i, word in enumerate(lowered):
        if word not in verbs or (i in at and len(at[i].words) > 1):
            continue
        k = i + 1
        while k < len(tokens) and (lowered[k] in particles or lowered[k] in between and k not in at):
            k += 1
        if k not in at or at[k].words not in nouns or k - i > 4:
            continue
        noun = nouns[at[k].words]
        verb = at.get(i)
        light = replace(verb, predicates=noun.predicates, light=True, weak=False, idiom=False, mutual=False) \
            if verb is not None else replace(noun, words=(tokens[i],), verb=True, light=True, agent=False)
        changed[i], changed[k] = light, noun
        after = k + len(noun.words)
        dropped |= {j for j in (i + 1, after) if j in at and lowered[j] in particles}
    if not changed:
        return found
    kept = [(i, changed.get(i, t)) for i, t in found if i not in dropped]
    kept += [(i, t) for i, t in changed.items() if i not in at]
    return sorted(kept, key=lambda f: f[0])
