"""Making arms *with* someone is making them together: co-production.

"Who builds howitzers with Ostia?", "which firm is making the Kite-9 with Parva?", "who's building subs with
Indonesia's shipyard?": a verb of making (MANUFACTURES) whose party comes after "with" cannot be asked about
as the thing made (only a weapon is made), so the party is a partner in production, and the relation asked is
CO_PRODUCTION, either side (a joint venture is stored in the order the text named its parties). The grammar
knew a few such phrases word by word ("build drones with"); this reads every kind of arms and every named
system. A weapon after "with" ("made with Kite-9 engines") is no partner and keeps the verb's own relation.
"""

from __future__ import annotations

from diplograph.graph.ontology import load_ontology


def made_together(predicates, tokens: list[str], position: int, actor_type: str | None) -> bool:
    """Whether a question's verb of making, with its party at ``position`` after "with", asks who makes
    something together with that party."""
    if set(predicates) != {"MANUFACTURES"} or not _after_with(tokens, position):
        return False
    return actor_type not in load_ontology().predicate("MANUFACTURES").object_types


def _after_with(tokens: list[str], position: int) -> bool:
    if position >= 1 and tokens[position - 1] == "with":
        return True
    # "with Indonesia's shipyard": a possessor of one to three words said between
    return position >= 3 and tokens[position - 1] == "'s" and "with" in tokens[max(0, position - 5):position - 2]
