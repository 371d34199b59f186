"""Who only calls for a deal, truce or talks, or judges them, is not their side: "France and Saudi Arabia called
for a ceasefire", "Russia and China rejected the ceasefire plan", "Iran's rivals Saudi Arabia and Israel welcomed
the deal". The subjects of such a verb are readers of the act, so a noun's ``pair(governor)`` reading (whose
two governors are its sides, as in "Brazil and Argentina signed the deal") must not take them.

A subject that only points back ("They welcomed the agreement", "The two sides hailed the accord", "Both leaders
praised the truce") is kept: such a reference mostly names the parties just reported making the deal, who then
judge their own work; a pair named afresh as judges is an onlooking pair.
"""

from __future__ import annotations

from diplograph.loaders.articles.syntax import SUBJ, governing_verb


def advocated(noun, lex) -> bool:
    """Is the noun what its governing verb calls for ("called for an immediate ceasefire", "urged talks")?"""
    verb = governing_verb(noun)
    return verb is not None and verb.lemma_.lower() in lex.noun_class["advocating"]


def judged_from_outside(noun, lex) -> bool:
    """Is the noun what its governing verb judges (``deal_onlooking``: welcome, reject, condemn, praise ...) by
    subjects named as such, not referring back to the sides already told?"""
    verb = governing_verb(noun)
    if verb is None or verb.lemma_.lower() not in lex.noun_class["deal_onlooking"]:
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJ]
    return bool(subjects) and not any(_points_back(s, lex) for s in subjects)


def _points_back(subject, lex) -> bool:
    """"They", "the two sides", "both leaders": a subject that names no one and counts two."""
    if subject.pos_ == "PRON":
        return True
    return any(c.lower_ in lex.noun_class["pair_counting"] for c in subject.children
               if c.dep_ in ("nummod", "det", "predet", "preconj"))
