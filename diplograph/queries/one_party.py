"""A yes-or-no question that names one party: whether it did the thing to anyone (or had it done to it).

"Did Athens deploy warships?", "has Rhun ever sanctioned anyone?", "did Parva recall its ambassador?", "was Ostia
attacked?" name one actor and a relation word; the other side is left open. Read with two parties only, they went
unanswered. The answer is yes when a claim of the relation has the actor on the side the words give it (the doer
before an active verb; the one done to before a passive participle with no "by"), with every such claim as evidence
and its other parties among the answers; no when none does. Forces sent with no place said are a mobilisation too
(``one_party_also`` in ``loose.yaml``). A question with no relation word ("is
Ostia big?") is still not read, nor one whose second party the graph lacks ("did Rhun attack *Xland*?" names it
after a preposition: it was asked of someone), nor one whose words after the relation hold a near spelling of a
name the graph holds ("did Norland back *Varnet*?": someone was named, though not a known one).
"""

from __future__ import annotations

import difflib
import functools

from diplograph.datafiles import packaged
from diplograph.queries.answer import Answer, Flag
from diplograph.queries.evidence import evidence as evidence_between
from diplograph.queries.filters import RelationFilter, held_window
from diplograph.queries.lookup import Reader

# after the relation word, these open a second party (one the graph does not know, since none was found)
_TO_SOMEONE = frozenset({"to", "against", "with", "on", "at", "from", "into", "in", "by", "over", "toward", "towards",
                         "onto", "for", "between"})
_BE = frozenset({"was", "were", "is", "are", "been", "being", "get", "got", "gotten"})


def _like_a_name(view, words: list[str]) -> bool:
    """Whether one of ``words`` is spelt nearly as a word of an actor's name without being one: a second party
    named, misspelt beyond what the reader corrects ("varnet" for Varnek), rather than a word of the deed."""
    from diplograph.queries.lookup import name_index

    known = {w for key in name_index(view) for w in key.split() if len(w) >= 4}
    return any(len(w) >= 4 and w not in known and difflib.get_close_matches(w, known, n=1, cutoff=0.8)
               for w in words)


@functools.cache
def _also() -> dict[str, list[str]]:
    return packaged("diplograph.queries", "loose.yaml").get("one_party_also") or {}


def one_party_yes_no(view, parts, predicates) -> Answer | None:
    """The verdict's answer for a yes-or-no question naming one actor and a relation, or None."""
    predicates = list(dict.fromkeys([*(predicates or ()), *(q for p in predicates or () for q in _also().get(p, ()))]))
    actors = list(dict.fromkeys(node for _, _, node in parts.actors))
    if len(actors) != 1 or parts.relation is None or not predicates:
        return None
    actor, at = actors[0], parts.relation_at
    position = next(p for p, _, node in parts.actors if node == actor)
    tokens = parts.tokens
    after = tokens[at + len(parts.relation.words):]
    if position < at and (_TO_SOMEONE & set(after) or after and parts.relation.words[-1] in _TO_SOMEONE):
        return None  # "did Rhun attack Xland?" said "to", "against" ... a party the graph lacks: not to anyone
    if _like_a_name(view, after):
        return None  # "did Norland back Varnet?": a party named, but not one the graph knows by that spelling
    # "was Ostia attacked?": the actor suffers the deed; "did Ostia attack?": it does it
    done_to = parts.relation.participle and position < at and bool(set(tokens[:at]) & _BE) and "by" not in tokens[at:]
    if position > at and not done_to:
        done_to = True  # "did anyone attack Ostia?": named after the verb, it is done to
    doer_first = done_to == parts.relation.recipient_is_subject  # "did Parva buy drones?": Parva receives
    window = held_window(predicates, parts.window)
    answer = Answer(parts.question, True)
    others = view._pred[actor] if not doer_first else view._succ[actor]
    for other in others:
        for predicate in predicates:
            a, b = (actor, other) if doer_first else (other, actor)
            answer.evidence += evidence_between(view, a, predicate, b, **window)
    refs = Reader(view, RelationFilter())
    named = list(dict.fromkeys(e.object.id if e.subject.id == actor else e.subject.id for e in answer.evidence))
    if any(e.confirmed for e in answer.evidence):
        answer.answers = [refs.ref(actor), *map(refs.ref, named)]
    elif answer.evidence:
        why = ", ".join(sorted({e.modality for e in answer.evidence}))
        answer.flagged = [Flag(refs.ref(actor), why), *(Flag(refs.ref(o), why) for o in named)]
    name = view.nodes[actor].get("name", actor)
    shown = ", ".join(predicates)
    answer.reading = (f"yes or no: {name} {shown} anyone" if doer_first else f"yes or no: anyone {shown} {name}") \
        + " (no other party named)"
    answer.query = {"args": {"subject" if doer_first else "object": actor, "predicates": list(predicates)}}
    return answer
