"""Whose a deed told of a state's official is when a later sentence judges it by a noun that names no doer:

    Secretary of State X imposed visa curbs on Thai officials. Thailand said it regretted the decision.
    President Y raised tariffs on Brazilian goods. Brazil challenged the tariffs at the WTO.

A decision, a measure, tariffs or sanctions are acts of the government the official acts for: the judgement is of
his state, not of him as a person (a sentence that names him, "criticised X's decision", still judges him). The
deeds remember both the official and his state, so the pointing noun found both; it keeps the state. Words said
("the remark", "the claim": the lexicon's `content` nouns) stay the speaker's as well as his state's.
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
