"""Who a relative clause after a place belongs to: "Russia vetoed new sanctions on Mali, which France and Germany
had proposed", "India rejected the peace plan for Kashmir, which Pakistan drafted". The parser hangs the clause on
the nearest noun, the place or name at the end of the act's phrase; but what its verb takes (the lexicon's
`relative_act_verbs`: propose, draft, impose, sign, broker ...) is an act, a plan, a measure or a document, never a
place or a named actor. So the clause is the phrase's head's: the proposers of the sanctions are then read as for
"vetoed the sanctions, which France had proposed".

Only a name (or a list of names) as the nearest noun moves the clause, and only when the clause's gap is its
object ("which X proposed"): "the talks in Geneva, which began on Monday" keep their reading. A passive clause
("the truce in Darfur, which was signed in Doha") is left as parsed: its places and by-phrase are read apart.
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads

_NOT_PLACES = frozenset({"LAW", "EVENT", "WORK_OF_ART", "ORG", "PRODUCT"})  # "the Minsk Agreement, which ..."


def clauses_on_act_phrases(doc, taking) -> None:
    for verb in doc:
        if verb.dep_ != "relcl" or verb.pos_ != "VERB" or verb.lemma_.lower() not in taking:
            continue
        if not any(c.lower_ in ("which", "that") and c.dep_ == "dobj" for c in verb.children):
            continue
        name = verb.head
        while name.dep_ in ("conj", "appos") and name.head.pos_ in ("PROPN", "ADP"):
            name = name.head  # "in East Timor, Aceh and around Papua, which ...": the list's first member
        if name.pos_ == "ADP":
            continue
        if name.pos_ != "PROPN" or name.ent_type_ in _NOT_PLACES or name.dep_ != "pobj":
            continue
        prep = name.head
        act = prep.head
        if prep.dep_ != "prep" or act.pos_ != "NOUN" or act.i > verb.i:
            continue
        apply_heads(doc, {verb.i: (act.i, "relcl")})
