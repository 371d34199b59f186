"""Headlines with two or more subjects: "Moscow and Beijing sign pact on nuclear power", "India and UAE ink trade
deal", "China, Pakistan seal deal on new port". The small parser reads the plain verb between the names and the
noun after it as one more noun of a long noun phrase; with no finite verb in the line, a lexicon verb in its plain
form right after names joined by "and" or a comma is the verb, the names its subjects and the noun after it its
object."""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_JOINERS = frozenset({"and", ","})


def plural_subject_headlines(doc, verb_lemmas) -> None:
    for sent in doc.sents:
        # (the parser may tag the word a verb and still hang it on the noun as a compound)
        verb = next((t for t in sent if (t.tag_ == "NN" or t.dep_ == "compound") and t.lower_ in verb_lemmas
                     and t.i > sent.start + 2 and doc[t.i - 1].pos_ == "PROPN" and t.i + 1 < sent.end
                     and doc[t.i + 1].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM")), None)
        if verb is None or any((t.tag_ in _FINITE or t.pos_ == "VERB") and t != verb for t in sent):
            continue
        names = doc[sent.start:verb.i]
        if not all(t.pos_ == "PROPN" or t.lower_ in _JOINERS or t.lower_ == "the" for t in names) or \
                not any(t.lower_ in _JOINERS for t in names):
            continue
        # each name's last word heads it; the first name is the subject, the others its conjuncts
        heads = [t for t in names if t.pos_ == "PROPN" and (t.i + 1 == verb.i or doc[t.i + 1].pos_ != "PROPN")]
        after = doc[verb.i + 1:sent.end]
        obj = next((t for t in after if t.pos_ in ("NOUN", "PROPN") and not (verb.i < t.head.i < sent.end
                                                                             and t.head != t)), None)
        if obj is None:
            obj = next((t for t in after if t.pos_ in ("NOUN", "PROPN") and
                        (t.head.i >= sent.end or t.head.i <= verb.i or t.head == t)), None)
        if obj is None or len(heads) < 2:
            continue
        subject = heads[0]
        changes = {verb.i: (verb.i, "ROOT"), subject.i: (verb.i, "nsubj"), obj.i: (verb.i, "dobj")}
        changes.update({h.i: (subject.i, "conj") for h in heads[1:]})
        changes.update({t.i: (subject.i, "cc" if t.lower_ == "and" else "punct") for t in names
                        if t.lower_ in _JOINERS})
        changes.update({t.i: (h.i, "compound") for h in heads for t in names
                        if t.pos_ == "PROPN" and t not in heads and t.i < h.i and
                        all(doc[k].pos_ == "PROPN" for k in range(t.i, h.i))})
        changes.update({t.i: (verb.i, t.dep_) for t in after if t.i != obj.i and
                        (t.head.i <= verb.i or t.head == t) and t.i not in changes})
        if apply_heads(doc, changes):
            verb.pos_, verb.tag_ = "VERB", "VBP"
