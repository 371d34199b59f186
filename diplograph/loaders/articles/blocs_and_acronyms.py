"""Bodies named around brackets and lists of states.

"France, Germany and the UK (the E3)": a bloc the listed states form; "the African Union Mission in
Somalia (AMISOM)": a body's mission with the state it serves in; "Long Name (ACRONYM)": the long name
and the acronym are one actor, whichever of the two the gazetteer knows.
"""

from __future__ import annotations

import re

from diplograph.graph.model import Actor
from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.mention import Mention
from diplograph.loaders.articles.person_names import clean_name

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&-]{1,7}$")


def _listed_states(doc, end: int, at: dict[int, Mention]) -> list[Mention]:
    """The states of a list ("Poland, Hungary and the Czech Republic") that ends at token ``end``."""
    ends = {m.end: m for m in at.values()}
    found, i = [], end
    while i > 0:
        m = ends.get(i)
        if m is not None and m.type == "state" and not m.is_demonym:
            found.append(m)
            i = m.start
        elif doc[i - 1].lower_ in (",", "and", "the") and found:
            i -= 1
        else:
            break
    return found


def blocs(doc, mentions: list[Mention]) -> list[Mention]:
    """"France, Germany and the UK (the E3)", "Poland, Hungary and Slovakia (the Visegrad Group)":
    a name in brackets right after a list of states is the body they form (an organisation, whatever
    its name suggests); kind "bloc" records that the states are its members."""
    at = {m.start: m for m in mentions}
    for i, tok in enumerate(doc):
        if tok.text != "(" or len(_listed_states(doc, i, at)) < 2 or \
                any(m.end == i and _initials_of(doc, m) for m in mentions):
            continue  # ("Australia and Papua New Guinea (PNG)": the last state's own initials)
        start = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
        close = next((j for j in range(start, min(start + 5, len(doc))) if doc[j].text == ")"), None)
        if close is None or close == start or not all(t.text[:1].isupper() or t.is_digit for t in doc[start:close]):
            continue
        inside = [m for m in mentions if start <= m.start < close]
        if any(m.entry is not None and m.type != "organization" for m in inside):
            continue  # a known state, firm or person in brackets is something else
        known = next((m for m in inside if m.entry is not None), None)
        actor = known.actor if known is not None else Actor.new(doc[start:close].text, "organization")
        mentions = [m for m in mentions if m not in inside]
        mentions.append(Mention(start, close, actor, "bloc", doc[start:close].text, known.entry if known else None))
    return sorted(mentions, key=lambda m: m.start)


def missions(doc, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """"the African Union Mission in Somalia (AMISOM)", "the SADC Mission in the DRC": a body's
    named mission (a capitalised name ending in a `mission_heads` word, then "in" or "to" and a
    state) names the body, with the state it serves in as its ``place``; so does the acronym in
    brackets after it."""
    heads = lexicon.noun_class.get("mission_heads", frozenset())
    at = {m.start: m for m in mentions}
    for m in [m for m in mentions if m.type == "organization"]:
        j = m.end
        while j < len(doc) and j - m.end < 6 and j not in at and doc[j].is_alpha and doc[j].text[:1].isupper():
            j += 1
        if j == m.end or doc[j - 1].lower_ not in heads or j >= len(doc) or doc[j].lower_ not in ("in", "to", "for"):
            continue
        k = j + 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "the")
        state = at.get(k)
        if state is None or state.type != "state" or state.is_demonym:
            continue
        mission = Mention(m.start, state.end, m.actor, "mission", doc[m.start:state.end].text, m.entry, state.actor)
        mentions = [x for x in mentions if x is not m and x is not state] + [mission]
        a = state.end
        if a + 2 < len(doc) and doc[a].text == "(" and doc[a + 2].text == ")" and _ACRONYM.match(doc[a + 1].text):
            mentions = [x for x in mentions if x.start != a + 1]
            mentions.append(Mention(a + 1, a + 2, m.actor, "mission", doc[a + 1].text, None, state.actor))
    return sorted(mentions, key=lambda m: m.start)



def link_acronyms(doc, mentions: list[Mention]) -> None:
    """"Long Name (ABBR)": a new long name and a known abbreviation (or the reverse) are one actor."""
    for left, right in zip(mentions, mentions[1:]):
        if right.start != left.end + 1 or doc[left.end].text != "(":
            continue
        if right.end >= len(doc) or doc[right.end].text != ")":
            continue
        if left.entry is None and right.entry is not None and right.type != "state":
            left.actor = right.actor.with_aliases([clean_name(left.text, None)])
            left.entry, left.kind = right.entry, "acronym"
        elif right.entry is None and left.entry is not None and left.type != "state" and right.kind != "mission":
            right.actor, right.entry, right.kind = left.actor, left.entry, "acronym"
    # "the Tigray People's Liberation Front (TPLF)": an acronym no source knew names the new actor; a state's only
    # when it spells the state's name ("Papua New Guinea (PNG)", not a dateline's "Kyiv, Ukraine (AP)")
    added = []
    for m in mentions:
        if m.type in ("person", "weapon") or m.type == "state" and not _initials_of(doc, m) or m.end + 2 >= len(doc) + 1:
            continue
        if m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")":
            acronym = doc[m.end + 1]
            if _ACRONYM.match(acronym.text) and not any(o.start == acronym.i for o in mentions):
                m.actor = m.actor.with_aliases([acronym.text])
                added.append(Mention(acronym.i, acronym.i + 1, m.actor, "acronym", acronym.text, m.entry))
    mentions.extend(added)
    mentions.sort(key=lambda m: m.start)


def _initials_of(doc, mention: Mention) -> str | None:
    """The acronym in brackets right after ``mention`` when it is the initials of the mention's capitalised words
    ("Papua New Guinea (PNG)", "the Democratic Republic of the Congo (DRC)"), else None."""
    if mention.end + 2 >= len(doc) or doc[mention.end].text != "(" or doc[mention.end + 2].text != ")":
        return None
    acronym = doc[mention.end + 1].text
    initials = "".join(t.text[0] for t in doc[mention.start:mention.end] if t.text[:1].isupper())
    return acronym if len(initials) > 1 and acronym == initials else None
