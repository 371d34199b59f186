"""A state's own agencies named with their state: "Poland's Armament Agency", "the Armament Agency
of Poland", "Egypt's General Intelligence Service", "the Polish Armament Agency". The gazetteer
lists the best-known services as metonyms of their state (the ISI, the FSB); any other capitalised
name whose head is an agency word and whose owner is a state names that state, as its ministries
and forces do, rather than a new body or, worse, a person called "Intelligence Service". So does its central
bank ("Argentina's central bank", "the Central Bank of Egypt", "the Reserve Bank of India": lexicon
``agency_head_pairs``); a bank of another kind is a firm ("the State Bank of India", "the Bank of China")."""

from __future__ import annotations

from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.mention import Mention

# How many words may stand between the state and the agency's head word ("Pakistan's
# Inter-Services Intelligence", "Chile's Directorate of Defence Procurement").
_REACH = 6
_INSIDE = frozenset({"of", "for", "and", "&", "-", "–"})


def state_agencies(doc, mentions: list[Mention], lexicon: Lexicon) -> list[Mention]:
    """``mentions`` with every state-owned agency name merged into one mention of its state.

    A name the gazetteer gives to a body (a firm, an intergovernmental agency, an armed group)
    inside the span keeps it from being the state's: "the International Atomic Energy Agency of
    ..." is the IAEA's."""
    heads = lexicon.noun_class.get("agency_heads", frozenset())
    not_state = lexicon.noun_class.get("agency_not_state", frozenset())
    for m in [m for m in mentions if m.type == "state" and m.kind in ("name", "alias", "demonym")]:
        span = _owned_after(doc, m, heads, lexicon) or _owned_before(doc, m, heads, lexicon)
        if span is None:
            continue
        start, end = span
        if any(doc[i].lower_ in not_state for i in range(start, end)):
            continue  # "China's Xinhua News Agency": a news agency is a source, not the state acting
        inside = [x for x in mentions if x.start < end and start < x.end]
        if any(x.start < start or x.end > end for x in inside) or any(x is not m and x.entry is not None
                                                                    for x in inside):
            continue
        agency = Mention(start, end, m.actor, "agency", doc[start:end].text, m.entry)
        mentions = [x for x in mentions if x not in inside] + [agency]
    return sorted(mentions, key=lambda x: x.start)


def _owned_after(doc, m: Mention, heads, lexicon: Lexicon) -> tuple[int, int] | None:
    """"Poland's Armament Agency", "the Polish Armament Agency": the state, then a capitalised name
    ending in an agency head word."""
    j = m.end
    if j < len(doc) and doc[j].lower_ in ("'s", "’s", "'"):
        j += 1
    elif not m.is_demonym and not (m.kind == "alias" and doc[m.start:m.end].text.isupper()):
        return None  # (a state's short form may qualify like a demonym: "the US Treasury", "the UK Border Agency")
    end = None
    for i in range(j, min(len(doc), j + _REACH)):
        word = doc[i]
        if _pair_head(doc, i + 1, lexicon):  # "Argentina's central bank", written small too
            return m.start, i + 2
        if not (word.text[:1].isupper() or word.lower_ in _INSIDE and i > j):
            break
        if word.lower_ in heads or word.lemma_.lower() in heads:
            end = i + 1
    return (m.start, end) if end is not None else None


def _owned_before(doc, m: Mention, heads, lexicon: Lexicon) -> tuple[int, int] | None:
    """"the Armament Agency of Poland", "the Directorate of Defence Procurement of Chile": a
    capitalised name holding an agency head word, then "of" and the state."""
    if m.is_demonym or m.start < 2 or doc[m.start - 1].lower_ != "of":
        return None
    i, start, headed = m.start - 2, None, False
    while i >= max(0, m.start - 1 - _REACH):
        word = doc[i]
        if word.text[:1].isupper() and word.pos_ == "PROPN" or word.text[:1].isupper() and word.lower_ in heads:
            start = i
            headed = headed or word.lower_ in heads or _pair_head(doc, i, lexicon)
        elif word.lower_ not in _INSIDE:
            break
        i -= 1
    if start is None or not headed:
        return None
    return start, m.end


def _pair_head(doc, i: int, lexicon: Lexicon) -> bool:
    """Is ``doc[i]`` the last word of a head of two words ("central bank", "reserve bank")?"""
    return 0 < i < len(doc) and f"{doc[i - 1].lower_} {doc[i].lower_}" in lexicon.noun_class["agency_head_pairs"]
