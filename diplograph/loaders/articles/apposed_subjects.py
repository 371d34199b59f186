"""A name, its apposition, then the verb: "Egypt, a key partner of the European Union, borders Libya and Sudan",
"Romania, a member of NATO and the EU, borders Ukraine", "Mexico, the largest trading partner of the United States,
borders Guatemala". After the comma that closes the apposition the small parser reads a present-tense verb that is
also a plural noun ("borders", "supplies", "hosts") as a noun: the sentence's root, or a compound of the name after
it, so the relation between the subject and that name is lost, and an apposition's "member of" may even reach the
object ("Uganda, a member of the EAC, borders Kenya" read Kenya as the member). With no finite verb outside the
apposition, a lexicon verb right after its closing comma is the verb, the name before the apposition its subject and
the first noun phrase after it its object."""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads, verb_form

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_OBJECT_STARTS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "NUM"})


def verbs_after_appositions(doc, verb_lemmas) -> None:
    for sent in doc.sents:
        verb = next((t for t in sent if t.tag_ == "NNS" and t.i > sent.start + 3 and doc[t.i - 1].text == ","
                     and t.i + 1 < sent.end and doc[t.i + 1].pos_ in _OBJECT_STARTS and verb_form(t, verb_lemmas)),
                    None)
        if verb is None:
            continue
        subject = _apposed_name(doc, sent, verb.i - 1)
        if subject is None:
            continue
        apposition = {t.i for c in subject.children if c.dep_ == "appos" for t in c.subtree}
        if any(t.tag_ in _FINITE and t.i not in apposition for t in sent if t != verb):
            continue  # the sentence has its verb: the word is the noun it looks like
        end = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
        after = [t for t in doc[verb.i + 1:end] if not verb.i < t.head.i < end or t.head == t]
        obj = next((t for t in after if t.pos_ in ("PROPN", "NOUN")), None)
        if obj is None:
            continue
        changes = {verb.i: (verb.i, "ROOT"), subject.i: (verb.i, "nsubj"), obj.i: (verb.i, "dobj")}
        changes.update({t.i: (verb.i, t.dep_ if t.dep_ not in ("conj", "appos", "compound") else "npadvmod")
                        for t in after if t.i != obj.i})
        # what hung on the subject after the apposition (the final stop) goes to the verb
        changes.update({t.i: (verb.i, t.dep_) for t in subject.children if t.i > verb.i and t.i not in changes})
        if apply_heads(doc, changes):
            verb.pos_, verb.tag_ = "VERB", "VBZ"


def _apposed_name(doc, sent, comma: int):
    """The name that opens the sentence and whose apposition ends right before ``comma``, if any."""
    first = next((t for t in sent if not (t.is_punct or t.lower_ == "the")), None)
    if first is None or first.pos_ != "PROPN":
        return None
    name = first
    while name.dep_ == "compound" and name.head.pos_ == "PROPN" and name.head.i > name.i:
        name = name.head
    if doc[name.i + 1].text != ",":
        return None
    if not any(c.dep_ == "appos" and c.right_edge.i == comma - 1 and c.i > name.i for c in name.children):
        return None
    return name
