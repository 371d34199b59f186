"""A state's envoy stands for the state: "did A call in *B's ambassador*?", "who expelled B's envoy to C?", "which
state summoned B's top diplomat?". The role names the one person the graph records in it when there is one
(:func:`diplograph.queries.slots.role_holder`), but a state has an ambassador in every capital, and the one the graph
knows may be posted elsewhere; what is done to an envoy (summoned, expelled, called in) is done to the state, as
the sources and the extractor record it. So a question read of the person that finds nothing is asked again of
the state, and the reading says so.

The nouns are data: ``envoy_nouns`` in ``loose.yaml``.

>>> from diplograph.queries.example import example_view
>>> of_their_state(example_view(), "did Caldor call in Borvia's ambassador over the hack?")
('did Caldor call in Borvia over the hack?', "Borvia's ambassador", 'Borvia')
>>> of_their_state(example_view(), "who expelled Borvia's top diplomat to Caldor?")
('who expelled Borvia?', "Borvia's top diplomat to Caldor", 'Borvia')
>>> of_their_state(example_view(), "who expelled the Borvian envoy") is None
True
>>> of_their_state(example_view(), "who did Borvia's president meet?") is None
True
"""

from __future__ import annotations

import functools
import re

from diplograph.datafiles import packaged


@functools.cache
def _pattern() -> re.Pattern:
    nouns = packaged("diplograph.queries", "loose.yaml").get("envoy_nouns") or ()
    words = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(nouns, key=len, reverse=True))
    return re.compile(rf"\b(?P<owner>[\w.'’-]+(?:\s+[\w.'’-]+){{0,2}})(?:'s|’s)\s+(?:(?:top|chief|senior|new|own)\s+)?"
                      rf"(?P<role>{words})(?:\s+to\s+[\w.'’-]+(?:\s+(?![Ii]n\b|[Oo]ver\b|[Ff]or\b|[Aa]fter\b|[Bb]efore\b)"
                      rf"[\w.'’-]+)?)?(?=[\s?.!,;:]|$)", re.IGNORECASE)


def of_their_state(view, question: str) -> tuple[str, str, str] | None:
    """(the question with the envoy's state for the envoy, the envoy as said, the state as said), or None when
    the question names no state's envoy by a possessive (the owner: the last one to three words before "'s" that
    name a state of ``view``)."""
    from diplograph.errors import ActorNotFound
    from diplograph.queries.lookup import find_actor

    found = _pattern().search(question)
    if found is None:
        return None
    words = found["owner"].split()
    for n in range(len(words), 0, -1):
        owner = " ".join(words[-n:])
        try:
            state = find_actor(view, owner)
        except ActorNotFound:
            continue
        if view.nodes[state].get("type") == "state":
            start = found.start("owner") + found["owner"].rindex(owner)
            return question[:start] + owner + question[found.end():], question[start:found.end()], owner
    return None


def found_nothing(answer) -> bool:
    """Whether ``answer`` was read and found nothing: no answer, no flag, and no yes."""
    verdict = answer.extra.get("verdict")
    return answer.understood and not answer.answers and not answer.flagged and verdict in (None, "no")
