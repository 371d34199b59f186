"""States a titled speaker only talks about: "Foreign ministry spokeswoman X said *Vietnam* was deeply concerned",
"Interior Minister Y said the case would go to *Italy's* highest court". Such a state is no party the speaker acts
on, so it may still be the speaker's own when the story is about it or was filed there (a state the speaker's verb
itself acts on never is: "General X accused *Chad* of ..."), nor for an envoy, who often serves abroad in the very
state the story is about ("Ambassador X said she was worried to see *Honduras's* defence minister in Caracas")."""

from __future__ import annotations


def named_only_in_speech(verb, own: set[int], said: list[set[int]], mention_of, title, lexicon) -> set[str]:
    """The ids of the states named in the clauses ``said`` (what the person says) and nowhere else in the
    subtree of their ``verb`` outside their ``own`` words (``mention_of(token)`` gives a token's mention);
    none for a ``title`` (its words) of an envoy (lexicon `envoy_titles`)."""
    envoy = set(title) & {t.split()[-1] for t in lexicon.noun_class["envoy_titles"]}
    if verb is None or not said or envoy:
        return set()
    spoken = set().union(*said)
    where: dict[str, bool] = {}
    for t in verb.subtree:
        m = mention_of(t)
        if t.i in own or m is None or m.type != "state":
            continue
        where[m.actor.id] = where.get(m.actor.id, True) and t.i in spoken
    return {state for state, only_spoken in where.items() if only_spoken}
