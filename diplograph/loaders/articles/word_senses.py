"""Senses of a trigger that only a qualifying word makes: "held Pakistan *responsible*" blames, "held talks" does
not; "declared the envoy *persona non grata*" expels, "declared a truce" does not. Checks that look at what a word
can mean, outside the trigger's own patterns (which test the words themselves), skip a sense whose every pattern
needs such a word the clause lacks."""

from __future__ import annotations


def sense_unmet(trigger, verb) -> bool:
    """Does every pattern of ``trigger`` need a qualifying word (`when_adverb`) that ``verb``'s clause lacks?"""
    if not trigger.args or not all(pattern.when_adverb for pattern in trigger.args):
        return False
    clause = " " + " ".join(t.lower_ for t in verb.subtree) + " "
    return not any(f" {word} " in clause for pattern in trigger.args for word in pattern.when_adverb)
