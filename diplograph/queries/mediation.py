"""Go-betweens: who mediated for the actors a question names, however it names the service.

"Whose good offices have A and B relied on to negotiate with C?", "Who played go-between for A and
B?", "Through whom did A talk to B?" all ask for the subjects of MEDIATION relations to the named
actors. A mediator for every one of them answers; when none is, those for the most of them do,
and the reading says so. A person named stands for the states and bodies they serve too, as in
"between Tshisekedi and Kagame" (see :func:`diplograph.queries.focus.stand_in_pairs`).
"""

from __future__ import annotations

from diplograph.queries.focus import stand_in_pairs
from diplograph.queries.neighbourhood import merge_ties, ties


def mediators(view, sides: list[str], *, actor_types=None, all_modalities: bool = True, **window):
    """(the mediators for the most of ``sides``, how many sides each of them mediates for): every
    side when someone mediates for all. A mediator is never one of the sides."""
    def of(side: str):
        stand_ins = {side} | {x for pair in stand_in_pairs(view, side, side) for x in pair}  # a person's state
        return merge_ties(*(ties(view, s, predicates=["MEDIATION"], direction="in", actor_types=actor_types,
                                 all_modalities=all_modalities, **window) for s in sorted(stand_ins)))

    found = [of(side) for side in sides]
    reach: dict[str, int] = {}
    for group in found:
        for tie in group:
            if tie.actor.id not in sides:
                reach[tie.actor.id] = reach.get(tie.actor.id, 0) + 1
    most = max(reach.values(), default=0)
    return [t for t in merge_ties(*found) if reach.get(t.actor.id) == most], most


def answer_mediators(view, grammar, match, slots, types, answer) -> None:
    """The ``mediators`` form of ``ask``."""
    from diplograph.queries.handlers import actor_name, fill_from_ties

    sides = list(dict.fromkeys(slots[k] for k in ("actor", "actor2", "actor3") if slots.get(k)))
    found, reach = mediators(view, sides, actor_types=types, **slots["window"])
    of_all = reach in (0, len(sides))
    fill_from_ties(answer, found)
    names = [actor_name(view, s) for s in sides]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + (" and " if of_all else " or ") + names[-1]
    answer.reading = (f"mediators (MEDIATION subjects) for {joined}"
                      + ("" if of_all else f" (no one mediates for all {len(names)}: those for {reach} of them)")
                      + (f", only {', '.join(types)}" if types else ""))
    answer.query = {"args": {"sides": sides, "predicates": ["MEDIATION"], "actor_types": types, "all": of_all}}
    if not found and len(sides) > 1:
        talked_with_all(view, sides, types, slots["window"], answer)


def one_side_mediated(view, sides: list[str], types, window: dict, answer) -> None:
    """No one recorded as mediating with every side: the mediators recorded with one of them, as the sources often
    name only the side the go-between carried the deal to ("Oman brokered a truce with the Houthis" of a US-Houthi
    truce); the reading says so. Nothing when no side has a mediator."""
    from diplograph.queries.handlers import actor_name, fill_from_ties

    found, reach = mediators(view, sides, actor_types=types, **window)
    if not found:
        return
    fill_from_ties(answer, found)
    names = " or ".join(actor_name(view, s) for s in sides)
    answer.reading = f"mediators (MEDIATION subjects) for {names} (no one is recorded mediating with both)"
    answer.query["args"]["either"] = True


def talked_with_all(view, sides: list[str], types, window: dict, answer) -> None:
    """No mediator recorded: show apart, as a looser match the reading names, whoever held talks
    (CONSULTATION) with every side; never as answers, since talks are no proof of mediation."""
    from diplograph.queries.answer import Flag

    met = [{t.actor.id: t for t in ties(view, side, predicates=["CONSULTATION"], direction="both",
                                         actor_types=types, **window)} for side in sides]
    common = set(met[0]).intersection(*met[1:]) - set(sides)
    if not common:
        return
    answer.flagged += [Flag(met[0][node].actor, "held talks with every side; no mediation recorded")
                       for node in sorted(common, key=lambda n: met[0][n].actor.name)]
    answer.evidence += [e for group in met for node in sorted(common) for e in group[node].evidence]
    answer.reading += (" (no mediation is recorded; shown apart, as a looser match: those who held talks "
                       "with every side)")
    answer.query["looser"] = "CONSULTATION with every side"
