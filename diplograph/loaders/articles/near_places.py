"""Where something happened, told by the known town it happened near: "struck a village *near Kharkiv*", "keeps
troops at a base *near Erbil*", "based in Hallbergmoos *near Munich*".

The gazetteer knows cities, not every village, base or suburb; the town named beside the unknown place is in the
same state far more often than not. Only a town counts: a place "near Ukraine" or "near the border" is not in it.
"""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.captures import PLACE_KINDS
from diplograph.loaders.articles.syntax import prep_objects


def places_near(finder, verb, preps, themes, near_words, exclude=()) -> list[Arg]:
    """The states of the towns named in a near-phrase on ``verb``, on what it acts on, or on the place of one of
    its ``preps`` phrases ("at a base near Erbil")."""
    nodes = [verb, *themes, *(c for c in verb.children if c.dep_ == "dobj"),
             *(p for c in verb.children if c.dep_ == "prep" and c.lower_ in preps for p in prep_objects(c))]
    found = []
    for node in nodes:
        for prep in (c for c in node.children if c.dep_ == "prep" and c.lower_ in near_words):
            for town in prep_objects(prep):
                mention = finder.mention(town)
                if mention is not None and mention.kind in PLACE_KINDS and mention.actor.id not in exclude:
                    found.append(Arg(mention.actor, mention.start))
    return found
