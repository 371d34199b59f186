"""Standing beside someone somewhere: "X stood beside President Y in Tunis", "stood next to Y at the press
conference" tells where X was at an occasion, not that X backs Y ("Turkey will stand by Somalia in its fight"
does). A place, or a word of a staged occasion (lexicon `side_by_side_events`), on the verb or on the person stood
beside makes the standing physical; a capital or city the gazetteer knows is a place however the model tags it
("in Tunis")."""

from __future__ import annotations

from diplograph.loaders.articles.syntax import prep_objects

PLACE_ENTITIES = ("GPE", "LOC", "FAC")
PLACE_PREPOSITIONS = ("in", "at", "on")


def stood_somewhere(verb, occasions: frozenset[str], named_place) -> bool:
    """Whether the standing is told with where it happened (then it is presence, not backing)."""
    heads = [verb, *(o for c in verb.children if c.dep_ == "prep" for o in prep_objects(c))]
    for head in heads:
        for phrase in head.children:
            if phrase.dep_ != "prep" or phrase.lower_ not in PLACE_PREPOSITIONS:
                continue
            for place in prep_objects(phrase):
                if place.ent_type_ in PLACE_ENTITIES or place.lemma_.lower() in occasions or named_place(place):
                    return True
    return False
