"""A verdict on a plan or a decision told by an infinitive: "Nigeria called Niger's decision *to close the border*
unfortunate", "described Moscow's plan to hold drills near the border as provocative", "called Rabat's decision to
expel the diplomats a violation of international law".

The small parser hangs the verdict on the infinitive's verb (an adjective read as its object, a second object, or
an "as" phrase of its own), so the verb of calling has no verdict and the owner of the decision is criticised by no
one. Run right after the parser (see :mod:`repairs`).
"""

from __future__ import annotations

from diplograph.loaders.articles.repairs import apply_heads


def verdicts_inside_infinitives(doc, calling: frozenset[str], verdicts: frozenset[str]) -> None:
    """For a verb of calling or judging (``calling``) whose object has an infinitive clause, the last word of that
    clause that is a verdict (``verdicts``: an adjective read as an object, a second object noun, or an "as" phrase)
    is what the verb says of its object, and hangs on the verb."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in calling or \
                any(c.dep_ in ("oprd", "ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
            continue
        for thing in [c for c in verb.children if c.dep_ == "dobj"]:
            clause = next((c for c in thing.children if c.dep_ == "acl" and c.pos_ == "VERB"
                           and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
            if clause is None:
                continue
            verdict = _verdict(clause, verdicts)
            if verdict is not None:
                apply_heads(doc, {verdict.i: (verb.i, "prep" if verdict.lower_ == "as" else "oprd")})


def _verdict(clause, verdicts: frozenset[str]):
    """The verdict the parser hung on ``clause``: its last child, when it is an adjective read as an object, an object
    noun after another object, or an "as" phrase, and a verdict word is in it."""
    last = max(clause.children, key=lambda t: t.i, default=None)
    if last is None or last.i < clause.i or last.dep_ == "punct":
        return None
    words = {t.lower_ for t in last.subtree} | {t.lemma_.lower() for t in last.subtree}
    if not words & verdicts:
        return None
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    if last.lower_ == "as" and last.dep_ == "prep" or \
            last.dep_ in ("dobj", "oprd", "ccomp", "attr") and last.pos_ == "ADJ" or \
            last.dep_ == "dobj" and len(objects) > 1 and objects[0] != last:
        return last
    return None
