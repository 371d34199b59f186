"""Demonyms two states share: which one a document means.

"Congolese" is the DR Congo's and the Republic of the Congo's; "Korean" both Koreas' (the gazetteer
gives neither, lexicon ``shared_demonyms``). Such a word is the state of the pair the document has
named so far by a name of its own ("Uiwang, South Korea ... Other Korean firms": South Korea); with
neither or both named, a form the gazetteer knows keeps its first state and a lexicon form names none.
"""

from __future__ import annotations

from diplograph.gazetteer import Gazetteer
from diplograph.loaders.articles.lexicon import Lexicon
from diplograph.loaders.articles.mention import Mention


def shared_demonyms(sent, mentions: list[Mention], context, lexicon: Lexicon, gazetteer: Gazetteer) -> list[Mention]:
    """``mentions`` with each shared demonym given the state of the pair the document named (see the module)."""
    owned = context.own_state_names
    out, taken = [], {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if m.type == "state" and m.kind == "demonym":
            states = [e for e, _ in gazetteer.candidates(m.text, {"demonym"}) if e.type == "state"]
            named = [e for e in states if e.id in owned]
            if len(states) > 1 and len(named) == 1 and named[0].id != m.actor.id:
                m = Mention(m.start, m.end, named[0].actor(), m.kind, m.text, named[0])
            elif len(states) == 1:
                owned.add(m.actor.id)
        elif m.type == "state" and m.kind in ("name", "alias", "capital"):
            owned.add(m.actor.id)
        out.append(m)
    for token in sent:
        names = lexicon.shared_demonyms.get(token.lower_) if token.text[:1].isupper() and token.i not in taken else None
        entries = [e for name in names or () if (e := gazetteer.lookup(name, type="state")) is not None]
        named = [e for e in entries if e.id in owned]
        if len(named) == 1:
            out.append(Mention(token.i, token.i + 1, named[0].actor(), "demonym", token.text, named[0]))
    return sorted(out, key=lambda m: m.start)
