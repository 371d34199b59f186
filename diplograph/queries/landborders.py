"""A state's neighbours from the gazetteer as well as from the sources: "Who are Afghanistan's neighbours?",
"which countries border X", and the circle of "which of X's neighbours have ...".

The sources mention a border only now and then, so the BORDERS claims of a graph leave most neighbours out
("which of X's neighbours expelled its people" lost a neighbour no source said borders X). Which states share a
land border is data (``diplograph/gazetteer/land_borders.yaml``, generated from GeoNames), the same the article
extractor reads. A question on the BORDERS of a state is answered by the borders its claims give and by the
states that data gives, those the graph holds; the reading names the ones the data added (they have no claim, so
no evidence).
"""

from __future__ import annotations

from diplograph.loaders.articles.neighbours import land_borders
from diplograph.queries.answer import Answer
from diplograph.queries.results import ActorRef


def with_land_borders(view, answer: Answer) -> Answer:
    """``answer`` with the land neighbours of the state it asks the borders of, when it asks that; else as it is."""
    args = (answer.query or {}).get("args") or {}
    actor = args.get("actor")
    if not answer.understood or {"verdict", "dates"} & set(answer.extra) or args.get("predicates") != ["BORDERS"] or not isinstance(actor, str) \
            or actor not in view or view.nodes[actor].get("type") != "state" or args.get("direction") not in ("both", None):
        return answer
    types = args.get("actor_types")
    if types and "state" not in types:
        return answer
    codes = land_borders().get(actor.split(":", 1)[-1].lower(), frozenset())
    held = {a.id for a in answer.answers}
    added = [ActorRef(node, data.get("name", node), "state", tuple(data.get("aliases") or ()))
             for node, data in view.nodes(data=True)
             if data.get("type") == "state" and node.split(":", 1)[-1].lower() in codes and node not in held]
    if added:
        added.sort(key=lambda a: a.name)
        answer.answers = [*answer.answers, *added]
        answer.reading += f" (and by the gazetteer's land borders: {', '.join(a.name for a in added)})"
        if "count" in answer.extra:
            answer.extra["count"] = len(answer.answers)
    return answer
