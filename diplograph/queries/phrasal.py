"""Phrasal verbs of the article extractor, read whole in a question.

The extractor gives a verb followed by its particle a sense of its own: "Algeria *hit out at* France" criticises
it and strikes no one, "Kigali *fell out* with Kinshasa" quarrels, "Beijing *hit back* at Washington" answers,
"the IMF *bailed out* Sri Lanka" gives aid, "Paris *cracked down* on ...", "Moscow *rounded on* Warsaw",
"*tore into* Pristina", "*brushed off* the demand" (``phrasal_senses`` and the particles its triggers' patterns
ask for, ``when_adverb`` in ``lexicon.yaml``). A question reads relation words one by one, and the verb alone
names another relation ("hit": an attack; "bail", "crack", "round": nothing), so "Who hit out against Ostia?"
was read as a strike. Every such verb and particle, in every inflection, is a relation phrase of the question
too, with the predicates of the extractor's triggers that read it; a longer phrase of the grammar's own ("hit
out at") still speaks first, and a verb whose particle is a preposition of its object ("write to", "turn to")
is left to the readings that already know it.

Only triggers the question reads (``extractor_reads`` in ``loose.yaml``) give phrases, and only with a particle
of ``phrasal_particles`` (``grammar.yaml``): adverbs the extractor asks for ("jointly", "locally") and an
object's words ("came to the *aid*") are no particles.

A particle may also close the question after the verb's object ("who brushed Ostia *off*", "did X call the envoy
*in*"): it is put back beside its verb before the question is read (``particle_joined``).
"""

from __future__ import annotations

import functools
import re

from diplograph.datafiles import packaged


def phrasal_forms(read: set[str], particles: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Each phrasal verb ("hit out", "crack down") of the extractor's triggers in ``read`` -> its predicates
    (a trigger read only when negated, "did not rule out force", gives none)."""
    from diplograph.loaders.articles.lexicon import load_lexicon as extractor_lexicon

    lexicon = extractor_lexicon()
    by_name = {t.name: t for t in lexicon.verb_triggers}
    found: dict[str, list[str]] = {}
    read = {name for name in read if name in by_name and not by_name[name].negated_only}
    for phrase, names in lexicon.phrasal_senses.items():
        for name in sorted(names & read):
            found.setdefault(phrase, []).extend(_predicates(by_name[name].predicates))
    for trigger in lexicon.verb_triggers:
        if trigger.name not in read:
            continue
        for pattern in trigger.args:
            for lemma in sorted(pattern.when or trigger.lemmas):
                for particle in sorted(pattern.when_adverb & particles):
                    found.setdefault(f"{lemma} {particle}", []).extend(
                        pattern.predicates or _predicates(trigger.predicates))
    return {phrase: tuple(dict.fromkeys(predicates)) for phrase, predicates in sorted(found.items()) if predicates}


def _predicates(themed: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """A trigger's predicates said without a theme: its own, else those of arms or of no theme named."""
    return themed.get("*") or tuple(p for key in ("weapon", "default") for p in themed.get(key, ()))


def particles() -> frozenset[str]:
    return frozenset(packaged("diplograph.queries", "grammar.yaml").get("phrasal_particles") or ())


def particle_joined(question: str) -> str:
    """``question`` with a particle said after the verb's object put back beside its verb ("who brushed Ostia
    off?" -> "who brushed off Ostia?", "did Rhun call Ostia's envoy in?"), for every phrasal verb a question reads
    (the grammar's two-word ones and the extractor's, above) that no form of the grammar already reads split; the
    particle must close the question or come before a phrase of time or reason, so that "drove the rebels out of
    X" keeps its own "out of".

    >>> particle_joined("Who brushed Ostia off?")
    'Who brushed off Ostia?'
    >>> particle_joined("Which countries bailed Ostia out?")   # a form of the grammar reads it so
    'Which countries bailed Ostia out?'
    >>> particle_joined("did rhun call ostia's envoy in")
    "did rhun call in ostia's envoy"
    >>> particle_joined("Who drove the rebels out of Ostia?")
    'Who drove the rebels out of Ostia?'
    """
    for pattern in _split_patterns():
        question = pattern.sub(lambda m: f"{m['verb']} {m['particle']} {m['object']}", question)
    return question


_CLOSERS = r"(?=\s*(?:[?.!]|$|,|\s(?:in|on|over|after|before|during|since|when|last|this|again|because)\b))"


@functools.cache
def _split_patterns() -> tuple[re.Pattern, ...]:
    from diplograph.queries.grammar import inflect

    grammar = packaged("diplograph.queries", "grammar.yaml")
    irregular = grammar.get("irregular") or {}
    loose = packaged("diplograph.queries", "loose.yaml")
    ends = particles()
    phrases = set(phrasal_forms(set(loose.get("extractor_reads") or ()), ends))
    for relation in (grammar.get("relations") or {}).values():
        phrases |= {str(v) for v in relation.get("verbs") or () if len(str(v).split()) == 2 and str(v).split()[1] in ends}
    forms = " ".join(str(p) for form in grammar.get("forms") or () for p in form.get("patterns") or ())
    by_particle: dict[str, set[str]] = {}
    for phrase in phrases:
        verb, particle = phrase.split()
        if particle in ("on", "upon", "into"):
            continue  # a preposition of the object ("round on X"), never said after it
        if re.search(rf"\b{re.escape(verb)}\b[^\[\]]*\[actor\d?\]\s*\([^)]*\b{re.escape(particle)}\b", forms):
            continue  # a form of the grammar reads it split ("keep|bail [actor] (afloat|out)")
        by_particle.setdefault(particle, set()).update(f.split()[0] for f in inflect(verb, irregular))
    word = rf"(?!(?:{_NOT_OBJECT})\b)[\w'’.-]+"
    return tuple(re.compile(rf"\b(?P<verb>{'|'.join(sorted(map(re.escape, verbs), key=len, reverse=True))})\s+"
                            rf"(?!(?:{_PRONOUNS})\s+{re.escape(particle)}\b)(?P<object>(?:{word}\s+){{0,3}}?{word})\s+"
                            rf"(?P<particle>{re.escape(particle)})" + _CLOSERS, re.IGNORECASE)
                 for particle, verbs in sorted(by_particle.items()))


# words no object of the verb holds: "which forces *did* Niamey kick out" ("forces" is no verb there)
_NOT_OBJECT = "and|or|but|to|from|with|for|of|by|did|does|do|has|have|had|is|are|was|were|will|would|could|should|can"
# a pronoun stays before its particle ("shot it down"): the reading finds whom it means there
_PRONOUNS = "it|them|him|her|us|me|this|that|these|those"
