"""Headlines of a plan: "Blinken to visit Riyadh for Gaza talks", "Modi to meet Putin in Kazan". The small parser reads
the short name that opens such a headline as its root (a past participle or a verb) and hangs the infinitive on it;
the name is the infinitive's subject, and the infinitive the headline's verb (its "will": modality
`_headline_future`)."""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads

# The longest name read as the root that is put back as the subject ("Secretary of State Antony Blinken" is longer,
# and parsed well enough).
_LONGEST_NAME = 4
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def names_read_as_roots_of_infinitives(doc) -> None:
    for sent in doc.sents:
        name = sent.root
        if name.i - sent.start >= _LONGEST_NAME or name.i + 2 >= sent.end:
            continue
        to, verb = doc[name.i + 1], doc[name.i + 2]
        if to.lower_ != "to" or to.tag_ != "TO" or verb.tag_ != "VB" or verb.head != name:
            continue
        words = doc[sent.start:name.i + 1]
        if not all(t.text[:1].isupper() for t in words) or any(t.tag_ in _FINITE for t in sent):
            continue  # a sentence with a finite verb of its own is no headline
        changes = {verb.i: (verb.i, "ROOT"), name.i: (verb.i, "nsubj")}
        changes.update({c.i: (verb.i, c.dep_) for c in name.children if c.i > verb.i})
        if apply_heads(doc, changes):
            name.pos_, name.tag_ = "PROPN", "NNP"
            verb.pos_ = "VERB"
