"""Ships' names, which name no actor: a ship's state's forces act through it, and the words of its name
("USS George Washington", "the frigate Admiral Gorshkov", "the cargo ship Galaxy Leader") are neither a
person, a firm nor the place it is named after."""

from __future__ import annotations

from diplograph.gazetteer import PLACE
from diplograph.loaders.articles.lexicon import Lexicon

# Tags of the word before a vessel noun that open its phrase: "the", "a Chinese", "bulk", "nuclear-powered", "its".
QUALIFYING = frozenset({"DT", "JJ", "NN", "NNP", "VBN", "HYPH", "PRP$", "POS"})


def ship_names(doc, lexicon: Lexicon, mentions) -> set[int]:
    """The tokens of ships' names in ``doc``: an upper-case prefix (`ship_prefixes`: USS, HMS, INS ...)
    and the capitalised words after it; or the capitalised words (and a number: "Yi Peng 3") right after
    a singular vessel noun (`vessel_nouns`: frigate, tanker, "bulk carrier") after a determiner or a
    qualifier, unless they hold an actor the gazetteer knows other than a
    place ("the frigates Egypt bought": Egypt acts)."""
    prefixes, found = lexicon.noun_class.get("ship_prefixes", ()), set()
    vessels = lexicon.noun_class.get("vessel_nouns", ())
    known = {i for m in mentions if m.entry is not None and m.kind != PLACE for i in range(m.start, m.end)}
    for token in doc[:-1]:
        prefixed = token.text.isupper() and token.lower_ in prefixes
        # (the parser often reads the vessel noun as a qualifier of the name: look at the words, not the tree)
        vessel = token.lower_ in vessels and token.i > 0 and doc[token.i - 1].tag_ in QUALIFYING
        if not (prefixed or vessel) or not doc[token.i + 1].text[:1].isupper():
            continue
        j = token.i + 1
        while j < len(doc) and (doc[j].text[:1].isupper() or doc[j].like_num and j > token.i + 1) and \
                not doc[j].is_punct:
            j += 1
        if prefixed:
            found.update(range(token.i, j))
        elif not any(i in known for i in range(token.i + 1, j)):
            found.update(range(token.i + 1, j))
    return found
