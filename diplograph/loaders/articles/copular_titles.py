"""Offices a clause says its subject holds: "X is a senior fellow at the Y Institute", "X, who became foreign
minister of Ireland in May", "X was appointed defence minister of Niger" (read by :mod:`titles` as the
words of a title phrase around the name); and the reverse, an office the clause says is held by the name in
its complement: "Its chief executive is X", "The new army chief is General X" (a company's "About" paragraph,
a profile)."""

from __future__ import annotations

from diplograph.loaders.articles.syntax import conjuncts

# Verbs that say their subject holds what their complement names.
HOLDING = ("be", "become", "remain")


def held_offices(verb, lexicon):
    """(office noun, its words) for each complement of ``verb`` that may name an office its subject holds: the
    complement of a copula, or of a passive verb of appointing (`appointing` in the lexicon); each of coordinated
    complements apart ("a former diplomat and a researcher at Y": the researcher's words hold the institute), an
    office still held first (the title rules keep one office a sentence gives a person)."""
    lemma = verb.lemma_.lower()
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if lemma not in HOLDING and not (passive and lemma in lexicon.noun_class["appointing"]):
        return []
    found = []
    for complement in (c for c in verb.children if c.dep_ in ("attr", "acomp", "oprd")):
        for office in (complement, *conjuncts(complement)):
            # (nor a clause on the office: "is the minister concerned that Indonesia joined BRICS" holds no office
            # in BRICS)
            others = {t.i for c in office.children if c.dep_ in ("conj", "cc") or
                      any(t.pos_ in ("VERB", "AUX") for t in c.subtree) for t in c.subtree}
            found.append((office, [t for t in office.subtree if t.i not in others]))
    return sorted(found, key=lambda pair: any(t.lower_ in lexicon.past_office for t in pair[1]))


def office_named(name):
    """The words of the office a copula's subject names when ``name`` (a name's root) is its complement: "Its
    Chairman and Chief Executive Officer is X" gives "Its Chairman and Chief Executive Officer"; [] otherwise."""
    verb = name.head
    if name.dep_ != "attr" or verb.lemma_.lower() not in HOLDING:
        return []
    return [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
