"""Who lays a wrong at someone's door with a noun of finding or claim: "a *determination by* Secretary Blinken that
the RSF had committed genocide", "*Kyiv's claim* that Russia committed war crimes", "a finding by the UN that ...".

The verb form ("Blinken determined that ...") has its speaker in the verb of saying above the clause; told as a
noun, the clause hangs on the noun, and the speaker is the noun's possessor or its by- or of-phrase.
"""

from __future__ import annotations

from diplograph.loaders.articles.candidates import Arg


def finding_owners(finder, verb, finding_nouns, exclude=()) -> list[Arg]:
    """The possessor or the by- or of-phrase of the noun of finding whose that-clause ``verb`` is."""
    noun = verb.head
    if verb.dep_ not in ("acl", "ccomp") or noun.pos_ != "NOUN" or noun.lemma_.lower() not in finding_nouns or \
            not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return []
    return [a for c in noun.children if c.dep_ == "poss" for a in finder.actors(c, "strict", exclude)] or \
        finder.prep_args(noun, ("by", "of"), exclude)
