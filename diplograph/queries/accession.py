"""A body between a state's possessive and its bid to join ("Arkos's Union accession", "Sweden's NATO bid"): the
state is the party asked about, not the body.

"Did A threaten to hold up B's EU accession?", "who blocked Sweden's NATO membership?", "which states backed
Ukraine's EU bid?" ask about what was done to B over its bid: the extractor reads such sentences so too (the
candidate, not the body, is the object: ``candidacy`` among the lexicon's noun classes, the same words here). A
possessor before another actor otherwise only says whose that actor is ("hemedti's RSF": the RSF is the party).
The body stays the party when nothing but the membership is asked ("when did B's NATO accession happen").

A person's possessive before a city ("Araqchi's Cairo arrangement", "Kora's Lune talks") says where the person's
deal or talks were: the person is the party, the city's state is none.
"""

from __future__ import annotations

import functools


@functools.cache
def _candidacy() -> frozenset[str]:
    from diplograph.loaders.articles.lexicon import load_lexicon

    words = load_lexicon().noun_class.get("candidacy") or ()
    return frozenset(w for word in words for w in (word, word + "s"))


def _city(words: str) -> bool:
    """Whether ``words`` name a capital or a town of a state in the gazetteer, not the state itself."""
    from diplograph.gazetteer import load_gazetteer

    return any(kind in ("capital", "place") for _, kind in load_gazetteer().candidates(words))


def possessed_parties(view, tokens: list[str], actors: list, found: list) -> list:
    """``actors`` without the possessors that only say whose the next actor is, and without a body whose
    possessor's bid to join it the question names while another relation word asks what was done to the candidate
    ("block B's EU accession": B is the party)."""
    kept = []
    for a in actors:
        end = a[0] + a[1]
        owned = next((b for b in actors if b[0] == end + 1), None)
        if tokens[end:end + 1] != ["'s"] or owned is None:
            kept.append(a)
            continue
        after = owned[0] + owned[1]
        bid = tokens[after] if after < len(tokens) else ""
        if (bid in _candidacy() and view.nodes[owned[2]].get("type") == "organization"
                and any(i < a[0] or i > after for i, t in found if "MEMBER_OF" not in t.predicates)):
            kept.append(a)  # the candidate; its body is dropped below
        elif view.nodes[a[2]].get("type") == "person" and _city(" ".join(tokens[owned[0]:after])):
            kept.append(a)  # "araqchi's cairo arrangement": the person's, made in Cairo; the city is dropped below
    bodies = {(b[0], b[1]) for a in kept if tokens[a[0] + a[1]:a[0] + a[1] + 1] == ["'s"]
              for b in actors if b[0] == a[0] + a[1] + 1}
    return [a for a in kept if (a[0], a[1]) not in bodies]
