"""Answers from the parts of a question (:mod:`diplograph.queries.general`), by what it asks for:
a list of actors (and how many), yes or no, or when.

>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> reply = answer_generally(view, "Did Fenmark ever sell drones to Dastan?")
>>> reply.extra["verdict"], reply.reading
('disputed', 'yes or no: Fenmark ARMS_TRANSFER Dastan, weapon category UAV')
>>> answer_generally(view, "When did Caldor and Dastan clash?").extra["dates"]
['2022-09']
>>> reply = answer_generally(view, "How many countries did Borvia arm?")
>>> reply.extra["count"], [a.name for a in reply.answers]
(1, ['Caldor'])

Yes or no: *yes* when a source asserts or reports it and none denies it; *disputed* when one
affirms it and another denies it, or when the only claims are unconfirmed or speculative; *no*
when nothing says so, or only denials do (a claim only planned is a *no*, and the message says it
is planned). The verdict is the JSON's ``verdict``; the evidence is every claim either way.
"""

from __future__ import annotations

import dataclasses
import re

from diplograph.graph.ontology import load_ontology
from diplograph.graph.weapons import load_weapons
from diplograph.queries.answer import Answer, Flag
from diplograph.queries.evidence import evidence as evidence_between
from diplograph.queries.counterparts import persons_for_states
from diplograph.queries.deliveries import had_done, on_side
from diplograph.queries.general import Parts, _capital_at, placed_in, read_parts
from diplograph.queries.grammar import Grammar
from diplograph.queries.lookup import Reader
from diplograph.queries.filters import RelationFilter, happened_within, held_window
from diplograph.queries.latest import to_latest
from diplograph.queries.loose import _direction, load_lexicon
from diplograph.queries.madewith import made_together
from diplograph.queries.near import near_claims
from diplograph.queries.one_party import one_party_yes_no
from diplograph.queries.regions import in_region
from diplograph.queries.topics import topic_ties
from diplograph.queries.neighbourhood import common_ties, merge_ties, ties
from diplograph.queries.cameo_asked import coded_by_verb
from diplograph.queries.ranking import count_by_year, rank, superlative
from diplograph.queries.refine import about_weapons, by_category, by_category_beside, by_kind, by_weapon_name, in_meeting, in_setting, narrow
from diplograph.queries.supply import recipients, supply_predicates, suppliers
from diplograph.queries.verdicts import verdict

_BETWEEN = frozenset({"between", "both"})
# Words of a yes-or-no question that ask whether the sources agree, answered by the verdict itself
_ASKS_IF_DISPUTED = frozenset({"disputed", "contested", "contradicted", "denied", "confirmed", "doubted", "questioned",
                               "true", "verified"})
# Openers that ask for other actors than those named ("Which countries dumped Taipei for Beijing?")
_ASKS_FOR_OTHERS = frozenset({"who", "whom", "whose", "which", "where"})


def answer_generally(view, question: str, grammar: Grammar | None = None) -> Answer | None:
    """The answer to ``question`` from its parts, or None when its parts ask for nothing the graph
    can answer (no relation word for a list, fewer than two actors for yes or no)."""
    parts = read_parts(view, question, grammar)
    if parts is None:
        return None
    if parts.focus == "when":
        answer = _when(view, parts)
    elif parts.focus == "yesno":
        answer = _yes_no(view, parts)
    elif (parts.relation is None and parts.tokens[0] not in _ASKS_FOR_OTHERS) or \
            ((parts.tokens[0] == "what" or _keywords(parts)) and not parts.types and _pair(view, parts)
             and not _go_betweens_named(parts)):
        answer = _pair_story(view, parts, _predicates(parts))  # "What's behind the A-B tensions?": between them
    else:
        answer = _listing(view, parts)
    if answer is None:
        return None
    _windows(view, parts, answer)
    if parts.ended_tie:  # "Which country scrapped its defence pact with France?": the breaks that say so
        _ending_said(answer, parts)
    category = _category(parts)
    if category and not parts.weapon:
        by_category(view, answer, category)
    elif parts.weapon and (beside := _category_beside(parts)):
        by_category_beside(view, answer, beside)
    by_kind(answer, question)
    if parts.named_first and in_meeting(answer, parts.named_first):  # "the Argyle talks - who mediated ...?"
        parts.unread = [u for u in parts.unread if u != parts.named_first]
    if parts.aside and in_setting(view, answer, parts.aside):
        parts.unread = [u for u in parts.unread if u != parts.aside]
    if parts.focus in ("list", "count"):  # "Whom did Marles meet in Lune?": persons, not also their states
        persons_for_states(view, answer, ((answer.query or {}).get("args") or {}).get("actor"))
    if parts.focus == "yesno":
        answer.extra.update(verdict(answer, view, possible=bool(parts.modal)))
        if parts.modal:
            answer.reading += f" (asked with {parts.modal!r}: read as whether the sources say it happened, is planned " \
                              "or may happen)"
    if parts.focus in ("list", "count"):
        if superlative(question):  # "who did X visit most": the visits counted, not every meeting
            coded_by_verb(answer, question)
        rank(answer, question)
        count_by_year(answer, question)
    if parts.focus == "count":
        answer.extra["count"] = len(answer.answers)
    if parts.modal and parts.focus != "yesno":  # "Which countries will send troops?": what is planned
        narrow(answer, lambda e: e.modality == "planned")
        answer.reading += f" (asked with {parts.modal!r}: only what the sources say is planned)"
        if not answer.answers:
            answer.message = answer.message or "no source says it is planned"
    if parts.focus == "yesno" and set(parts.unread) & _ASKS_IF_DISPUTED:
        # "Is the A-B arms deal disputed?": the verdict says whether sources dispute it
        parts.unread = [u for u in parts.unread if u not in _ASKS_IF_DISPUTED]
        answer.reading += " (asked whether the sources dispute it: the verdict says)"
    if parts.unread:
        answer.reading += f" (not used: {', '.join(repr(w) for w in parts.unread)})"
    answer.query = {"form": "general", "focus": parts.focus, **(answer.query or {})}
    if parts.relation is not None:
        answer.query["relation"] = {"words": " ".join(parts.relation.words), "at": parts.relation_at,
                                    "verb": parts.relation.verb}
    if parts.led:  # "Who stepped in to mediate ...", "Who ended its pact with ...": the loose reading would misread
        answer.query["led"] = True
    if parts.relation is not None and parts.relation.words and len(parts.relation.predicates) > 1 and \
            getattr(parts, "coordinated", False):
        answer.query["coordinated"] = True
    return answer


def _ending_said(answer: Answer, parts: Parts) -> None:
    """Keep the claims whose sentence speaks of the tie ended or of ending one, when a confirmed one does."""
    words = set(parts.ended_tie.split()) | {parts.tokens[parts.relation_at]}
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w.rstrip("s")) for w in words) + r"|end|scrap|terminat|cancel|"
                         r"withdr|abandon|revok|renounc|annul|suspend|quit|exit|tear)", re.IGNORECASE)
    said = lambda e: bool(pattern.search(e.sentence or ""))  # noqa: E731
    if any(said(e) and e.confirmed for e in answer.evidence):
        narrow(answer, said)
        answer.reading += f" (only claims whose sentence speaks of ending a {parts.ended_tie})"


def _go_betweens_named(parts: Parts) -> bool:
    """Whether the relation word is a noun for the third party ("mediators between A and B", "gerd dispute
    go-betweens"): it asks who stood between the sides, not what one side did to the other."""
    return parts.relation is not None and parts.relation.agent and set(parts.relation.predicates) == {"MEDIATION"}


def _keywords(parts: Parts) -> bool:
    """Whether the question is a string of keywords ("maldives india troops"): no question word, no
    verb for its relation."""
    from diplograph.queries.general import AUXILIARIES, MODALS, _WH

    first = parts.tokens[0]
    return parts.focus == "list" and first not in _WH | AUXILIARIES | MODALS | load_lexicon().openers and \
        parts.relation is not None and not parts.relation.verb


def _category(parts: Parts) -> str | None:
    mentions = load_weapons().named_in(" ".join(parts.tokens))
    return mentions[0].category.id if mentions else None


def _category_beside(parts: Parts) -> str | None:
    """The category a question names beside its named system, the system's own name left out
    ("Eurofighter Typhoon *jets*"; "Wing Loong drones" names the category its name already has)."""
    text = " ".join(parts.tokens)
    for name in sorted({parts.weapon, *(parts.weapon.split())}, key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(name.lower())}\b", " ", text)
    mentions = load_weapons().named_in(text)
    return mentions[0].category.id if mentions else load_weapons().model_named_in(text)


def _names(view, nodes) -> str:
    return " and ".join(view.nodes[n].get("name", n) for n in nodes)


def _predicates(parts: Parts) -> list[str] | None:
    if parts.relation is None:
        return None
    onto = load_ontology()
    return [p for p in parts.relation.predicates if p in onto.predicates]


def _pair(view, parts: Parts) -> tuple[str, str] | None:
    """Subject and object of a yes/no or when question with two actors: the one before the
    relation word is its grammatical subject ("Did *Turkey* sell drones to Kosovo"), and the
    subject of "buy" is the receiving side."""
    actors = []
    for _, _, node in parts.actors:
        if node not in actors:
            actors.append(node)
    if len(actors) < 2:
        return None
    first, second = actors[0], actors[1]
    swapped = parts.relation is not None and parts.relation.recipient_is_subject
    if parts.relation is not None and parts.relation.participle and _after_by(parts, second):
        swapped = not swapped  # "Was Quell armed *by* Norland?": the by-phrase names the doer
    return (second, first) if swapped else (first, second)


def _after_by(parts: Parts, node: str) -> bool:
    """Whether ``node`` is named after "by" (past "the", "a"), later than the relation word."""
    for position, _, named in parts.actors:
        if named != node or position < parts.relation_at:
            continue
        before = position - 1
        while before >= 0 and parts.tokens[before] in ("the", "a", "an"):
            before -= 1
        if before >= 0 and parts.tokens[before] == "by":
            return True
    return False


def _claims_between(view, a: str, b: str, predicates, window: dict) -> list:
    """Every claim (all modalities) of ``predicates`` from ``a`` to ``b``; of any predicate either
    way when ``predicates`` is None."""
    if predicates is None:
        return evidence_between(view, a, None, b, **window) + evidence_between(view, b, None, a, **window)
    found = []
    for predicate in predicates:
        found += evidence_between(view, a, predicate, b, **window)
    return found


# Making something in a place the maker does not own is setting up production there
_MADE_IN = {"MANUFACTURES": "CO_PRODUCTION"}


def _yes_no(view, parts: Parts) -> Answer | None:
    sides = _subjects_joined(parts)
    if sides is not None:  # "Did A and B leave X?": yes when each of them did; "did A or B ...": which did
        subjects, b, either = sides
        each = [_yes_no(view, dataclasses.replace(parts, actors=[a for a in parts.actors if a[2] in (one, b)],
                                                  named_first=""))
                for one in subjects]
        if any(one is None for one in each):
            return None
        answer = Answer(parts.question, True)
        missing = [one for one, said in zip(subjects, each) if not said.evidence]
        if either:
            answer.evidence = [e for one in each for e in one.evidence]
            said_yes = [verdict(said, view, possible=bool(parts.modal))["verdict"] == "yes" for said in each]
            answer.answers = [ref for one, said, yes in zip(subjects, each, said_yes) for ref in said.answers
                              if ref.id == one and yes]
            answer.flagged = [f for one, said in zip(subjects, each) for f in said.flagged if f.actor.id == one]
            answer.reading = "which of them: " + "; ".join(one.reading for one in each)
            answer.query = {"args": {"subjects": subjects, "object": b, "either": True}}
            return answer
        if missing:  # one of them did not: no, whatever the others did
            answer.message = f"no claim in the graph says so of {_names(view, missing)}"
        else:
            answer.evidence = [e for one in each for e in one.evidence]
            if all(one.answers for one in each):
                answer.answers = list({r.id: r for one in each for r in one.answers}.values())
            answer.flagged = list({f.actor.id: f for one in each for f in one.flagged}.values())
        answer.reading = "; ".join(one.reading for one in each) + " (each of the doers named)"
        answer.query = {"args": {"subjects": subjects, "object": b}}
        return answer
    pair = _pair(view, parts)
    if pair is None:  # "did Athens deploy warships?": to anyone
        return one_party_yes_no(view, parts, _predicates(parts))
    a, b = pair
    predicates = _predicates(parts)
    if predicates is None and view.nodes[b].get("type") == "organization" and \
            {"in", "part", "member", "members", "belong", "belongs", "inside"} & set(parts.tokens):
        predicates = ["MEMBER_OF"]  # "Is Turkey in NATO?"
    elif predicates is None and view.nodes[b].get("type") == "state" and \
            {"in", "inside", "present", "stationed", "based", "deployed"} & set(parts.tokens[parts.actors[0][0]:]):
        predicates = ["MILITARY_PRESENCE", "BASED_IN"]  # "Is Russia still in Armenia?": forces there, or based there
    if predicates is None:
        return None  # "Is Parva bigger than Quell?": no relation word, no verdict
    onto = load_ontology()
    predicates = [_MADE_IN.get(p, p) if view.nodes[b].get("type") not in onto.predicate(p).object_types else p
                  for p in predicates]  # "Is A making drones inside B?": production set up in B
    answer = Answer(parts.question, True)
    window = held_window(predicates, parts.window)
    # "Did Ukraine help the rebels in Mali?": the groups there; "Did A broker the B-C truce?": B or C
    objects = parts.groups_in.get(b) or _joined(parts, b)
    # "Are A and B at odds?", "Is the A-B arms deal disputed?": a noun between a hyphenated pair
    # says neither who gave nor who got, so either way
    either = parts.relation is not None and (parts.relation.mutual or (not parts.relation.verb and _hyphenated(parts)))
    for obj in objects:
        answer.evidence += _claims_between(view, a, obj, predicates, window)
        if either:
            answer.evidence += _claims_between(view, obj, a, predicates, window)
    near = ""
    if not answer.evidence:  # "Did Moscow arm Haftar?" told as support with fighter planes
        for obj in objects:
            claims, near = near_claims(view, a, obj, predicates, window, either=either)
            answer.evidence += claims
    refs = Reader(view, RelationFilter())
    others = list(dict.fromkeys(e.object.id if e.subject.id == a else e.subject.id for e in answer.evidence)) or [b]
    answer.answers = [refs.ref(a), *map(refs.ref, others)] if any(e.confirmed for e in answer.evidence) else []
    if not answer.answers and answer.evidence:
        why = ", ".join(sorted({e.modality for e in answer.evidence}))
        answer.flagged = [Flag(refs.ref(a), why), *(Flag(refs.ref(o), why) for o in others)]
    shown = ", ".join(predicates) if predicates else "any relation"
    if b not in parts.groups_in and len(objects) > 1:
        said = " or ".join(_names(view, [o]) for o in objects)
    elif b in parts.groups_said:  # "the rebels who ambushed Wagner"
        said = (f"any armed group {parts.groups_said[b][0]} {_names(view, [b])} "
                f"({', '.join(view.nodes[g].get('name', g) for g in objects)})")
    elif b in parts.groups_in:
        said = (f"any armed group the graph places in {_names(view, [b])} "
                f"({', '.join(view.nodes[g].get('name', g) for g in objects)})")
    else:
        said = _names(view, [b])
    answer.reading = f"yes or no: {_names(view, [a])} {shown} {said}" + (", either way" if either else "") \
        + (f" ({near})" if near else "")
    answer.query = {"args": {"subject": a, "predicates": predicates, "object": b, **(
        {"objects": objects} if b in parts.groups_in else {})}}
    if parts.weapon and set(predicates) & set(supply_predicates()):  # "did A buy Rafales from B": not B's other arms
        by_weapon_name(view, answer, parts.weapon)
        answer.reading += f", weapon {parts.weapon}"
    return answer


def _hyphenated(parts: Parts) -> bool:
    """Whether the question's first two actors are named as one hyphenated pair ("the Rhun-Parva deal")."""
    return len(parts.actors) >= 2 and parts.actors[0][0] == parts.actors[1][0]


def _joined(parts: Parts, b: str) -> list[str]:
    """``b``, and the actor joined to it by "and", "or" or a hyphen ("between India and Pakistan",
    "the India-Pakistan ceasefire"): either may be the other party of a yes/no question."""
    actors = parts.actors
    for (pos, length, node), (pos2, _, node2) in zip(actors, actors[1:]):
        between = parts.tokens[pos + length:pos2]
        if node == b and node2 != b and (pos2 == pos or between in (["and"], ["or"])):
            return [b, node2]
    return [b]


def _when(view, parts: Parts) -> Answer | None:
    predicates = _predicates(parts)
    actors = list(dict.fromkeys(node for _, _, node in parts.actors))
    if not actors:
        return None
    answer = Answer(parts.question, True)
    near = ""
    sides = _subjects_joined(parts)
    if sides is not None:  # "When did A, B and C leave X?": each of them with X, the earliest date first
        subjects, b, _ = sides
        found = [e for a in subjects for e in _claims_between(view, a, b, predicates, parts.window)]
        about = f"{' and '.join(_names(view, [a]) for a in subjects)} (each) and {_names(view, [b])}"
    elif len(actors) >= 2:
        a, b = _pair(view, parts)
        found = _claims_between(view, a, b, predicates, parts.window)
        symmetric_or_unknown = predicates is None or any(load_ontology().predicate(p).symmetric for p in predicates)
        if not found and not symmetric_or_unknown:
            found = _claims_between(view, b, a, predicates, parts.window)
        if not found:  # "Since when have A and B had a defence treaty?": told as an agreement
            found, near = near_claims(view, a, b, predicates, parts.window, either=True)
        for x, y in stand_in_pairs(view, a, b) if not found and predicates else ():
            # "When did Pezeshkian suspend cooperation with the IAEA?": the act of the state he serves
            found = _claims_between(view, x, y, predicates, parts.window) or (
                [] if symmetric_or_unknown else _claims_between(view, y, x, predicates, parts.window))
            if found:
                near = f"none of the person's own: said through {_names(view, [x])} and {_names(view, [y])}, " \
                       "the state or body a person named serves"
                break
        about = f"{_names(view, [a])} and {_names(view, [b])}"
    elif predicates:
        found = [e for t in ties(view, actors[0], predicates=predicates, all_modalities=True, **parts.window)
                 for e in t.evidence]
        about = _names(view, actors)
    else:
        return None
    affirmed = [e for e in found if e.confirmed] or found
    dates = sorted({e.date for e in affirmed if e.date})
    answer.evidence = found
    answer.answers = list({r.id: r for e in affirmed if e.confirmed for r in (e.subject, e.object)}.values())
    answer.details = [f"{e.date or '(undated)'}: {e.subject.name} {e.predicate} {e.object.name} [{e.modality}]"
                      for e in sorted(found, key=lambda e: e.date or "9999")]
    answer.extra["dates"] = dates
    # the earliest date, as precisely as a claim gives it ("2023-05-24" rather than "2023-05")
    answer.extra["when"] = max((d for d in dates if d.startswith(dates[0])), key=len) if dates else None
    if not dates:
        answer.message = "no dated claim in the graph says when" if found else "no claim in the graph says so"
    shown = ", ".join(predicates) if predicates else "any relation"
    answer.reading = f"when: {shown} of {about}" + (f" ({near})" if near else "")
    answer.query = {"args": {"actors": actors[:2], "predicates": predicates}}
    to_latest(answer, parts.question)  # "when did A and B (last) meet?": a meeting, not the wish to meet
    return answer


_ABOUT = frozenset({"over", "about", "regarding", "concerning"})


def _subjects_joined(parts: Parts) -> tuple[list[str], str, bool] | None:
    """The doers joined by "and", "or" or commas before the relation word, the one actor after it (or in an
    occasion named first: "korean k9s - has A or B taken delivery?") and whether "or" joins them ("When did
    Mali, Burkina and Niger leave ECOWAS?", "Did A or B buy X's jets?"), or None."""
    if parts.relation is None:
        return None
    start = len(parts.named_first.split())
    before = [(p, n, node) for p, n, node in parts.actors if start <= p < parts.relation_at]
    # "when did A and B make up in <capital>": where they did it, no party to it
    after = list(dict.fromkeys(node for p, n, node in parts.actors if p > parts.relation_at
                               and not _capital_at(parts.tokens[:p + n], p, after=("in", "at")))) or \
        list(dict.fromkeys(node for p, _, node in parts.actors if p < start))
    subjects = list(dict.fromkeys(node for _, _, node in before))
    if len(subjects) < 2 or len(after) != 1 or after[0] in subjects:
        return None
    if any(node == after[0] and p > parts.relation_at and parts.tokens[p - 1] in _ABOUT for p, _, node in parts.actors):
        return None  # "did A and B cut a deal over C": what the two agreed about, no party to it
    between = [parts.tokens[p1 + n1:p2] for (p1, n1, _), (p2, _, _) in zip(before, before[1:])]
    if any(words not in ([], ["and"], ["or"], ["and", "the"], ["or", "the"]) for words in between):
        return None  # "When did A's envoy in B leave C?": no list of doers
    return subjects, after[0], any(words[:1] == ["or"] for words in between)


def _listing(view, parts: Parts) -> Answer | None:
    relation, predicates = parts.relation, _predicates(parts)
    if relation is None or not predicates:
        return None
    actors = list(dict.fromkeys(node for _, _, node in parts.actors))
    types = parts.types
    if parts.tokens[0] == "where" and not types:
        types = ["state"]
    answer = Answer(parts.question, True)
    supply = set(predicates) <= set(supply_predicates())
    window = held_window(predicates, parts.window)
    if len(actors) >= 2 and (_BETWEEN & set(parts.tokens) or "MEDIATION" in predicates):
        a, b = actors[:2]
        pairs = [(a, b), *stand_in_pairs(view, a, b)] if "MEDIATION" in predicates else [(a, b)]
        confirmed = merge_ties(*(common_ties(view, x, y, predicates=predicates, actor_types=types, **window)
                                 for x, y in pairs))
        everything = merge_ties(*(common_ties(view, x, y, predicates=predicates, actor_types=types,
                                              all_modalities=True, **window) for x, y in pairs))
        answered = {t.actor.id for t in confirmed}
        answer.answers = [t.actor for t in confirmed]
        answer.flagged = [Flag(t.actor, ", ".join(t.modalities)) for t in everything if t.actor.id not in answered]
        answer.evidence = [e for t in everything for e in t.evidence]
        answer.reading = f"actors with {', '.join(predicates)} relations to both {_names(view, [a, b])}"
        answer.query = {"args": {"first": a, "second": b, "predicates": predicates, "actor_types": types}}
        if predicates == ["MEDIATION"] and not answer.answers and not answer.flagged:
            from diplograph.queries.mediation import one_side_mediated, talked_with_all

            one_side_mediated(view, [a, b], types, window, answer)
            if not answer.answers and not answer.flagged:
                talked_with_all(view, [a, b], types, window, answer)
        return _filtered(view, parts, answer, types)
    if not actors and set(predicates) == {"MANUFACTURES"} and (parts.weapon_id or _category(parts)):
        # "Which Turkish firm builds the TB2?", "Which Turkish companies make drones?"
        made = [parts.weapon_id] if parts.weapon_id else sorted({v for _, v, d in view.edges(data=True)
                                                                 if d["predicate"] == "MANUFACTURES"})
        found = merge_ties(*(ties(view, w, predicates=predicates, direction="in", actor_types=types,
                                  all_modalities=True, **window) for w in made))
        _fill(answer, found)
        answer.reading = f"makers of {parts.weapon or 'weapons'}" + (f", only {', '.join(types)}" if types else "")
        answer.query = {"args": {"weapon": parts.weapon, "predicates": predicates, "actor_types": types}}
        return _filtered(view, parts, answer, types)
    if not actors and parts.topic:
        receiving = supply and (relation.recipient_is_subject or not relation.agent and _receiving(parts))
        found, doers = topic_ties(view, parts.topic, predicates, types, receivers=receiving)
        _fill(answer, found)
        answer.reading = doers + (f", only {', '.join(types)}" if types else "")
        answer.query = {"args": {"topic": parts.topic, "predicates": predicates, "actor_types": types}}
        return _filtered(view, parts, answer, types)
    if not actors:
        if not (supply and parts.weapon):
            return None
        query = recipients if (relation.recipient_is_subject or not relation.agent and _receiving(parts)
                               or had_done(parts.tokens, parts.relation_at) or _asked_to_whom(parts)) else suppliers
        found = query(view, None, predicates=predicates, actor_types=types, all_modalities=True, **window)
        _fill(answer, found)
        role = "recipients" if query is recipients else "suppliers"
        answer.reading = f"{role} of {parts.weapon}" + (f", only {', '.join(types)}" if types else "")
        answer.query = {"args": {"weapon": parts.weapon, "predicates": predicates, "actor_types": types}}
        return on_side(_filtered(view, parts, answer, types), "object" if query is recipients else "subject")
    position, length, actor = _asked_actor(parts)
    if actor in parts.joined:  # "did A and B attack": the first of the pair says the side, not "and"
        position, length, actor = next(a for a in parts.actors if a[2] in parts.joined)
    onto = load_ontology()
    if made_together(predicates, parts.tokens, position, view.nodes[actor].get("type")):
        predicates = ["CO_PRODUCTION"]  # "who builds howitzers with X": made together (madewith.py)
    if all(onto.predicate(p).symmetric for p in predicates):
        direction = "both"
    else:
        direction = _direction(parts.tokens, position, length, parts.relation_at, relation, load_lexicon())
    actor_type = view.nodes[actor].get("type")
    sides = {"out": ("subject_types",), "in": ("object_types",), "both": ("subject_types", "object_types")}[direction]
    if not any(actor_type in getattr(onto.predicate(p), side) for p in predicates for side in sides):
        return None  # the ontology says this actor cannot stand there: no reading
    asked = parts.joined if actor in parts.joined else [actor]  # "Who threatened A and B?": either of them
    if supply and parts.weapon and direction != "both":
        query = suppliers if direction == "in" else recipients
        found = merge_ties(*(query(view, one, predicates=predicates, actor_types=types, all_modalities=True, **window)
                             for one in asked))
    else:
        found = merge_ties(*(ties(view, one, predicates=predicates, direction=direction, actor_types=types,
                                  all_modalities=True, **window) for one in asked))
    _fill(answer, found)
    side = {"in": "subjects", "out": "objects", "both": "either side"}[direction]
    others = [n for n in actors if n not in asked]
    if others:
        parts.unread.append(_names(view, others))
    shown = " or ".join(_names(view, [one]) for one in asked)
    answer.reading = (f"{', '.join(predicates)} relations of {shown} ({side}" + (", either of them" if len(asked) > 1
                                                                                 else "") + ")"
                      + (f", only {', '.join(types)}" if types else "")
                      + (f", weapon {parts.weapon}" if parts.weapon else ""))
    answer.query = {"args": {"actor": actor, "predicates": predicates, "direction": direction, "actor_types": types,
                             "weapon": parts.weapon}}
    if {"neighbours", "neighbors"} & set(parts.tokens[:3]):  # "Which neighbours have the Taliban threatened?"
        note_neighbours(view, answer, actor)
    return _filtered(view, parts, answer, types)


def _pair_story(view, parts: Parts, predicates=None) -> Answer | None:
    """What the sources say between the actors a question names without a word for any relation
    ("What's the Kenya-Haiti relationship?", "wagner mali", "Russia Mali Wagner"), or of the
    ``predicates`` its relation word names ("What's behind the Pakistan-Afghanistan tensions?"):
    every claim between each two of them, either way, by family. None unless two to four actors
    are named."""
    actors = list(dict.fromkeys(node for _, _, node in parts.actors))
    if not 2 <= len(actors) <= 4:
        return None
    answer = Answer(parts.question, True)
    pairs = [(a, b) for k, a in enumerate(actors) for b in actors[k + 1:]]
    window = held_window(predicates, parts.window) if predicates else parts.window
    def between(a: str, b: str) -> list:
        return _claims_between(view, a, b, predicates, window) + \
            (_claims_between(view, b, a, predicates, window) if predicates else [])

    for a, b in pairs:
        answer.evidence += between(a, b)
    if not predicates:  # what happened in a month: what can be placed in it, not a border
        answer.evidence = happened_within(answer.evidence, window, view.graph.get("sources") or {})
    stood_in = not answer.evidence and any(stand_in_pairs(view, a, b) for a, b in pairs)
    for a, b in pairs if stood_in else ():  # "What has Albanese signed with Port Moresby?": his state's
        for x, y in stand_in_pairs(view, a, b):
            answer.evidence += between(x, y)
    category = _category(parts)
    armed = (parts.weapon or category) and not predicates
    if armed:  # "turkey kazakhstan drones": the claims about arms, or whose sentence names such arms
        answer.evidence = [e for e in answer.evidence if about_weapons(e) or _sentence_names(e, parts.weapon, category)]
    refs = Reader(view, RelationFilter())
    involved = {node for e in answer.evidence if e.confirmed for node in (e.subject.id, e.object.id)}
    answer.answers = [refs.ref(n) for n in dict.fromkeys([*actors, *involved]) if n in involved]
    if not answer.evidence:
        answer.message = "no claim in the graph links them"
    answer.details = by_family(answer.evidence)
    answer.reading = (f"what the sources say between {_names(view, actors)}: "
                      + (f"{', '.join(predicates)}, either way" if predicates
                         else f"every relation{' about arms' if armed else ''}, either way (the question names no "
                              "relation)"))
    if stood_in:
        answer.reading += " (a person named stands for the state or body they serve)"
    answer.query = {"args": {"actors": actors, "predicates": predicates}}
    return answer


def by_family(found: list) -> list[str]:
    """One line per family of relations (material cooperation, verbal conflict ...), with its
    relations, their modalities and dates."""
    onto = load_ontology()
    families: dict[str, dict[tuple, list]] = {}
    for e in found:
        family = onto.predicate(e.predicate).family
        families.setdefault(family, {}).setdefault((e.subject.name, e.predicate, e.object.name), []).append(e)
    lines = []
    for family in sorted(families):
        relations = []
        for (subject, predicate, obj), claims in sorted(families[family].items()):
            dates = sorted({c.date for c in claims if c.date})
            modalities = ", ".join(sorted({c.modality for c in claims}))
            relations.append(f"{subject} {predicate} {obj} [{modalities}]" + (f" {dates[0]}" if dates else ""))
        lines.append(f"{family.replace('_', ' ')}: " + "; ".join(relations))
    return lines


def _sentence_names(e, weapon: str | None, category: str | None) -> bool:
    """Whether a claim's sentence names the weapon, or a weapon of the category ("the drone deals")."""
    sentence = e.sentence or ""
    if weapon:
        return weapon.lower() in sentence.lower()
    return any(m.category.id == category for m in load_weapons().named_in(sentence))


def stand_in_pairs(view, a: str, b: str) -> list[tuple[str, str]]:
    """Pairs of the states or bodies two persons hold office in ("between Tshisekedi and Kagame":
    between DR Congo and Rwanda too); a side that is no person stands for itself."""
    def sides(node: str) -> list[str]:
        if view.nodes[node].get("type") != "person":
            return [node]
        return [node] + [other for other, edges in view._succ[node].items()
                         if any(d["predicate"] in ("AFFILIATED_WITH", "LEADS") for d in edges.values())
                         and view.nodes[other].get("type") in ("state", "organization", "armed_group")]
    return [(x, y) for x in sides(a) for y in sides(b) if (x, y) != (a, b) and x != y]


# Ties that make an actor one of a state's own: a firm based there, a person serving it.
_BELONGING = frozenset({"BASED_IN", "AFFILIATED_WITH", "LEADS"})


def _of_nationality(view, answer: Answer, state: str) -> None:
    """Keep the answers that belong to ``state`` (based in it, serving or leading it), and the persons
    serving or leading a body that does or an armed group the graph places there ("which Sudanese warlord":
    the RSF's chief, the RSF fighting in Sudan)."""
    def own(node: str) -> bool:
        return node == state or any(d["predicate"] in _BELONGING for d in view._succ[node].get(state, {}).values())

    def belongs(node: str) -> bool:
        if own(node):
            return True
        if view.nodes[node].get("type") != "person":
            return False
        bodies = [other for other, edges in view._succ[node].items()
                  if any(d["predicate"] in ("AFFILIATED_WITH", "LEADS") for d in edges.values())]
        return any(own(body) or (view.nodes[body].get("type") == "armed_group" and placed_in(view, body, state))
                   for body in bodies)

    unplaced = [a for a in answer.answers if not belongs(a.id)]
    answer.answers = [a for a in answer.answers if belongs(a.id)]
    answer.flagged = [f for f in answer.flagged if belongs(f.actor.id)]
    answer.reading += f", only those based in or serving {_names(view, [state])}"
    if unplaced and not answer.answers:  # "Which Iraqi militias ...": none is placed; shown apart, said
        answer.flagged += [Flag(a, f"not recorded as based in or serving {_names(view, [state])}") for a in unplaced]
        answer.reading += f" (none is recorded so; shown apart: {', '.join(a.name for a in unplaced)})"
        return
    answer.evidence = [e for e in answer.evidence if belongs(e.subject.id) or belongs(e.object.id)]


def note_neighbours(view, answer: Answer, actor: str) -> None:
    """Say which answers the graph knows to border ``actor`` (or a state it serves or is based
    in). None is dropped: the graph records only the borders its sources mention."""
    def bordering(node: str) -> set[str]:
        return {other for other, edges in {**view._succ[node], **view._pred[node]}.items()
                if any(d["predicate"] == "BORDERS" for d in edges.values())}

    homes = {actor} | {other for other, edges in view._succ[actor].items()
                       if any(d["predicate"] in _BELONGING for d in edges.values())}
    near = set().union(*(bordering(h) for h in homes))
    known = [a.name for a in answer.answers if a.id in near]
    answer.reading += (f" (neighbours: the graph records a border with {', '.join(known)}" if known
                       else " (neighbours: the graph records no border of theirs") + "; none was left out)"


def _receiving(parts: Parts) -> bool:
    return bool({"received", "receive", "receives", "bought", "buy", "buys", "use", "uses", "used", "operate",
                 "operates", "acquired", "imported", "got"} & set(parts.tokens))


_WH = frozenset({"which", "what", "whom", "who", "where"})


def _asked_to_whom(parts: Parts) -> bool:
    """Whether the answers are the side the arms went *to*: "Su-35s delivered to which air forces?", "which
    states were Rafales sold to?" (a weapon named, no actor: the asked side follows "to", not the verb)."""
    tokens, at = parts.tokens, parts.relation_at
    after = tokens[at + 1:]
    if after[:1] == ["to"] and after[1:2] and after[1] in _WH:
        return True
    return bool(tokens) and tokens[0] in _WH and after[-1:] == ["to"]


def _asked_actor(parts: Parts) -> tuple[int, int, str]:
    """The actor the relation is asked of: the first named after the relation word, else the
    last named before it."""
    after = [a for a in parts.actors if a[0] > parts.relation_at]
    before = [a for a in parts.actors if a[0] < parts.relation_at]
    return after[0] if after else before[-1]


def _fill(answer: Answer, found) -> None:
    answer.answers = [t.actor for t in found if t.confirmed]
    answer.flagged = [Flag(t.actor, ", ".join(t.modalities)) for t in found if not t.confirmed]
    answer.evidence = [e for t in found for e in t.evidence]


def _filtered(view, parts: Parts, answer: Answer, types) -> Answer:
    if parts.nationality is not None:
        _of_nationality(view, answer, parts.nationality)
    if parts.weapon:  # "JF-17s": claims naming the JF-17 Thunder, the JF-17 Block III ... count
        by_weapon_name(view, answer, parts.weapon)
    for region in parts.regions:
        answer.answers = [a for a in answer.answers if in_region(view, a.id, region)]
        answer.flagged = [f for f in answer.flagged if in_region(view, f.actor.id, region)]
        answer.reading += f", only in {region.name}"
    return answer


def _windows(view, parts: Parts, answer: Answer) -> None:
    """Say which time phrases were read; a soft one (a year that qualifies a noun: "the 2020
    ceasefire") narrows the answer only when something is left."""
    for phrase in parts.times:
        if not phrase.window:
            answer.reading += f" (not used: {phrase.text!r}: {phrase.note})"
            continue
        if not phrase.soft:
            answer.reading += f", {phrase.text}" + (f" ({phrase.note})" if phrase.note else "")
            continue
        flt = RelationFilter.build(all_modalities=True, **phrase.window)
        sources = view.graph.get("sources") or {}
        kept = [e for e in answer.evidence if flt._in_time(e.claim, load_ontology().predicate(e.predicate).family
                                                             in flt.standing_families, sources)]
        if any(e.confirmed for e in kept):
            narrow(answer, lambda e, kept_ids={id(k) for k in kept}: id(e) in kept_ids)
            answer.reading += f", {phrase.text}"
        else:
            answer.reading += f" (the date {phrase.text} matched no claim: not used)"
