"""Answers kept to one body's members or people: "Which *SADC* members sent troops to X?",
"Which *RSF* figures has the US sanctioned?".

A question that puts an organisation or an armed group before its type word asks about the
members of the organisation (states, bodies: MEMBER_OF) or the people and units of the group
(AFFILIATED_WITH, LEADS). It is asked without the name ("Which countries sent troops to X?") and
its answers are kept to the actors so tied to the body, whatever the modality of that tie; the
reading says so. A state or a demonym before the type word ("Which Iranian officials ...") is
left to the forms that read it.

>>> body_before_type("Which SADC members sent troops to Mozambique?")
('SADC', 'countries', 'Which countries sent troops to Mozambique?')
>>> body_before_type("Which countries sent troops to Mozambique?") is None
True
"""

from __future__ import annotations

import re

from diplograph.errors import ActorNotFound
from diplograph.queries.answer import Answer
from diplograph.queries.lookup import find_actor
from diplograph.queries.regions import in_region, region_named

# Type words after a body's name, and the word the question is asked with instead.
_NOUNS = {"members": "countries", "member states": "countries", "member countries": "countries",
          "member governments": "governments", "states": "states", "countries": "countries",
          "governments": "governments", "figures": "figures", "officials": "officials", "leaders": "leaders",
          "commanders": "commanders", "people": "people", "units": "groups", "factions": "factions",
          "groups": "groups", "militias": "militias", "firms": "firms", "companies": "companies"}
# (a body's short name is typed in lower case too: "which sadc countries"; the graph must know it as a body)
_BODY = re.compile(r"^(?P<wh>(?i:which|what))\s+(?P<name>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,4}|[a-z][a-z.&]{1,7})\s+"
                   r"(?P<noun>" + "|".join(sorted(map(re.escape, _NOUNS), key=len, reverse=True)) + r")\s+(?P<rest>\S.*)$")
_TIES = frozenset({"MEMBER_OF", "AFFILIATED_WITH", "LEADS"})


def body_before_type(question: str) -> tuple[str, str, str] | None:
    """(the body's name, the type word asked with, the question without the name), or None."""
    found = _BODY.match(" ".join(question.split()))
    if not found:
        return None
    noun = _NOUNS[found.group("noun")]
    return found.group("name"), noun, f"{found.group('wh').capitalize()} {noun} {found.group('rest')}"


def body_of(view, name: str) -> str | None:
    """The organisation or armed group ``name`` names in the graph, or None."""
    try:
        node = find_actor(view, name)
    except ActorNotFound:
        return None
    return node if view.nodes[node].get("type") in ("organization", "armed_group") else None


def kept_to_body(view, answer: Answer, body: str, said: str = "") -> Answer:
    """``answer`` with only the actors tied to ``body`` as members, affiliates or leaders, or
    members of the bloc ``regions.yaml`` names after it ("EU countries", when ``said`` is "EU")."""
    tied = {node for node in view.predecessors(body)
            if any(data["predicate"] in _TIES for data in view[node][body].values())}
    bloc = region_named(f"{said} countries") if said else None
    if bloc is not None:  # the graph records the memberships its sources mention, not every one
        tied |= {a.id for a in answer.answers if in_region(view, a.id, bloc)}
    answer.answers = [a for a in answer.answers if a.id in tied]
    answer.flagged = [f for f in answer.flagged if f.actor.id in tied]
    answer.evidence = [e for e in answer.evidence if {e.subject.id, e.object.id} & tied]
    answer.reading += f", only members or affiliates of {view.nodes[body].get('name', body)}"
    answer.query = {**(answer.query or {}), "within": body}
    return answer
