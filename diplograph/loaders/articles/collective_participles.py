"""A participle with a by-phrase after a body told by its members: "Viv Kole, a coalition of gangs *led by* Jimmy
Dorval", "an alliance of rebel groups *formed in 2021 and backed by* Mali".

The small parser hangs the participle on the nearest noun, the members ("gangs", "groups"), so the body the
name stands for is not the one led or backed, and the relation is lost to the name. In English the participle
after "a coalition of N" tells of the coalition: it is the body's. Only a plural after "of" under a word of a
body (the lexicon's ``collective`` and ``led_group_heads``), and only a participle (or a run of joined ones)
with a by-phrase, the doer the relation needs ("a coalition of groups formed in 2021" has none to give). Run
right after the parser (see :mod:`repairs`)."""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads

_PLURALS = frozenset({"NNS", "NNPS"})


def participles_of_collectives(doc, bodies) -> None:
    for participle in doc:
        members = participle.head
        if participle.dep_ != "acl" or participle.tag_ != "VBN" or members.tag_ not in _PLURALS or \
                members.dep_ != "pobj" or members.head.lower_ != "of":
            continue
        body = members.head.head
        if body.pos_ != "NOUN" or body.lemma_.lower() not in bodies:
            continue
        run = [participle] + [c for c in participle.children if c.dep_ == "conj" and c.tag_ == "VBN"]
        if any(c.dep_ == "agent" for p in run for c in p.children):
            apply_heads(doc, {participle.i: (body.i, "acl")})
