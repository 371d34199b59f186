"""Names the gazetteer lacks, found again later in the same document where the model does not tag them.

The statistical model tags a firm, group or body it has never seen by the words around it, so it often
finds the name once ("the Belarusian state airline, Belavia"; "Sepehr Energy, a company that sells oil")
and misses it where the name stands alone later ("Belavia had been under sanctions since 2023"; "The
Treasury designated Sepehr Energy in 2023"): every later relation of that actor is lost. An article
names its own actors again and again, so the names it has already made into actors are a small
gazetteer of its own: the same words, capitalised as before and standing alone (not part of a longer
name), are that actor again.

Only names a document made itself count (the gazetteer's own names are matched everywhere already),
and neither persons (a surname alone is `resolve.add_surnames`'s) nor weapons (`named_weapons.py`); a
one-word name must not be a word that heads many bodies' names ("Council", "Ministry"), which
the lexicon lists (`references.named_heads`, `references.short_form_not`).
"""

from __future__ import annotations

from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.mention import Mention, fold

_BODIES = frozenset({"company", "ngo", "organization", "armed_group"})
_PLACES_AND_PEOPLES = frozenset({"NORP", "GPE", "LOC"})
_LONGEST = 6  # words of the longest name matched again


def names_made_again(sent, mentions: list[Mention], context) -> list[Mention]:
    """``mentions`` with the names this document made into bodies in earlier sentences where they come
    again: untagged, or tagged a person by the model ("Kavkaz Avia had flown weapons": the airline)."""
    memory: dict[tuple[str, ...], str | None] = context.names_made
    doc = sent.doc
    for m in mentions:
        made = context.actors.get(memory.get(_key(doc[m.start:m.end])) or "") if m.kind == "ner" and \
            m.entry is None and m.type == "person" else None
        if made is not None:
            m.actor, m.kind = made, "named again"
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    i = sent.start
    while i < sent.end:
        end = _match(doc, sent, i, taken, memory)
        actor = context.actors.get(memory[_key(doc[i:end])]) if end else None
        if actor is None:
            i += 1
            continue
        added.append(Mention(i, end, actor, "named again", doc[i:end].text))
        i = end
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def remember_made_names(sent, mentions: list[Mention], context, lexicon: Lexicon) -> None:
    """Remember the sentence's names of bodies the gazetteer lacks (its mentions with their document's actors)."""
    for m in mentions:
        if m.entry is None and m.type in _BODIES and m.kind not in ("acronym", "short form", "surname", "named again"):
            _remember(sent.doc, m, context.names_made, context, lexicon)


def _match(doc, sent, i: int, taken: set[int], memory) -> int:
    """The end of the longest remembered name starting at token ``i`` that stands alone there, or 0."""
    if i in taken or not doc[i].text[:1].isupper() or doc[i].ent_type_ == "NORP" or \
            i > sent.start and _name_word(doc[i - 1]):
        return 0  # (a name the model now takes for a place is still the firm: places come from the gazetteer)
    for end in range(min(sent.end, i + _LONGEST), i, -1):
        if any(j in taken for j in range(i, end)) or memory.get(_key(doc[i:end])) is None:
            continue
        if end < len(doc) and _name_word(doc[end]) or end == i + 1 and doc[i].pos_ != "PROPN" and not doc[i].is_upper:
            return 0  # "Belavia Cargo": a longer name; "Energy prices rose": a word, not a name
        return end
    return 0


def _remember(doc, m: Mention, memory, context, lexicon: Lexicon) -> None:
    words = [t for t in doc[m.start:m.end] if not (t.i == m.start and t.pos_ == "DET")]
    if not words or not words[0].text[:1].isupper() or any(t.ent_type_ in _PLACES_AND_PEOPLES for t in words):
        return  # "Druze militias": a people named before a kind noun, not a body's name
    if len(words) == 1:
        word = words[0]
        if len(word.text) < 3 or word.is_stop or f"the {word.lower_}" in lexicon.named_heads or \
                word.lower_ in lexicon.short_form_not or not (word.pos_ == "PROPN" or word.text.isupper()):
            return  # "Council", "Programs": a word many bodies' names hold, or no name at all
    if words[-1].i + 1 < len(doc) and doc[words[-1].i + 1].tag_ == "NNS":
        return  # "Druze militias", "Kurdish fighters": a kind of people before a plural, no body's name
    for key in (_key(words), _bracketed(doc, m.end), *_own_words(words, m, lexicon)):
        if key:
            known = memory.get(key, m.actor.id)
            memory[key] = known if known == m.actor.id else None  # two actors of one name: neither


def _own_words(words, m: Mention, lexicon: Lexicon) -> list[tuple[str, ...]]:
    """The words of a firm's long name that can stand for it alone ("Shandong Shouguang Luqing Petrochemical
    Co., Ltd. ... Luqing bought crude"): none of a place, a people, a kind of firm or its trade, or a legal form."""
    if m.type != "company" or len(words) < 2:
        return []
    common = {w for cues in lexicon.actor_cues.values() for cue in cues for w in cue.split()} | \
        lexicon.noun_class["company"] | lexicon.noun_class["business_sectors"] | lexicon.noun_class["legal_forms"]
    return [(fold(t.text),) for t in words if t.is_alpha and len(t.text) > 3 and t.text[:1].isupper() and
            not t.is_stop and t.lower_ not in common and not t.ent_type_ in _PLACES_AND_PEOPLES and
            t.lower_ not in lexicon.short_form_not and f"the {t.lower_}" not in lexicon.named_heads]


def _bracketed(doc, end: int) -> tuple[str, ...]:
    """The short name in brackets right after a full name ("... Petrochemical Co., Ltd. (Luqing)"), or ()."""
    close = next((k for k in range(end + 2, min(len(doc), end + 5)) if doc[k].text == ")"), None)
    if end >= len(doc) or doc[end].text != "(" or close is None or \
            not all(t.text[:1].isupper() and t.is_alpha for t in doc[end + 1:close]):
        return ()
    return _key(doc[end + 1:close])


def _key(tokens) -> tuple[str, ...]:
    return tuple(fold(t.text) for t in tokens)


def _name_word(token) -> bool:
    return token.text[:1].isupper() and token.is_alpha and token.pos_ == "PROPN"
