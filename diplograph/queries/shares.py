"""One supplier's share of a state's arms, as analysts ask it of SIPRI's register: "what share of India's arms
imports came from Russia?", "Russia's share of India's arms imports since 2010", "what percentage of Turkey's arms
exports went to Pakistan?".

The circle is asked as a question of its own ("who are India's arms suppliers since 2010?", or the customers for
exports), its answers weighed as superlatives are (:mod:`diplograph.queries.ranking`: SIPRI's trend-indicator value
delivered when the claims give it, else their number), and the share is the named one's weight over the circle's.
The answer is the named one, ``share`` in the JSON (0 to 1), and the details give every weight of the circle.
"""

from __future__ import annotations

import re

from diplograph.names import name_key
from diplograph.queries.answer import Answer

_KIND = r"(?:share|percentage|proportion|fraction|part|percent|per\s+cent)"
_WHAT = r"(?:(?:arms|weapons?|military|defen[cs]e)\s+)?(?P<what>imports|purchases|arms|weapons|supplies|acquisitions|" \
        r"deliveries|exports|sales|arms\s+sales|arms\s+exports)"
_REST = r"(?P<rest>\s+(?:in|since|during|before|after|between|from|over)\s+(?:the\s+)?\d.*|\s+in\s+the\s+\w+.*)?"
_OF_FROM = re.compile(rf"^(?:(?:what|which)\s+)?(?:(?:is|was)\s+)?(?:the\s+)?{_KIND}\s+of\s+(?P<x>.+?)(?:'s|')\s+{_WHAT}"
                      rf"\s+(?:[\w']+\s+){{0,3}}?(?P<dir>from|to)\s+(?P<y>.+?){_REST}$", re.IGNORECASE)
_Y_SHARE = re.compile(rf"^(?:(?:what|how\s+big|how\s+large)\s+(?:is|was)\s+)?(?P<y>.+?)(?:'s|')\s+{_KIND}\s+(?:of|in)\s+"
                      rf"(?P<x>.+?)(?:'s|')\s+{_WHAT}{_REST}$", re.IGNORECASE)


def share_asked(question: str) -> tuple[str, str, str] | None:
    """(the circle's question, the one named, "suppliers" or "customers") for a question asking one's share.

    >>> share_asked("what share of India's arms imports came from Russia?")
    ("who are India's arms suppliers", 'Russia', 'suppliers')
    >>> share_asked("Russia's share of India's arms imports since 2010")
    ("who are India's arms suppliers since 2010", 'Russia', 'suppliers')
    >>> share_asked("what percentage of Turkey's arms exports went to Pakistan in the 2010s")[0]
    "who are Turkey's arms customers in the 2010s"
    """
    text = " ".join(question.split()).rstrip("?!. ")
    found = _OF_FROM.match(text) or _Y_SHARE.match(text)
    if found is None:
        return None
    exports = found.group("what").lower().endswith(("exports", "sales"))
    circle = "customers" if exports else "suppliers"
    return f"who are {found.group('x')}'s arms {circle}{found.group('rest') or ''}", found.group("y"), circle


def share_of(view, question: str, ask) -> Answer | None:
    """The share of the one named in the circle the question names (``ask`` answers a question), or None."""
    from diplograph.queries.lookup import name_index
    from diplograph.queries.ranking import _weights

    found = share_asked(question)
    if found is None:
        return None
    asked, named, circle = found
    node = name_index(view).get(name_key(re.sub(r"^the\s+", "", named, flags=re.IGNORECASE)))
    answer = ask(asked)
    if node is None or not answer.understood:
        return None
    weights, by = _weights(answer)
    total = sum(weights.values())
    mine = weights.get(node, 0)
    answer.question = question
    answer.details = [f"{a.name}: {weights.get(a.id, 0):g}" for a in sorted(
        answer.answers, key=lambda a: -weights.get(a.id, 0))] + answer.details
    answer.answers = [a for a in answer.answers if a.id == node]
    answer.evidence = [e for e in answer.evidence if node in (e.subject.id, e.object.id)]
    answer.extra["share"] = round(mine / total, 4) if total else 0.0
    name = view.nodes[node].get("name", named) if node in view else named
    answer.reading += (f" (the share of {name}: {mine:g} of {total:g} by {by}, "
                       f"{100 * answer.extra['share']:.1f}% of the {circle}' total)")
    return answer
