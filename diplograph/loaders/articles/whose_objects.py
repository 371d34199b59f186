"""Whose-clauses whose verb acts on the owned noun: "France, *whose ambassador the junta expelled*, closed ...".

The small parser reads the owned noun as the clause's subject and the real subject as its apposition ("whose
ambassador [Mali] expelled"), or the owned noun as a compound of the subject's name ("whose defence agreement
[Niamey] revoked"): the verb then acts on nothing and the antecedent loses the relation. Recognised from words
and tags: "whose", common nouns, a subject that opens with a determiner, a name or a pronoun, a verb with no
object after it (the object is the owned noun)."""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads

_OWNED_TAGS = frozenset({"JJ", "JJR", "NN", "NNS", "HYPH"})
_SUBJECT_OPENERS = frozenset({"DT", "NNP", "NNPS", "PRP"})
_SUBJECT_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "HYPH", "IN", "PRP"})
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN", "VB"})
_AUXILIARIES = frozenset({"have", "has", "had", "will", "would", "did", "does", "do", "could", "may", "might",
                          "can", "also", "later", "then", "never", "quickly", "repeatedly", "since", "once", "first"})
# What may follow the verb when its object is the owned noun before it (no object of its own after it).
_AFTER_GAP = frozenset({"IN", "TO", "RB", "RP", ",", ".", ":", "CC", "-RRB-", "-LRB-"})
_HEADS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})


def objects_of_whose_clauses(doc, offices) -> None:
    """"whose ambassador the Malian junta expelled", "whose nuclear sites Israel struck", "whose defence agreement
    Niamey revoked": the owned noun is the verb's object, the name after it the verb's subject. Not "whose
    president William Ruto visited Beijing" (the verb has an object of its own) nor a title before a person's name
    ("whose leader Abu X died": the name is the leader; ``offices``: the head words of the lexicon's titles)."""
    for whose in doc:
        if whose.lower_ != "whose" or whose.tag_ != "WP$":
            continue
        end = whose.sent.end
        i = whose.i + 1
        while i < end and doc[i].tag_ in _OWNED_TAGS and doc[i].text[:1].islower():
            i += 1
        owned = doc[i - 1]
        if owned.i == whose.i or owned.tag_ not in ("NN", "NNS") or i >= end or doc[i].tag_ not in _SUBJECT_OPENERS:
            continue
        subject_start = i
        while i < end and doc[i].tag_ in _SUBJECT_TAGS and doc[i].tag_ not in _VERB_TAGS and \
                doc[i].lower_ not in _AUXILIARIES and (doc[i].tag_ != "IN" or doc[i].lower_ == "of"):
            i += 1
        subject = _head_of(doc[subject_start:i])
        while i < end and doc[i].lower_ in _AUXILIARIES:
            i += 1
        if subject is None or i >= end or doc[i].tag_ not in _VERB_TAGS or doc[i].pos_ != "VERB":
            continue
        verb = doc[i]
        after = doc[i + 1] if i + 1 < end else None
        if after is not None and after.tag_ not in _AFTER_GAP and not after.ent_type_ == "DATE":
            continue  # "whose president William Ruto visited Beijing": the verb has an object of its own
        if owned.lemma_.lower() in offices and doc[subject_start].tag_ in ("NNP", "NNPS") and subject.i > subject_start:
            continue  # "whose leader Abu Bakr died": a name of two words after a title holds it ("Mali" is no holder)
        if owned.head == verb and owned.dep_ in ("dobj", "pobj") or owned.head.head == verb and owned.dep_ == "pobj":
            continue  # read right already
        stranded = after is not None and after.tag_ == "IN" and (after.i + 1 >= end or doc[after.i + 1].is_punct)
        changes = {owned.i: (after.i, "pobj") if stranded else (verb.i, "dobj"), subject.i: (verb.i, "nsubj")}
        for token in doc[subject_start:subject.i]:  # "the Malian junta": its words hang on its noun
            if not subject_start <= token.head.i < subject.i + 1 or token.head == owned:
                changes[token.i] = (subject.i, {"DT": "det", "JJ": "amod", "POS": "case"}.get(token.tag_, "compound"))
        for token in doc[subject.i + 1:verb.i]:
            if token.lower_ == "of":  # "the government of Somalia"
                changes[token.i] = (subject.i, "prep")
            elif token.lower_ in _AUXILIARIES:
                changes[token.i] = (verb.i, "aux" if token.tag_ in ("MD", "VBD", "VBZ", "VBP") else "advmod")
        if verb.dep_ != "relcl" and whose.i >= 2:
            antecedent = doc[whose.i - 2] if doc[whose.i - 1].text == "," else doc[whose.i - 1]
            changes[verb.i] = (antecedent.i, "relcl")
            if verb.dep_ == "ROOT" and not _main_verb_back(doc, verb, antecedent, changes):
                continue
        apply_heads(doc, changes)


def _main_verb_back(doc, verb, antecedent, changes) -> bool:
    """"Chad, whose border posts the army shelled, *sent* troops": the clause read as the main one, the main verb
    after its closing comma hung on it; the main verb gets back its root and its subject (into ``changes``)."""
    close = next((t for t in doc[verb.i + 1:verb.sent.end] if t.text == ","), None)
    main = doc[close.i + 1] if close is not None and close.i + 1 < verb.sent.end else None
    if main is None or main.tag_ not in ("VBD", "VBZ", "VBP") or main.head != verb:
        return False
    changes.update({main.i: (main.i, "ROOT"), antecedent.i: (main.i, "nsubj"), close.i: (verb.i, "punct")})
    return True


def _head_of(tokens):
    """The noun a subject phrase is about: "the Malian *junta*", "the *government* of Somalia", "Russia's *army*"."""
    head = None
    for token in tokens:
        if token.lower_ == "of":
            break
        if token.tag_ in _HEADS:
            head = token
    return head
