"""Offices written without their state, whose title carries more words than the title alone.

    "the former army commander, General X", "the then foreign minister Y", "former vice-president Z"
    "the Minister for Defence Industry, X", "the Under Secretary for Policy, Y", "Minister of Home Affairs Z"
    "Police arrested former vice-president X", "the army would arrest former president Y"

A bare title ("President X", "the information minister, Y") is read as serving the state a sentence, a
paragraph or a document makes clear (`Titles._state_in_charge`). News writes the same offices with words
that say when the office was held (`office_times` in the lexicon: "former", "then", "new", "outgoing"; not of
a rank or trade, `ranks`: "the former police officer X" is no state's now) or
with the portfolio after the title ("Minister for ...", "Secretary of ..."); neither says whose office it is,
so such a title is as bare as the title alone. A portfolio that names an actor is not stripped (its words are
a place or a people: "Minister for Foreign Affairs of Ukraine", "Minister for Pacific Affairs"' owner is read
as before), nor is an envoy's posting ("Special Envoy for Sudan" names where, not whose).

Whom an official or a state acts on serves another state ("Putin received Prime Minister X", "Russia expelled
Ambassador Y"), except when a state's own police, courts or forces arrest, jail or try a titled person
(`tried_at_home` in the lexicon): they act on their own former leaders and officers far more often than on a
foreign official, so the one state doing it (not a person: "President X arrested Ambassador Y" says nothing of
Y's state) is the office's ("Ecuadorian police arrested former vice-president X": Ecuador's).

A head of state or government the gazetteer does not know ("Prime Minister X") is not the holder of that office in
a state whose holders since 2020 the gazetteer lists (`listed_offices` in the lexicon; `gazetteer/data/people.yaml`
lists every state's presidents and prime ministers from 2020 on): "Prime Minister Christopher Luxon" is New
Zealand's, so an unknown "Prime Minister X" who signs in Beijing in a story whose main subject is New Zealand serves
the other state of the pair the story is about (the Cook Islands) when the gazetteer lists no holder there; with no
such pair the state read stays (the gazetteer is as of its date: a leader who took office since is unknown to it).
"""

from __future__ import annotations

import functools
import re

from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.lexicon import Lexicon

# Entity labels that make a portfolio's words name someone: "Minister for Foreign Affairs of Ukraine".
_NAMING = frozenset({"GPE", "NORP", "LOC", "PERSON", "FAC"})
_JOINING = frozenset({"and", "&", "the", "of"})


def plain_office(tokens: list, title: str, lexicon: Lexicon) -> list:
    """``tokens`` (a title phrase's words, without articles and punctuation) less the words that say when the
    office was held and the portfolio written after the title.

    The words of ``title`` themselves are always kept, so "the Ex-Im Bank president" is untouched."""
    own = set(title.split())
    # (a former rank or trade is no office held for a state: "the former police officer X" now leads a gang)
    times = lexicon.noun_class["office_times"] if title.split()[-1] not in lexicon.noun_class["ranks"] else ()
    # (a hyphen the model reads as a noun: "vice - president")
    kept = [t for t in tokens if t.lower_ in own or t.lower_ not in times and t.text not in ("-", "–")]
    last = title.split()[-1]
    at = next((n for n, t in enumerate(kept) if t.lower_ == last or t.lemma_.lower() == last), None)
    envoys = {t.split()[-1] for t in lexicon.noun_class["envoy_titles"]}
    if at is None or last in envoys or at + 2 > len(kept) or kept[at + 1].lower_ not in ("for", "of"):
        return kept
    portfolio = kept[at + 2:]
    if portfolio and all((t.text[:1].isupper() or t.lower_ in _JOINING) and t.ent_type_ not in _NAMING
                         for t in portfolio):
        return kept[:at + 1]
    return kept


def tried_at_home(verb, doers: list, lexicon: Lexicon):
    """The one state among ``doers`` (``Arg``) of ``verb`` when it is a verb by which a state's police or courts
    act on their own (see the module docstring); else None."""
    if verb.lemma_.lower() not in lexicon.noun_class["tried_at_home"]:
        return None
    states = {a.actor.id: a for a in doers if a.actor.type == "state"}
    return next(iter(states.values())) if len(states) == 1 and len(doers) == len(states) else None


@functools.cache
def _listed_holders(gazetteer) -> dict[tuple[str, str], frozenset[str]]:
    """(actor id, office in lower case) -> the gazetteer's persons who hold or held it, each of their roles read."""
    holders: dict[tuple[str, str], set[str]] = {}
    for entry in gazetteer:
        served = entry.external_ids.get("affiliation") if entry.type == "person" else None
        for role in (entry.external_ids.get("role", "").split(";") if served else ()):
            office = re.sub(r"\s*\([^)]*\)", "", role).strip().lower()
            holders.setdefault((served, office), set()).add(entry.id)
    return {key: frozenset(ids) for key, ids in holders.items()}


def free_office(affiliate: Arg | None, phrase, title: str, person, gazetteer, pair: list, lexicon: Lexicon) -> Arg | None:
    """``affiliate``, the state a bare ``title`` (the words of ``phrase``) of ``person`` was read to serve, unless
    the gazetteer lists that office's holders there, ``person`` is not one of them and the other state of the
    standing ``pair`` is free of that objection: then that state (see the module docstring). Only the title alone:
    not "vice - president", nor "former president" (who may have held it before 2020); and with no such other
    state, ``affiliate`` stays (a leader who took office after the gazetteer was written: "X, who succeeded Y as
    prime minister")."""
    words = [t.lower_ for t in phrase if t.pos_ not in ("DET", "PUNCT") and t.text not in ("-", "–")]
    if affiliate is None or title not in lexicon.noun_class["listed_offices"] or " ".join(words) != title or \
            gazetteer is None or gazetteer.get(person.id) is not None:
        return affiliate
    holders = _listed_holders(gazetteer)

    def taken(state) -> bool:
        return state.type == "state" and bool(holders.get((state.id, title)))

    other = [a for a in pair if a.id != affiliate.actor.id and not taken(a)]
    if not taken(affiliate.actor) or len(pair) != 2 or len(other) != 1:
        return affiliate
    return Arg(other[0], -3001)


def portfolio_phrase(prep, mention_of) -> bool:
    """Is ``prep`` the of- or for-phrase of a portfolio that names no actor ("the Ministry *of Foreign Affairs*
    said", "the Ministry *for Defence*"; ``mention_of(token)`` gives a token's mention)? Then the ministry is a bare
    one, whose state is found as "the foreign ministry"'s is (`References._ministry_state`); "the Ministry of Foreign
    Affairs of Ukraine", "the ministry of a neighbouring state" say whose."""
    words = [t for t in prep.subtree if t.i != prep.i]
    return prep.lower_ in ("of", "for") and bool(words) and all(
        (t.text[:1].isupper() or t.lower_ in _JOINING) and t.ent_type_ not in _NAMING and mention_of(t) is None
        for t in words)


def portfolio_ministry(token, lexicon: Lexicon) -> str:
    """The ministry words ``token`` ("Ministry" of "the Ministry of Foreign Affairs") stands for as `ministry_heads`
    phrases name ministries ("foreign ministry"), so that it is the state whose foreign ministry the text named, not
    whose ministry of any kind it named last; plain "ministry" for a portfolio no title word names."""
    words = {t.lower_ for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "for") for t in c.subtree}
    heads = [w for w in sorted(words) if w in lexicon.title_ministries and f"{w} ministry" in
             {m.removeprefix("the ") for m in lexicon.bare_ministries}]
    return f"{heads[0]} ministry" if len(heads) == 1 else "ministry"


def held_when_written(role: str, written: int | None) -> bool:
    """Did the gazetteer's first ``role`` of a person ("President (2013–2026)", "Prime Minister (2021)") still hold
    in ``written``, the year the document was written? A known leader named in a story of those years held the
    office then, whatever the gazetteer says of today ("the government of X" in a 2024 story).

    >>> held_when_written("President (2013–2026)", 2024), held_when_written("President (2021–2025)", 2026)
    (True, False)
    >>> held_when_written("Prime Minister (2021)", 2021), held_when_written("President (2013–2026)", None)
    (True, False)
    """
    years = [int(y) for y in re.findall(r"\d{4}", role.split(";")[0])]
    return written is not None and bool(years) and min(years) <= written <= max(years)
