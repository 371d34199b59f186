"""What an act reached, as its doer or a witness named it: "Israel struck what it said were Hezbollah positions in
southern Lebanon", "Iran fired missiles at what it called an Israeli spy base in Iraq", "Russia hit what Kyiv
described as a Ukrainian energy facility", "Tehran sent what it termed humanitarian aid to Beirut". The free relative
"what X said were N" stands where the verb's object (or its preposition's object) would be; the parser hangs N under
the verb of saying, so the act reaches nothing and the names inside N ("Hezbollah", "Israeli", "Ukrainian") are lost
to it. N is what was reached: it takes the free relative's place, and the verb of saying (the lexicon's
`designation.describing`) becomes a clause on N, so that only the naming, not the act, is the speaker's word. A
name that is itself a verdict or label ("campaigns against what it calls French colonialism", the lexicon's
`designation.labels` and `verdicts`) is left as said: there the naming is the speaker's stance."""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads

_PLACES = frozenset({"dobj", "pcomp", "pobj", "ccomp", "xcomp", "dep"})


def objects_named_by_free_relatives(doc, describing, judgements) -> None:
    for what in doc:
        if what.lower_ != "what" or what.tag_ != "WP" or what.i == what.sent.start:
            continue
        found = _named(what, describing)
        if found is None:
            continue
        speaking, named = found
        if named.lemma_.lower() in judgements or named.lower_ in judgements:
            continue  # "campaigns against what it calls French colonialism": the naming is the stance, kept as said
        governor = speaking.head
        if speaking.dep_ not in _PLACES or governor.i >= what.i or governor.pos_ not in ("VERB", "ADP"):
            continue
        label = "pobj" if governor.pos_ == "ADP" else "dobj"
        if any(c.dep_ == label for c in governor.children):
            continue  # the verb or preposition has its object already: the relative is not in its place
        changes = {named.i: (governor.i, label), speaking.i: (named.i, "acl")}
        # ("called dangerous actions by China": the parser hangs the noun's own phrase on the verb of saying)
        changes.update({c.i: (named.i, c.dep_) for c in speaking.children if c.dep_ == "prep" and c.i > named.i})
        if named.head.head != speaking and named.head != speaking:
            changes[named.head.i] = (speaking.i, "ccomp")  # ("what it claimed were": the "be" hung elsewhere)
        apply_heads(doc, changes)


def _named(what, describing):
    """The verb of saying whose free relative ``what`` opens, and the noun it names, if any: "what it called a
    base" (the noun a complement of the verb), "what it said were positions" (the attribute of a "be" clause
    under it), "what Kyiv described as a facility" (the object of its as-phrase)."""
    head = what.head
    if what.dep_ == "nsubj" and head.lemma_ == "be" and head.dep_ == "ccomp":
        speaking, clause = head.head, head
    elif what.dep_ == "dobj":
        speaking = head
        clause = next((c for c in head.children if c.dep_ == "ccomp" and c.lemma_ == "be" and c.i > what.i), None)
        after = what.doc[head.i + 1] if head.i + 1 < len(what.doc) else None
        if clause is None and after is not None and after.lemma_ == "be" and after.dep_ in ("ccomp", "conj") and \
                after not in head.ancestors:
            clause = after  # the parser may hang "were" on the main verb instead
    else:
        return None
    if speaking.lemma_.lower() not in describing or speaking.pos_ != "VERB":
        return None
    if clause is not None:
        named = next((c for c in clause.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)
    else:
        named = next((c for c in speaking.children if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN")), None)
        if named is None:
            named = next((o for c in speaking.children if c.dep_ == "prep" and c.lower_ == "as"
                          for o in c.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
    return (speaking, named) if named is not None else None
