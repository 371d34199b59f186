"""A name opening a sentence, a short phrase after it, then the verb: "Yerevan at the time accused Azerbaijan of
provoking the attack and demanded ...". The small parser sometimes reads the name as the root of a verbless
sentence and the verb as a participle on the phrase's noun ("the time accused"), so that the accusation has no doer.
A participle with a direct object of its own is active, and the name before the phrase is its subject. Run right
after the parser (see :mod:`repairs`).
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads


def names_read_as_roots(doc) -> None:
    """Also when the parser made the name the subject of a verb coordinated after ("... and demanded"): that verb
    becomes the first one's conjunct."""
    for sent in doc.sents:
        name, root = doc[sent.start], sent.root
        later = root if name.dep_ == "nsubj" and name.head == root and root.pos_ in ("VERB", "AUX") else None
        if name.tag_ not in ("NNP", "NNPS") or not (name == root or later is not None):
            continue
        phrase = next((c for c in name.children if c.dep_ == "prep" and c.i == name.i + 1), None)
        objects = [o for o in (phrase.children if phrase is not None else ()) if o.dep_ == "pobj"]
        verb = next((c for o in objects for c in o.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")
                     and c.i == o.i + 1 and any(d.dep_ == "dobj" for d in c.children)), None)
        if verb is None or later is not None and later.i < verb.i:
            continue
        changes = {verb.i: (verb.i, "ROOT"), name.i: (verb.i, "nsubj"), phrase.i: (verb.i, "prep")}
        if later is not None:
            changes[later.i] = (verb.i, "conj")
        # ("... and demanded the deployment": what the parser hung on the name after the verb is the verb's)
        changes.update({c.i: (verb.i, c.dep_) for c in name.children if c.i > verb.i})
        if apply_heads(doc, changes):
            verb.tag_ = "VBD"
