""""Algeria bore responsibility for the escalation, France said": the parser reads the past "bore" between a name
and a noun of blame (the lexicon's `blame` class) as a noun, the whole as one phrase "Algeria bore responsibility".
The word is the verb, the name before it its subject and the noun of blame its object."""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads


def bore_read_as_noun(doc, blame_words) -> None:
    for bore in doc:
        blame = bore.head
        if bore.lower_ != "bore" or bore.pos_ == "VERB" or bore.dep_ != "compound" or blame.i <= bore.i or \
                blame.lemma_.lower() not in blame_words or bore.i == 0:
            continue
        subject = doc[bore.i - 1]
        if subject.head != blame or not (subject.pos_ in ("PROPN", "NOUN") or subject.is_title):  # ("Kyiv" as ADJ)
            continue
        # the phrase's place in the sentence goes to the clause it is ("France said [Algeria bore responsibility]")
        label = "ROOT" if blame.head == blame else "ccomp" if blame.dep_ in ("dobj", "ccomp", "nsubj", "dep") else blame.dep_
        changes = {bore.i: (bore.i if label == "ROOT" else blame.head.i, label), subject.i: (bore.i, "nsubj"),
                   blame.i: (bore.i, "dobj")}
        changes.update({t.i: (subject.i, t.dep_) for t in doc[blame.left_edge.i:subject.i] if t.head == blame})
        changes.update({t.i: (bore.i, t.dep_) for t in doc if t.head == blame and t.i != blame.i
                        and t.i > blame.i and t.dep_ in ("punct", "nsubj") and blame.head == blame})
        if apply_heads(doc, changes):
            bore.pos_, bore.tag_, bore.lemma_ = "VERB", "VBD", "bear"
