"""A question no reading took as it stands, said another way and asked again: two sides asked of together
as one with the other ("Have A and B restored ties?": has A restored ties with B, :mod:`pairs`), a place as
its state ("a base on Agaléga", :mod:`places`), a closing aside left out ("which firm did X designate
*alongside Y*", ``asides`` in ``grammar.yaml``; never a time phrase that is no date; a setting or a city
left out narrows the answer to the claims that name it when some do), a source the graph
has none of ("according to AsiaNews, does Turkey ...": :mod:`according`), a bracketed aside left out ("the A-B
minerals deal *(leader-leader)* - when signed?"). The first that is read answers,
and its reading says how the question was said again."""

from __future__ import annotations

import re
from typing import Callable

from diplograph.queries.according import sources_unknown
from diplograph.queries.answer import Answer
from diplograph.queries.pairs import with_each_other
from diplograph.queries.places import states_for_places
from diplograph.queries.refine import in_setting
from diplograph.queries.verdicts import verdict


def read_again(view, grammar, question: str, ask: Callable[[str], Answer]) -> Answer | None:
    """The answer to ``question`` said another way (see the module's docstring), or None if none is read."""
    for retried, note, aside in _said_again(view, grammar, question):
        retry = ask(retried)
        if retry.understood:
            retry.question = question
            if aside and in_setting(view, retry, aside):  # "... over the Tigray war": the claims that name it
                if "verdict" in retry.extra:
                    retry.extra.update(verdict(retry, view))
                return retry
            retry.reading += f" ({note})"
            return retry
    return None


def _said_again(view, grammar, question: str):
    paired = with_each_other(view, grammar.normalise(question))
    if paired is not None:
        yield paired, "the two sides asked of together", ""
    placed = states_for_places(view, question)
    if placed is not None:
        yield placed[0], "; ".join(placed[1]), ""
    for rest, aside in grammar.without_asides(question):
        if not grammar.sounds_temporal(aside):  # "in the twenties" (which century?) is never dropped
            yield rest, f"not read: \"{aside}\"", aside
    for rest, said in sources_unknown(view, grammar.normalise(question)):
        yield rest, f"not used: \"{said}\", no source of the graph goes by that name", ""
    for bracket in _BRACKETED.finditer(question):
        yield question[:bracket.start()] + question[bracket.end():], f"not read: \"{bracket.group().strip()}\"", ""


_BRACKETED = re.compile(r"\s*\([^()]*\)")
