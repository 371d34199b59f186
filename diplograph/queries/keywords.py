"""Questions typed into a search box: a few keywords, no question word, no verb.

An analyst types "kyrgyzstan drone suppliers", "turkish drone buyers", "CSTO leader?", "suppliers of
Serbia" or "Bayraktar TB2 - manufacturer?" for "Who are Kyrgyzstan's drone suppliers?" and the like:
a name (a demonym too), then words that qualify (a weapon category), then a noun for what is asked
(a role the answers play toward the name). Such a query is asked as the possessive question the
grammar reads ("who are Kyrgyzstan's drone suppliers", "who is the CSTO's leader"); a few nouns ask
otherwise (``keywords.yaml``: "Iran officials" asks which Iran officials are mentioned). A truncated
passive ("Tajikistan threatened by?", "zelensky berated by") is who did it to the name.

Only a query with no question word and no verb first is read so, and only when the name is the whole
of what stands before the qualifiers: anything else is left to the other readings. The reading says
how the query was asked.

>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> keyword_questions(view, "caldor drone suppliers")
["who are Caldor's drone suppliers"]
>>> keyword_questions(view, "suppliers of Caldor")
["who are Caldor's suppliers"]
>>> keyword_questions(view, "Borvian officials")
['which Borvia officials are mentioned']
>>> keyword_questions(view, "Caldor threatened by")
['who threatened Caldor']
>>> keyword_questions(view, "who supplies Caldor")
[]
>>> keyword_questions(view, "Borvia: Caldor or Eskar")
[]
"""

from __future__ import annotations

import functools
import re


from diplograph.errors import ActorNotFound
from diplograph.graph.weapons import load_weapons
from diplograph.queries.lookup import find_actor
from diplograph.datafiles import packaged

_MOST_NAME_WORDS = 5


@functools.cache
def _data() -> dict:
    return packaged("diplograph.queries", "keywords.yaml")


def keyword_questions(view, text: str) -> list[str]:
    """The questions a search-box query stands for, in the order to try them ([] when it is no such query)."""
    data = _data()
    alternatives = _alternatives(view, text.strip(" ?"))
    if alternatives:
        return [alternatives]
    text = " ".join(re.sub(r"\s[-–—:=>]+\s|:\s|\s*->\s*", " ", f" {text} ").split()).strip(" ,.;:-–—")
    for closing in sorted(data["closing_words"], key=len, reverse=True):
        text = re.sub(rf"\s+{re.escape(closing)}$", "", text, flags=re.IGNORECASE)
    words = text.split()
    if not words or words[0].lower() in data["not_keywords"] or len(words) > _MOST_NAME_WORDS + 4:
        return []
    passive = _truncated_passive(view, words)
    if passive:
        return [passive]
    asked = []
    for noun_words in (3, 2, 1):
        if len(words) <= noun_words:
            continue
        last = " ".join(words[-noun_words:]).lower()
        if last in data["role_nouns"]:  # "kyrgyzstan drone suppliers"
            asked += _asked(view, words[:-noun_words], last)
        first = " ".join(words[:noun_words]).lower()
        if first in data["role_nouns"] and words[noun_words].lower() in ("of", "for", "to", "in", "at", "with"):
            asked += _asked(view, words[noun_words + 1:], first)  # "suppliers of Serbia"
    return asked


# "quad: india or china": a body named first, then two names to choose between
_ALTERNATIVES = re.compile(r"^(?P<body>[^:=?]{2,40}?)\s*[:=]\s*(?P<first>[^:=?]{2,30}?)\s+or\s+(?P<second>[^:=?]{2,30}?)$",
                           re.IGNORECASE)


def _alternatives(view, text: str) -> str | None:
    """A body named first and two names to choose between ("quad: india or china"): which of them is a member."""
    found = _ALTERNATIVES.match(text)
    if not found:
        return None
    try:
        body = find_actor(view, found["body"])
        find_actor(view, found["first"]), find_actor(view, found["second"])
    except ActorNotFound:
        return None
    if view.nodes[body].get("type") != "organization":
        return None
    return _data()["alternatives"].format(first=found["first"], second=found["second"], body=found["body"])


def _asked(view, head: list[str], noun: str) -> list[str]:
    """The questions for a name (with its qualifiers after it) and the noun asked of it."""
    head = [w for w in head if w.lower() not in ("the", "a", "an")]
    for k, word in enumerate(head[1:-1], 1):  # "akinci drones in mali - supplier?": the arms, then whose
        said = " ".join(head[:k])
        if word.lower() in ("in", "to", "for") and (_qualifies(said) or _weapon_in(view, said)):
            asked = _asked(view, head[k + 1:], noun)
            if asked and "'s " in asked[0]:
                return [asked[0].replace("'s ", f"'s {said} ", 1)]
    for size in range(min(len(head), _MOST_NAME_WORDS), 0, -1):
        said, qualifiers = " ".join(head[:size]), head[size:]
        said = re.sub(r"(?<=\w)(?:'s|s'|')$", "", said)
        name = _actor_name(view, said)
        if name is None and said.lower().endswith("s"):  # "turkeys drones": the apostrophe left out
            name = _actor_name(view, said[:-1])
        if name is None:
            continue
        if qualifiers and not _qualifies(" ".join(qualifiers)):
            return []  # "tajikistan border clashes": more than a name and its weapons
        qualifier = (" ".join(qualifiers) + " ") if qualifiers else ""
        template = _data()["asks"].get(noun.split()[-1], "who are {name}'s {qualifier}{noun}")
        plural = noun.endswith("s") or noun.split()[-1] in _data()["plural_nouns"]
        template = template.replace("who are", "who are" if plural else "who is")
        return [" ".join(template.format(name=name, qualifier=qualifier, noun=noun).split())]
    return []


def _actor_name(view, said: str) -> str | None:
    try:
        node = find_actor(view, said)
    except ActorNotFound:
        return None
    return view.nodes[node].get("name", said)


def _qualifies(text: str) -> bool:
    """Whether ``text`` only says what kind of arms ("drone", "fighter jet", "arms")."""
    rest = text.lower()
    for mention in load_weapons().named_in(text):
        rest = rest.replace(mention.text.lower(), " ")
    return not set(rest.split()) - set(_data()["arms_words"])


def _weapon_in(view, text: str) -> bool:
    """Whether ``text`` names a system the graph holds (an actor or a claim's weapon), with arms words after it."""
    from diplograph.queries.named import claim_weapons

    words = text.lower().split()
    while words and (words[-1] in _data()["arms_words"] or load_weapons().named_in(words[-1])):
        words = words[:-1]
    if not words:
        return False
    said = " ".join(words)
    try:
        return view.nodes[find_actor(view, said)].get("type") == "weapon"
    except ActorNotFound:
        return said in claim_weapons(view) or said.rstrip("s") in claim_weapons(view)


def _truncated_passive(view, words: list[str]) -> str | None:
    """"Tajikistan threatened by?": who threatened Tajikistan (the name, then a participle and "by")."""
    if len(words) < 3 or words[-1].lower() != "by":
        return None
    verb = words[-2].lower()
    if not re.fullmatch(r"[a-z]+(?:ed|en|wn|ght|ung|ck|t)", verb):
        return None
    head = words[:-2]
    if head and head[-1].lower() in ("was", "were", "is", "are", "been", "being", "has", "have", "had", "got"):
        head = head[:-1]
    name = _actor_name(view, " ".join(w for w in head if w.lower() not in ("the",)))
    return f"who {verb} {name}" if name else None
