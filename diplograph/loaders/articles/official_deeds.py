"""Whose a deed told of a state's official is when a later sentence judges it by a noun that names no doer:

    Secretary of State X imposed visa curbs on Thai officials. Thailand said it regretted the decision.
    President Y raised tariffs on Brazilian goods. Brazil challenged the tariffs at the WTO.

A decision, a measure, tariffs or sanctions are acts of the government the official acts for: the judgement is of
his state, not of him as a person (a sentence that names him, "criticised X's decision", still judges him). The
deeds remember the official, often with his state: the pointing noun keeps the state, or finds it for him. Words
said ("the remark", "the claim": the lexicon's `content` nouns) stay the speaker's as well as his state's.
"""

from __future__ import annotations


def state_for_official(doers, serves, lemma: str, content) -> tuple:
    """``doers`` of the deed a noun of ``lemma`` points back at, without each person whose state (``serves``:
    person id -> state) is among them, unless the noun names words said (``content``)."""
    if lemma in content:
        return tuple(doers)
    ids = {d.id for d in doers}
    return tuple(d for d in doers if not (d.type == "person" and (state := serves.get(d.id)) is not None
                                          and state.id in ids))


def official_as_state(doer, serves, lemma: str, content):
    """The state the official ``doer`` of the act a noun of ``lemma`` points back at serves, if he serves one
    (``serves``: person id -> state) and the noun names no words said (``content``); else ``doer``."""
    if lemma in content or doer.type != "person":
        return doer
    return serves.get(doer.id) or doer
