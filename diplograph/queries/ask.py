"""Answers to the questions analysts type, offline: the grammar picks a query, the graph answers.

A question is read by the first form of :mod:`diplograph.queries.grammar` whose pattern
matches and whose slots resolve (names to actors of the graph, through aliases and the
gazetteer: "Iranian" is Iran). Type words filter the answers ("Which countries" keeps states).
An actor is an *answer* when a claim whose modality answers (in the ontology) supports it;
actors backed only by unconfirmed, speculative or denied claims are *flagged*, shown apart.
A question no form reads is not answered: the reply says so and suggests the closest forms.

>>> from diplograph.queries.example import example_view
>>> view = example_view()
>>> reply = ask(view, "Who supplies drones to Caldor?")
>>> [a.name for a in reply.answers], [f.actor.name for f in reply.flagged]
(['Borvia', 'Kestrel Dynamics'], ['Aland'])
>>> [a.name for a in ask(view, "Which countries buy drones from the Borvians?").answers]
['Caldor', 'Eskar']
>>> [a.name for a in ask(view, "Which Borvian officials are mentioned?").answers]
['Ilse Varro']
>>> reply = ask(view, "What is the capital of Borvia?")
>>> reply.understood, reply.answers
(False, [])

In a notebook an answer shows as HTML, its text escaped:

>>> ask(view, "Who supplies drones to Caldor?")._repr_html_().startswith("<p><b>Read as:</b> suppliers of Caldor")
True
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import networkx as nx

from diplograph.errors import ActorNotFound
from diplograph.graph.dates import PartialDate
from diplograph.graph.ontology import load_ontology
from diplograph.graph.weapons import load_weapons
from diplograph.names import name_key
from diplograph.queries.according import by_source, source_named
from diplograph.queries.again import read_again
from diplograph.queries.idioms import plainly as idioms_plainly
from diplograph.queries.manner import without_manner
from diplograph.queries.context import context_first
from diplograph.queries.nationals import of_nationality
from diplograph.queries.phrasal import particle_joined
from diplograph.queries.quoted import about_label, unquoted
from diplograph.queries.agreed import agreed_on
from diplograph.queries.alone import asked_alone
from diplograph.queries.among import among_circle
from diplograph.queries.behind import backers_asked, backing_asked
from diplograph.queries.channels import through_channel
from diplograph.queries.discussed import talks_about
from diplograph.queries.envoys import found_nothing, of_their_state
from diplograph.queries.choices import choice_between, choice_opening, kept_to_choice
from diplograph.queries.signing import dated, document_signed
from diplograph.queries.landborders import with_land_borders
from diplograph.queries.answer import Answer
from diplograph.queries.ended import ended_question, only_ended
from diplograph.queries.exclusion import left_out, without
from diplograph.queries.filters import held_window
from diplograph.queries.focus import _of_nationality, answer_generally, note_neighbours
from diplograph.queries.verdicts import verdict
from diplograph.queries.grammar import Grammar, Match, load_grammar
from diplograph.queries.hosting import hosted_forces
from diplograph.queries.handlers import HANDLERS, WINDOWED, actor_name, fill_from_ties
from diplograph.queries.incidents import about_incident, incident_reaction
from diplograph.queries.keywords import keyword_questions
from diplograph.queries.labels import label_read
from diplograph.queries.leaders import as_government, heads_with_their_states
from diplograph.queries.whom import pairs_asked
from diplograph.queries.lookup import find_actor, name_index
from diplograph.queries.missions import mission_asked
from diplograph.queries.loose import read_loosely
from diplograph.queries.neighbourhood import ties
from diplograph.queries.counterparts import persons_for_states, venue
from diplograph.queries.occasions import kept_to_stay, on_occasion, stay_first
from diplograph.queries.opinions import opinion_asked
from diplograph.queries.sides import side_asked
from diplograph.queries.outcomes import talks_outcome
from diplograph.queries.purposes import without_purpose
from diplograph.queries.quantities import answer_quantity, quantity_noun
from diplograph.queries.ranking import count_by_year, rank, superlative
from diplograph.queries.cameo_asked import asked_by_code, coded_by_verb
from diplograph.queries.either_receiver import each_receiver_asked, receivers_joined
from diplograph.queries.anything import with_verdict
from diplograph.queries.deliveries import delivered_only
from diplograph.queries.event_counts import counted
from diplograph.queries.latest import first_or_last_dated
from diplograph.queries.shares import share_of
from diplograph.queries.shared_names import asked_of_each
from diplograph.queries.refine import by_category, by_category_beside, by_kind, in_meeting, in_setting, narrow, without_plans
from diplograph.queries.regions import in_region, region_named
from diplograph.queries.restating import preposition_last
from diplograph.queries.arms_fragments import arms_fragment
from diplograph.queries.guests import guest_visit
from diplograph.queries.restricted import closing_type, kept_to_type
from diplograph.queries.responses import acts_of, answer_deeds, done_to, has_acts, responded_to, words_answered
from diplograph.queries.speech import according_to_doer
from diplograph.queries.spelling import respelt
from diplograph.queries.slots import Resolver, SlotError, answer_types, resolve_slots
from diplograph.queries.whose import their_states, through_people
from diplograph.queries.whois import who_is_asked
from diplograph.queries.origins import maker_asked, reads_maker, reads_supply, source_asked
from diplograph.queries.sidedeeds import one_side_asked
from diplograph.queries.within import body_before_type, body_of, kept_to_body
from diplograph.queries.supply import recipients, supply_predicates, suppliers
from diplograph.queries.takeover import taken_over
from diplograph.queries.topic_first import of_topic, topic_split, with_topic_time
from diplograph.queries.unread import not_understood
from diplograph.queries.named import newest_date
from diplograph.queries.tentative import facts_only


def ask(view: nx.MultiDiGraph, question: str, *, resolve: Resolver | None = None,
        grammar: Grammar | None = None) -> Answer:
    """Answer ``question`` from ``view`` (see :func:`_answer`), without the plans it does not ask about
    (:mod:`diplograph.queries.tentative`), a leader's acts of state joined by his government's, and counted once
    with it when both answer (:mod:`diplograph.queries.leaders`)."""
    unmannered, manner = without_manner(str(question))
    # "who spoke out publicly against X": how it was done breaks the relation phrase and narrows nothing
    if manner and (answer := _reworded(view, question, unmannered, " (not read: " + ", ".join(f'"{w}"' for w in manner)
                                       + ", how it was done)", resolve, grammar)) is not None:
        return answer
    joined = particle_joined(str(question))
    # "who bailed Ostia out?": the particle read with its verb (phrasal.py)
    if joined != question and (answer := _reworded(view, question, joined, f' (the particle read with its verb: asked '
                                                    f'as "{joined}")', resolve, grammar)) is not None:
        return answer
    plain = idioms_plainly(str(question))
    # "who rolled out the red carpet for X", "showed X the door": the plain verb, in the same tense
    if plain != question and (answer := _reworded(view, question, plain, f' (an idiom said plainly: asked as "{plain}")',
                                                  resolve, grammar)) is not None:
        return answer
    context = context_first(view, str(question))
    # "Putin went to Ulan Bator. Who hosted him?": the pronoun is the one the context names
    if context is not None and (answer := _reworded(view, question, context[0], f' (the context "{context[1]}" read '
                                                    f'for whom the pronoun means: asked as "{context[0]}")',
                                                    resolve, grammar)) is not None:
        return answer
    label = unquoted(str(question))
    # "mongolia 'third neighbour' partners": the quoted words name the partners, no border
    if label is not None and (answer := _reworded(view, question, label[0], f' (not read: "{label[1]}", a name in '
                                                  f'quotes for what follows it)', resolve, grammar)) is not None:
        about_label(answer, label[1])
        return answer
    national = of_nationality(view, str(question))
    # "Baykar's Indonesian JV partner": its partners in Indonesia, not Indonesia's partners
    if national is not None and (answer := _reworded(view, question, national[0], f' (a nationality before the other '
                                                     f'party: asked as "{national[0]}")', resolve, grammar)) is not None:
        _of_nationality(view, answer, national[1])
        return answer
    chosen = idioms_plainly(str(question), "arms_choices")
    # "which armies opted for the K9": bought it; only when a weapon or a kind of arms is read
    if chosen != question and (answer := _reworded(view, question, chosen, f' (arms chosen: asked as "{chosen}")',
                                                   resolve, grammar)) is not None and _names_arms(answer):
        return answer
    events = counted(question, lambda text: ask(view, text, resolve=resolve, grammar=grammar))
    if events is not None:  # "how many clashes between A and B": days with such events, not actors
        return events
    first_or_last = first_or_last_dated(question, lambda text: ask(view, text, resolve=resolve, grammar=grammar))
    if first_or_last is not None:  # "first clash between A and B": its date
        return first_or_last
    share = share_of(view, question, lambda text: ask(view, text, resolve=resolve, grammar=grammar))
    if share is not None:  # "what share of X's arms imports came from Y": Y's weight in X's suppliers
        return share
    answer = facts_only(_answer(view, question, resolve=resolve, grammar=grammar), question)
    typo = respelt(question, lambda word: name_key(word) in name_index(view)) if not answer.understood else None
    if typo is not None:  # "who was quick to congradulate X": the one relation word near what was typed
        note = " (" + ", ".join(f'"{typed}" read as "{word}"' for typed, word in typo[1]) + ")"
        answer = _reworded(view, question, typo[0], note, resolve, grammar) or answer
        if answer.understood:
            return answer
    topic = topic_split(question) if not answer.understood or found_nothing(answer) else None
    if topic is not None:  # "Lune, July 2023: who went to see Kora?": the topic's date is the question's
        topic = (topic[0], with_topic_time(topic[0], topic[1], newest_date(view)))
    # "the Sudanese war: whose side is Cairo on?": the question after the topic, asked alone, in its setting (when
    # the whole found nothing: the topic's "war" was read for the relation)
    if topic is not None and (alone := _reworded(view, question, topic[1], f' (the topic "{topic[0]}" named first: '
                                                 f'the question after it asked alone)', resolve, grammar)) is not None \
            and (not answer.understood or not found_nothing(alone)):
        if in_setting(view, alone, f"during {topic[0]}") and "verdict" in alone.extra:
            alone.extra.update(verdict(alone, view))  # the verdict of the claims kept
        return alone
    owned = of_topic(*topic) if topic is not None else None
    # "the Pact - who holds the chair right now?": the chair of the Pact
    if owned is not None and (mine := _reworded(view, question, owned, f' (the topic "{topic[0]}" named first: asked '
                                                f'as "{owned}")', resolve, grammar)) is not None and not found_nothing(mine):
        return mine
    answer = as_government(view, question, answer, lambda text: ask(view, text, resolve=resolve, grammar=grammar))
    answer = heads_with_their_states(view, with_land_borders(view, answer))
    answer = with_verdict(answer, question) if answer.understood else answer
    envoy = of_their_state(view, question) if found_nothing(answer) else None
    # "did A call in B's ambassador?": the envoy the graph knows may be posted elsewhere; what is done to one is done to B
    if envoy is not None and (again := _reworded(view, question, envoy[0], f' ("{envoy[1]}" read as {envoy[2]}: nothing '
                                                 f'recorded of the envoy it names)', resolve, grammar)) and not found_nothing(again):
        return again
    return answer


def _names_arms(answer: Answer) -> bool:
    """Whether an answer was read with a weapon or a kind of arms."""
    query = answer.query or {}
    args = query.get("args") or {}
    return bool(query.get("weapon_category") or args.get("weapon") or args.get("weapons") or
                re.search(r"\bweapons?\b", answer.reading or ""))


def _reworded(view: nx.MultiDiGraph, question: str, rewritten: str, note: str, resolve, grammar) -> Answer | None:
    """The answer to ``rewritten``, shown as the answer to ``question`` with ``note`` saying how it was read; None
    when the rewritten question is not understood either."""
    answer = ask(view, rewritten, resolve=resolve, grammar=grammar)
    if not answer.understood:
        return None
    answer.question = question
    answer.reading += note
    return answer


def _answer(view: nx.MultiDiGraph, question: str, *, resolve: Resolver | None = None,
            grammar: Grammar | None = None) -> Answer:
    """Answer ``question`` from ``view``. ``resolve`` maps a name to an actor id (default: the
    names, aliases and gazetteer names of the actors in the view).

    The grammar's forms read the question first, without the time phrases and region words
    found anywhere in it (those narrow the answer afterwards); then the general reading of its
    parts (:mod:`diplograph.queries.focus`); then the loose reading; then, for a region named as
    a place ("in Central Asia"), the question without it, narrowed to the region's states."""
    grammar = grammar or load_grammar()
    coded = asked_by_code(question, lambda text: ask(view, text, resolve=resolve, grammar=grammar))
    if coded is not None:  # "CAMEO 19 events involving X": the fighting, kept to the events coded 19
        return coded
    shared = asked_of_each(question, lambda text: ask(view, text, resolve=resolve, grammar=grammar))
    if shared is not None:  # "korean howitzer buyers": South Korean, else North Korean
        return shared
    fragment = arms_fragment(view, question.strip())
    # "russian fighter jets in africa", "sam systems exported by russia": the transfers the phrase stands for
    if fragment is not None and (answer := _reworded(
            view, question, fragment, f' (arms asked by a noun phrase: asked as "{fragment}")', resolve, grammar)) is not None:
        return answer
    stay = stay_first(question)
    # "kora in ostburg, oct 2024 - who did she meet?": whom she met then; the place is no second party
    if stay is not None and (answer := _reworded(view, question, stay[0], f' (the stay "{stay[1]}" read as: '
                                                 f'{stay[0]!r}, in {stay[2]}; the stay itself not checked)', resolve, grammar)):
        kept_to_stay(view, answer, stay[2])
        return answer
    opinion = opinion_asked(view, grammar.normalise(question))
    # "would you call A and B rivals?": the plain yes-or-no ("are A and B rivals"), no phone call
    if opinion is not None and (answer := _reworded(
            view, question, opinion, f' (a view asked for: asked as "{opinion}")', resolve, grammar)) is not None:
        return answer
    side = side_asked(view, grammar.normalise(question))
    # "who's X with?": a person's affiliation, a state's or group's side; "which country's firm is X": its home
    if side is not None and (answer := _reworded(
            view, question, side, f' (whom or whose asked: asked as "{side}")', resolve, grammar)) is not None:
        return answer
    talked = talks_about(grammar.normalise(question))
    # "did A and B discuss C?": the talks between the two; C what they were about, no third party
    if talked is not None and (answer := _reworded(view, question, talked[0], f' (talks asked as "{talked[0]}"; '
                                                   f'not read: "{talked[1]}", what was discussed)', resolve, grammar)):
        return answer
    joined = receivers_joined(view, grammar.normalise(question))
    # "has A or B taken delivery of X?", no supplier named: each receiver asked alone
    if joined is not None and (answer := each_receiver_asked(
            view, question, joined, lambda text: ask(view, text, resolve=resolve, grammar=grammar))) is not None:
        return answer
    guest = guest_visit(view, question)
    # "who hosted Xi Jinping in 2014?", "who did Tajikistan host?": the other end of a visit
    if guest is not None and (answer := _reworded(
            view, question, guest, f' (a guest hosted: asked as "{guest}")', resolve, grammar)) is not None:
        return answer
    hosted = hosted_forces(grammar.normalise(question), grammar.forces_nouns)
    # "which countries host Russian troops?": where Russian troops are, not who hosted talks
    if hosted != grammar.normalise(question) and (answer := _reworded(
            view, question, hosted, f' (forces hosted: asked as "{hosted}")', resolve, grammar)) is not None:
        return answer
    channel = through_channel(grammar.normalise(question))
    # "does A go through B to talk to C?": whether B mediates between them
    if channel is not None and (answer := _reworded(
            view, question, channel, f' (a go-between said as a route: asked as "{channel}")', resolve, grammar)) is not None:
        return answer
    agreement = agreed_on(grammar.normalise(question))
    # "did A and B agree on pulling the peacekeepers out?": whether they agreed, the clause what about
    if agreement is not None and (answer := _reworded(
            view, question, agreement[0], f' (not read: "{agreement[1]}", what was agreed)', resolve, grammar)) is not None:
        return answer
    labelled = label_read(view, question)
    # "cow data, 2010 - was A allied with B?": the question in 2010, per COW
    if labelled is not None and (answer := _reworded(
            view, question, labelled[0], f' (the label "{labelled[1]}": asked as "{labelled[0]}")', resolve, grammar)) is not None:
        return answer
    outcome = talks_outcome(view, grammar.normalise(question))
    # "A-B talks in May - did they reach a deal?": whether the two agreed then
    if outcome is not None and (answer := _reworded(
            view, question, outcome, f' (what the talks produced: asked as "{outcome}")', resolve, grammar)) is not None:
        return answer
    incident = incident_reaction(view, grammar.normalise(question))
    if incident is not None:  # "who objected when X brought its launcher to P?": a reaction to X, over that
        answer = ask(view, incident[0], resolve=resolve, grammar=grammar)
        if answer.understood:
            answer.question = question
            answer.reading += f' (a reaction to an incident: asked as "{incident[0]}")'
            about_incident(answer, incident[1])
            return answer
    purposeless = without_purpose(grammar.normalise(question))
    # "who sent troops to fight the insurgents in P?": the troops sent to P
    if purposeless is not None and (answer := _reworded(
            view, question, purposeless, f' (forces sent for a purpose: asked as "{purposeless}")', resolve, grammar)) is not None:
        return answer
    backing = backing_asked(view, grammar.normalise(question))
    # "is Ostia really behind the Kite Brigade?": does Ostia back or arm it
    if backing is not None and (answer := _reworded(
            view, question, backing, f' (one behind another: asked as "{backing}")', resolve, grammar)) is not None:
        return answer
    alone = asked_alone(view, grammar.normalise(question))
    # "Sherali Mirzo?", "Tell me about the ELN": who or what it is
    if alone is not None and (answer := _reworded(
            view, question, alone, " (a name asked alone: who or what it is)", resolve, grammar)) is not None:
        return answer
    said = question.replace("’", "'")
    for asked, kept in ((source_asked(said), reads_supply), (maker_asked(said), reads_maker),
                        (one_side_asked(view, said), lambda a: a.understood)):
        # "X's frigates - from whom?": their suppliers; "Y - whose drone is it?": its maker; "A and B: what has A done?"
        if asked is not None and kept(answer := ask(view, asked, resolve=resolve, grammar=grammar)):
            answer.question, answer.reading = question, answer.reading + f' (asked as "{asked}")'
            return answer
    person = who_is_asked(view, grammar.normalise(question), grammar.types)
    # "which government is she in", "X, whose minister is she": who the person is
    if person is not None and (answer := _reworded(view, question, person, f' (asked as "{person}")', resolve, grammar)):
        return answer
    restricted = closing_type(grammar, question)
    if restricted is not None:  # "who arms X? countries only": the question, its answers of that type
        answer = ask(view, restricted[0], resolve=resolve, grammar=grammar)
        if answer.understood:
            answer.question = question
            return kept_to_type(answer, *restricted[1:])
    named = source_named(view, grammar.normalise(question))
    if named is not None:  # "Mongolia's allies according to COW?": only that source's claims
        answer = ask(view, named[0], resolve=resolve, grammar=grammar)
        if answer.understood:
            answer.question = question
            return by_source(view, answer, *named[1:])
    account = according_to_doer(grammar.normalise(question)) if named is None else None
    # "according to Ostia, which groups did it strike?": which groups did Ostia strike
    if account is not None and (answer := _reworded(
            view, question, account, f' (the account of the one named first, whose claims are not told apart: asked as "{account}")', resolve, grammar)) is not None:
        return answer
    people = through_people(grammar, grammar.normalise(question))
    if people is not None:  # "Which country's leader flew into Doha first?": the states of the leaders
        answer = ask(view, people[0], resolve=resolve, grammar=grammar)
        if answer.understood:
            answer.question = question
            return their_states(view, answer, people[1])
    # "akinci drones in mali - supplier?": as typed too, before "are" is put first for a clipped yes-or-no
    for asked in keyword_questions(view, grammar.normalise(question)) or keyword_questions(view, question.strip(" ?!.")):
        answer = ask(view, asked, resolve=resolve, grammar=grammar)
        if answer.understood:  # "kyrgyzstan drone suppliers", "CSTO leader?": the question they stand for
            answer.question = question
            answer.reading += f' (typed as keywords, asked as "{asked}")'
            return answer
    pairs = pairs_asked(view, grammar.normalise(question))
    if pairs is not None:  # "who's fighting who in Central Asia": every pair in the relation
        pairs.question = question
        return _as_of(pairs)
    compound = _compound(view, grammar, question, resolve)
    if compound is not None:
        return compound
    circle = among_circle(grammar.normalise(question), lambda part: ask(view, part, resolve=resolve, grammar=grammar))
    if circle is not None:  # "Which of Tajikistan's suppliers also arm Uzbekistan?"
        circle.question = question
        return circle
    leaving = left_out(view, grammar.normalise(question))
    if leaving is not None:  # "Apart from Panama, who has Trump threatened?"
        answer = ask(view, leaving[0], resolve=resolve, grammar=grammar)
        answer.question = question
        return without(answer, *leaving[1:]) if answer.understood else answer
    asked = on_occasion(grammar.normalise(question), lambda text: ask(view, text, resolve=resolve, grammar=grammar))
    if asked is not None:  # "When Muttaqi was in New Delhi, whom did he meet?": in its own terms
        asked.question = question
        return asked
    going_on = ended_question(grammar.normalise(question))
    if going_on is not None:  # "Who stopped buying from X?": who was buying, kept to what ended
        answer = ask(view, going_on, resolve=resolve, grammar=grammar)
        answer.question = question
        return only_ended(answer) if answer.understood else answer
    answered = words_answered(grammar.normalise(question))
    if answered is not None:  # "Who hit back at X's remark?": criticism of X
        answer = ask(view, answered[0], resolve=resolve, grammar=grammar)
        if answer.understood:
            answer.question = question
            answer.reading += f" (hitting back at {answered[1]}: read as " \
                              f"{'a rejection' if 'rejected' in answered[0] else 'criticism'} of the speaker)"
            return answer
    response = responded_to(grammar.normalise(question))
    if response is not None:  # "What did A do about B's deal with C?": A's acts toward B
        answer = ask(view, response[0], resolve=resolve, grammar=grammar)
        if answer.understood:
            answer.question = question
            return acts_of(answer, ((answer.query or {}).get("args") or {}).get("subject"), response[1])
    unplanned = without_plans(grammar.normalise(question))
    if unplanned is not None:  # "who has X met? not the planned ones": what happened, or is under way
        answer = ask(view, unplanned, resolve=resolve, grammar=grammar)
        if answer.understood:
            answer.question = question
            narrow(answer, lambda e: e.modality != "planned")
            if "verdict" in answer.extra:
                answer.extra.update(verdict(answer, view))
            answer.reading += " (planned ones left out)"
            return answer
    deeds = answer_deeds(view, grammar.normalise(question), lambda text: ask(view, text, resolve=resolve, grammar=grammar))
    if deeds is not None:  # "What did the ELN do in Catatumbo?": its own acts, there
        deeds.question = question
        return deeds
    done = done_to(grammar.normalise(question))
    if done is not None:  # "What has A done to B (when ...)?": A's own acts toward B
        answer = _read(view, done[0], resolve, grammar)
        if answer.understood:
            answer.question = question
            try:
                actor = (resolve or (lambda name: find_actor(view, name)))(done[1])
            except ActorNotFound:
                actor = ((answer.query or {}).get("args") or {}).get("subject")
            if done[3] and not has_acts(answer, actor):  # "over the drones": a reason none of its acts is about
                again = _read(view, done[0][:-len(done[3])].strip(), resolve, grammar)
                answer = again if has_acts(again, actor) else answer
                answer.question = question
                answer.reading += f" (not used: '{done[3]}': none of its acts is about it)" if again is answer else ""
            answer = acts_of(answer, actor, "")
            if done[2]:
                answer.reading += f" (not read: \"{done[2]}\", taken as the occasion)"
            return answer
    mission = mission_asked(view, grammar.normalise(question))
    if mission is not None:  # "SADC mission in X - which countries contributed troops?": a presence in X
        answer = ask(view, mission[0], resolve=resolve, grammar=grammar)
        if answer.understood:
            answer.question = question
            answer.reading += f' ({mission[1]}: asked as "{mission[0]}")'
            return answer
    body = body_before_type(grammar.normalise(question))
    if body is not None and body_of(view, body[0]) is not None:  # "Which SADC members sent troops to X?"
        answer = ask(view, body[2], resolve=resolve, grammar=grammar)
        if answer.understood:
            answer.question = question
            return kept_to_body(view, answer, body_of(view, body[0]), body[0])
    opening = choice_opening(view, grammar.normalise(question))  # "A or B - who sold more arms to X?"
    if opening is not None and (chosen := ask(view, opening[0], resolve=resolve, grammar=grammar)).understood:
        chosen.question = question
        return kept_to_choice(chosen, opening[1])
    answer = _read(view, question, resolve, grammar)
    backers = backers_asked(view, grammar.normalise(question)) if not (answer.answers or answer.flagged) else None
    if backers is not None:  # "who is behind the Kite Brigade?": no leader named, so who backs it
        again = ask(view, backers, resolve=resolve, grammar=grammar)
        if again.understood and (again.answers or again.flagged):
            again.question = question
            again.reading += f' (no leader of it in the graph: asked as "{backers}")'
            return again
    if answer.understood:  # "who took over the chair in May": the leadership begun then (takeover.py)
        return taken_over(delivered_only(coded_by_verb(answer, question), grammar.normalise(question)), question)
    signed = document_signed(grammar.normalise(question))
    if signed is not None:  # "when was the Tamarind Treaty signed": the dates of the claims that name it
        parties = ask(view, f"who signed {signed}", resolve=resolve, grammar=grammar)
        if parties.understood and parties.evidence:
            return dated(parties, question, signed)
    # "who is backing X's army, A or B?": only those may answer; never when the names read as the
    # question's own parties ("who sanctioned A, B or C")
    choice = choice_between(view, grammar.normalise(question))
    if choice is not None:
        chosen = ask(view, choice[0], resolve=resolve, grammar=grammar)
        if chosen.understood:
            chosen.question = question
            return kept_to_choice(chosen, choice[1])
    return read_again(view, grammar, question, lambda text: ask(view, text, resolve=resolve, grammar=grammar)) or answer


def _read(view: nx.MultiDiGraph, question: str, resolve: Resolver | None, grammar: Grammar) -> Answer:
    """The answer to ``question`` once no rewording applies: how many, the grammar's forms, the general
    reading, the loose reading (see :func:`ask`)."""
    counted = quantity_noun(grammar, question)
    if counted is not None:  # "How many drones did X buy from Y?": units, from the numbers the claims give
        answer = answer_quantity(view, grammar, question, counted)
        if answer is not None:
            return _as_of(answer)
    focus = question_focus(grammar, question)
    qualifying: list = []  # the regions that qualify the answers ("Which *Central Asian* republics ...")
    if focus != "when":
        core, window, regions = _core(view, grammar, question, focus)
        qualifying = [r for r in regions if not isinstance(r, str)]
        answer = _ask(view, core, resolve=resolve, grammar=grammar, window=window, loosely=False)
        if not answer.understood and (core, window) != (question, {}):
            answer = _ask(view, question, resolve=resolve, grammar=grammar, loosely=False)
            regions = []
        aside = answer.extra.pop("_aside", None)
        if answer.understood and aside is not None:
            # "Who is China *in a territorial dispute with*?": a form read the question without
            # words the general reading uses whole; it answers then
            general = answer_generally(view, question, grammar)
            if general is not None and "(not used:" not in general.reading:
                return general
        if answer.understood:
            answer.question = question
            return _refined(view, grammar, question, answer, focus, regions)
        if (answer.query or {}).get("refused"):
            return answer
    general = answer_generally(view, question, grammar)
    if general is not None and ((general.query or {}).get("coordinated") or (general.query or {}).get("led")
                                or ((general.query or {}).get("args") or {}).get("weapon")):
        return general  # "does X back or cooperate with", "bought JF-17s": the loose reading would drop a word
    if focus == "list":
        answer = _ask(view, question, resolve=resolve, grammar=grammar)
        if answer.understood and not (general is not None and (_main_verb_first(grammar, question, general, answer)
                                                                or _place_set_aside(view, general, answer)
                                                                or _topic_word(general, answer, question))):
            return _refined(view, grammar, question, answer, focus, qualifying)
    if general is not None:
        return general
    answer = _ask(view, question, resolve=resolve, grammar=grammar)
    # "Which countries in Central Asia buy Turkish drones?": the question without the region,
    # its answers kept to the region's states
    for rest, region in _region_filters(question):
        narrowed = _ask(view, rest, resolve=resolve, grammar=grammar)
        if narrowed.understood:
            narrowed.question = question
            narrowed.query = {**(narrowed.query or {}), "only_region": region.name}
            return _refined(view, grammar, question, narrowed, focus, [region])
    if answer.understood:
        return _refined(view, grammar, question, answer, focus, [])
    moved = preposition_last(grammar.normalise(question))
    if moved is not None:  # "Against whom has X used coercive measures?": whom has X used them against
        retry = ask(view, moved, resolve=resolve, grammar=grammar)
        if retry.understood:
            retry.question = question
            return retry
    return answer


def _main_verb_first(grammar: Grammar, question: str, general: Answer, loose: Answer) -> bool:
    """Whether the general reading took the main verb and the loose reading a word after it, in a
    clause of its own ("Who *brokered* the compromise that ended Sofia's *veto*?")."""
    relation = (general.query or {}).get("relation") or {}
    trigger = ((loose.query or {}).get("form") == "loose") and re.search(r'from the words "([^"]+)"', loose.reading)
    if not relation.get("verb") or not trigger:
        return False
    words = [w.lower() for w in re.findall(r"\w(?:[\w.\-]*\w)?|'s\b", grammar.normalise(question))]

    def position(said: list[str]) -> int:
        return next((i for i in range(len(words)) if words[i:i + len(said)] == said), -1)

    main, other = relation["words"].lower().split(), trigger.group(1).lower().split()
    start, end = position(main), position(other)
    return 0 <= start and start + len(main) <= end and bool(_CLAUSE_OPENERS & set(words[start + len(main):end]))


def _place_set_aside(view, general: Answer, loose: Answer) -> bool:
    """Whether the loose reading asked about the actor the general reading set aside as unused, having read
    another one, nearer the relation word, as the party ("which govts back *hafter* in *libya*": a misspelt
    name the loose reading cannot find, the place after it only where)."""
    ours, theirs = (((a.query or {}).get("args") or {}).get("actor") for a in (general, loose))
    if not ours or not theirs or ours == theirs or theirs not in view:
        return False
    unused = general.reading.partition("(not used:")[2]
    return f"'{view.nodes[theirs].get('name')}'" in unused


def _topic_word(general: Answer, loose: Answer, question: str) -> bool:
    """Whether the loose reading took its word from the topic named before the dash, which the general reading set
    aside as the occasion, having read the relation in the question after it ("jan raids - which groups did X hit")."""
    trigger = re.search(r'from the words "([^"]+)"', loose.reading)
    topic = re.split(r"\s[-–—]\s|:\s", question, maxsplit=1)
    unused = general.reading.partition("(not used:")[2]
    return bool(trigger and len(topic) == 2 and (general.query or {}).get("relation")
                and f"'{trigger.group(1)}'" in unused and trigger.group(1).lower() in topic[0].lower())


# Words that open a clause of its own after a question's main verb ("the compromise *that* ended ...").
_CLAUSE_OPENERS = frozenset({"that", "which", "who", "whom", "whose", "where", "when", "after", "before", "because",
                             "while", "since", "until"})


_COMPOUND = re.compile(r",?\s+and\s+(?=(?:who|whom|which|what)\b)", re.IGNORECASE)


def _compound(view, grammar: Grammar, question: str, resolve) -> Answer | None:
    """Two questions in one ("Whom has Russia attacked, and who has criticised Russia?"): each
    asked, the answers merged; None unless the question splits so and both halves are read."""
    parts = _COMPOUND.split(grammar.normalise(question))
    if len(parts) != 2:
        return None
    replies = [ask(view, part, resolve=resolve, grammar=grammar) for part in parts]
    if not all(r.understood for r in replies):
        return None
    merged = Answer(question, True, " + ".join(r.reading for r in replies))
    seen = set()
    for reply in replies:
        merged.answers += [a for a in reply.answers if not (a.id in seen or seen.add(a.id))]
        merged.evidence += reply.evidence
        merged.details += reply.details
    merged.flagged = [f for r in replies for f in r.flagged if f.actor.id not in seen]
    merged.query = {"form": "compound", "parts": [r.query for r in replies]}
    return merged


def question_focus(grammar: Grammar, question: str) -> str:
    """What a question asks for: list (who, which, where), count (how many), yesno, or when."""
    from diplograph.queries.general import _focus, existential

    words = grammar.normalise(question).lower().split()
    if existential(question):
        return "yesno"
    return _focus(words) if words else "list"


def _core(view, grammar: Grammar, question: str, focus: str) -> tuple[str, dict, list]:
    """The question without its time phrases and the region words that qualify its answers,
    "how many" asked as "which", the window those phrases set, and the regions (with a note for
    each time phrase that could not be dated, to be said in the reading)."""
    from diplograph.queries.general import event_in_graph
    from diplograph.queries.named import _region_words, newest_date
    from diplograph.queries.when import time_phrases

    text = grammar.normalise(question)
    window: dict = {}
    phrases = [p for p in time_phrases(text, newest_date(view), lambda phrase: event_in_graph(view, phrase, grammar, text))
               if not p.soft]
    for phrase in reversed(phrases):
        text = text[:phrase.start] + " " + text[phrase.end:]
        window.update(phrase.window)
    text, regions = _region_words(text)
    regions = [*regions, *(f"not used: {p.text!r}: {p.note}" for p in phrases if not p.window),
               *(p.note for p in phrases if p.window and p.note and p.how in ("event", "known event"))]
    if focus == "count":
        text = re.sub(r"^how\s+(?:many|much)\s+(?=(?:is|are|was|were|has|have|had|did|do|does)\b)", "who ", text,
                      flags=re.IGNORECASE)
        text = re.sub(r"^how\s+(?:many|much)\s+", "which ", text, flags=re.IGNORECASE)
    # a time phrase opening the question leaves its comma behind ("Since 2015, who sold arms to X?")
    text = " ".join(text.split()).lstrip(",;: ")
    return (question, {}, regions) if not phrases and text == grammar.normalise(question) else (text, window, regions)


def _refined(view, grammar: Grammar, question: str, answer: Answer, focus: str = "list", regions=()) -> Answer:
    """The answer narrowed by what the question says beyond its form: a weapon category ("Who
    supplies *drones* to X?" keeps the claims about drones, see :mod:`diplograph.queries.refine`),
    the regions its answers must be in ("Which *Gulf* states ..."); with a count ("how many") or a
    verdict (a yes-or-no question) when it asks for one."""
    for region in regions:
        if isinstance(region, str):  # a phrase left unread ("before the Pretoria deal", undated)
            answer.reading += f" ({region})"
            continue
        answer.answers = [a for a in answer.answers if in_region(view, a.id, region)]
        answer.flagged = [f for f in answer.flagged if in_region(view, f.actor.id, region)]
        answer.evidence = [e for e in answer.evidence
                           if in_region(view, e.subject.id, region) or in_region(view, e.object.id, region)]
        answer.reading += f", only in {region.name}"
    args = (answer.query or {}).get("args") or {}
    text = grammar.normalise(question)
    for phrase in sorted((w for w in grammar.types if " " in w), key=len, reverse=True):
        text = re.sub(rf"\b{re.escape(phrase)}\b", " ", text, flags=re.IGNORECASE)  # "think tanks" are no tanks
    named = [str(n) for n in (args.get("weapon"), args.get("thing")) if isinstance(n, str) and n]
    named += [word for name in args.get("brand_weapons") or () for word in name.split()]
    # a named system is narrower than any category, but a category or another model said beside it tells
    # apart two systems of one name ("Typhoon jets", "the Eurofighter Typhoon": not SIPRI's Typhoon APCs)
    for name in named:
        text = re.sub(rf"(?<![\w-]){re.escape(name)}(?:s|'s)?(?![\w-])", " ", text, flags=re.IGNORECASE)
    mentions = load_weapons().named_in(text)
    category = mentions[0].category.id if mentions else named and load_weapons().model_named_in(text)
    if category:  # beside a named system, the category only describes it when no claim files it so ("aegir missiles")
        (by_category_beside if named else by_category)(view, answer, category)
    by_kind(answer, question)
    asked = ((answer.query or {}).get("args") or {}).get("actor")
    asked = asked if isinstance(asked, str) and asked in view else None
    if asked and {"neighbours", "neighbors"} & set(grammar.normalise(question).lower().split()[:3]):
        note_neighbours(view, answer, asked)  # "Which neighbours have the Taliban threatened?": said
    if focus in ("list", "count"):  # "Whom did Lee hold summits with?": persons, not also their states
        persons_for_states(view, answer, asked)
    if superlative(question):  # "who did X visit most": the visits counted, not every meeting
        coded_by_verb(answer, question)
    rank(answer, question)  # "Who is Ukraine's biggest arms supplier?"
    count_by_year(answer, question)  # "... per year?"
    if focus == "count":
        answer.extra["count"] = len(answer.answers)
    if focus == "yesno" and (answer.query or {}).get("function") == "evidence":
        answer.extra.update(verdict(answer, view))
    return _as_of(answer)


def _as_of(answer: Answer) -> Answer:
    """An answer resting on datasets says where they end ("as of 2014: COW IGO ..."), for they
    say nothing of what came after."""
    ends = {}
    for e in answer.evidence:
        if e.source.coverage_end:
            ends.setdefault(e.source.id, e.source)
    if ends:
        answer.details.extend(f"as of {s.coverage_end}: {s.label} covers up to then" for s in
                              sorted(ends.values(), key=lambda s: (s.coverage_end, s.label)))
        answer.extra["as_of"] = {s.label: s.coverage_end for s in ends.values()}
    return answer


def _region_filters(question: str):
    """(the question without "in <region>", the region) for each region phrase in it."""
    for found in re.finditer(r"\b(?:in|from|across|among|of)\s+((?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)",
                             question):
        region = region_named(found.group(1))
        if region is not None:
            yield " ".join((question[:found.start()] + question[found.end():]).split()), region


def _ask(view: nx.MultiDiGraph, question: str, *, resolve: Resolver | None = None,
         grammar: Grammar | None = None, window: dict | None = None, loosely: bool = True) -> Answer:
    grammar = grammar or load_grammar()
    resolve = resolve or (lambda name: find_actor(view, name))
    failures: list[tuple[Match, SlotError]] = []
    readings = [(question, dict(window or {}))]
    readings += [(rest, window) for rest, phrase in grammar.qualified(question)
                 if (window := _window(phrase)) is not None]
    # A question no form reads may still have a loose reading, unless a form found the ontology
    # against it or it carries a time phrase that is not a date ("in the twenties").
    unread = [phrase for _, phrase in grammar.qualified(question)
              if _window(phrase) is None and not any(_names_an_actor(view, text) for text in phrase.values())]
    undated = bool(unread)
    # tried last, the whole question first; never to drop a time phrase that is not a date
    timely = any(grammar.sounds_temporal(text) for phrase in unread for text in phrase.values())
    asides: dict[str, str] = {}
    aside_windows: dict[str, dict] = {}
    for said, said_window in ([] if timely else readings[1:] + readings[:1]):
        # "who did A sign with at the White House in May 2024": the place left aside, the time kept
        for rest, aside in grammar.without_asides(said):
            if aside.split(" ", 1)[0].lower() in ("in", "at") and _names_an_actor(view, aside.split(" ", 1)[-1]) \
                    and not venue(view, aside):
                continue  # "... in Tajikistan": a party, not a place to leave aside
            asides.setdefault(rest, aside)
            aside_windows.setdefault(rest, said_window)
    for text, window in readings + [(rest, aside_windows[rest]) for rest in asides]:
        for match in grammar.matches(text):
            if window and match.form.query not in WINDOWED:
                continue
            try:
                slots = resolve_slots(view, grammar, match, resolve)
            except SlotError as error:
                region = region_named(error.text) if error.text == match.slots.get("actor") else None
                answer = _over_region(view, grammar, question, text, match, region, window, resolve) \
                    if region is not None else None
                if answer is not None:
                    return answer
                failures.append((match, error))
                continue
            if match.form.query in ("ties", "evidence") and (match.form.params.get("predicates") or match.relation):
                window = held_window(match.form.params.get("predicates") or grammar.relations[match.relation], window)
            answer = Answer(question, True)
            HANDLERS[match.form.query](view, grammar, match, {**slots, "window": window},
                                       answer_types(grammar, match, text), answer)
            answer.query = {"form": match.form.id, "function": match.form.query, **(answer.query or {})}
            if match.slots.get("topic") and not in_meeting(answer, match.slots["topic"]):
                answer.reading += f" (not used to narrow: \"{match.slots['topic']}\")"
            if text in asides and not in_meeting(answer, asides[text]) and not in_setting(view, answer, asides[text]):
                answer.reading += f" (not read: \"{asides[text]}\")"
                answer.extra["_aside"] = asides[text]  # taken out by ask(): the general reading may read it
            if text in asides and venue(view, asides[text]):  # where it was done is not who did it
                without(answer, find_actor(view, asides[text].partition(" ")[2]), "the place named")
            if window:
                answer.query["window"] = window
                answer.reading += _window_text(window)
            return answer
    if loosely and not undated and not any(error.misplaced for _, error in failures):
        for text, window in reversed(readings):  # with its time phrase read as one, if any
            answer = _loose(view, grammar, question, text, window)
            if answer is not None:
                return answer
    return not_understood(grammar, question, failures)


# The queries a region may stand in for an actor in ("Who supplies drones to Central Asia?").
REGIONAL = frozenset({"suppliers", "recipients", "ties", "partners", "adversaries"})


def _over_region(view, grammar: Grammar, question: str, text: str, match: Match, region, window: dict,
                 resolve: Resolver) -> Answer | None:
    """The question asked of each member state of ``region`` in the graph, answers merged; None
    when the form is not one a region can stand in or no member is in the graph."""
    members = [node for node in region.members if node in view]
    if match.form.query not in REGIONAL or not members:
        return None
    merged, readings = Answer(question, True), []
    seen, flagged = set(), {}
    for node in members:
        name = view.nodes[node].get("name", node)
        part_match = dataclasses.replace(match, slots={**match.slots, "actor": name})
        try:
            slots = resolve_slots(view, grammar, part_match, resolve)
        except SlotError:
            return None  # the ontology refuses the form for a state: so for the region
        part = Answer(question, True)
        HANDLERS[match.form.query](view, grammar, part_match, {**slots, "window": window},
                                   answer_types(grammar, match, text), part)
        readings.append(part.reading.replace(name, region.name))
        for ref in part.answers:
            if ref.id not in seen:
                seen.add(ref.id)
                merged.answers.append(ref)
        for flag in part.flagged:
            flagged.setdefault(flag.actor.id, flag)
        merged.evidence += part.evidence
    merged.flagged = [flag for key, flag in flagged.items() if key not in seen]
    merged.reading = (readings[0] + ", asked of each of its states in the graph: "
                      + ", ".join(view.nodes[n].get("name", n) for n in members)
                      + (_window_text(window) if window else ""))
    merged.query = {"form": match.form.id, "function": match.form.query, "region": region.name, "members": members}
    if window:
        merged.query["window"] = window
    return merged


def _names_an_actor(view, text: str) -> bool:
    """Whether ``text`` is a name in the graph ("from Rhun" reads like a time phrase, but is not)."""
    try:
        find_actor(view, text)
    except ActorNotFound:
        return False
    return True


def _loose(view, grammar: Grammar, question: str, text: str, window: dict) -> Answer | None:
    """The answer to the loose reading of ``text`` (see :mod:`diplograph.queries.loose`), or None."""
    reading = read_loosely(view, text, grammar)
    if reading is None:
        return None
    predicates, types = list(reading.predicates), reading.types
    if types and not _answers_can_be(predicates, reading.direction, types):
        return None  # "What weapons does Serbia buy?": weapons do not buy; better unread than misread
    found, weapon = [], reading.weapon
    if weapon and reading.direction != "both" and set(predicates) <= set(supply_predicates()):
        query = suppliers if reading.direction == "in" else recipients
        found = query(view, reading.actor, weapon=weapon, predicates=predicates, actor_types=types,
                      all_modalities=True, **window)
    window = held_window(predicates, window)
    if not found:
        weapon = None  # no claim names the weapon: every relation of the kind is shown, and the reading says so
        found = ties(view, reading.actor, predicates=predicates, direction=reading.direction, actor_types=types,
                     all_modalities=True, **window)
    answer = Answer(question, True)
    fill_from_ties(answer, found)
    side = {"in": "subjects", "out": "objects", "both": "either side"}[reading.direction]
    answer.reading = (f"loosely, from the words \"{reading.trigger}\": {', '.join(predicates)} relations of "
                      f"{actor_name(view, reading.actor)} ({side})" + (f", only {', '.join(types)}" if types else "")
                      + (f", naming {weapon}" if weapon else "")
                      + (f" (no claim names {reading.weapon})" if reading.weapon and not weapon else "")
                      + (_window_text(window) if window else ""))
    answer.query = {"form": "loose", "function": "ties",
                    "args": {"actor": reading.actor, "predicates": predicates, "direction": reading.direction,
                             "actor_types": types, "weapon": weapon}}
    if window:
        answer.query["window"] = window
    return answer


def _answers_can_be(predicates, direction: str, types) -> bool:
    """Can an actor of one of ``types`` stand at the answer's end of one of ``predicates`` (the
    subject when the asked actor is the object, ``direction`` "in")?"""
    onto = load_ontology()
    for name in predicates:
        predicate = onto.predicate(name)
        if direction == "both" or predicate.symmetric:
            allowed = predicate.subject_types | predicate.object_types
        else:
            allowed = predicate.subject_types if direction == "in" else predicate.object_types
        if set(types) & set(allowed):
            return True
    return False


def _window(phrase: dict[str, str]) -> dict[str, str] | None:
    """since/until/as_of dates (ISO) from a time phrase's parts; None if a date does not parse."""
    window = {}
    try:
        for key, text in phrase.items():
            date = PartialDate.parse(text)
            if key == "after":
                window["since"] = (date.end() + dt.timedelta(days=1)).isoformat()
            elif key == "before":
                window["until"] = (date.start() - dt.timedelta(days=1)).isoformat()
            else:
                window[key] = date.iso
    except ValueError:
        return None
    return window


def _window_text(window: dict) -> str:
    if "as_of" in window:
        return f", as of {window['as_of']}"
    return f", claims dated {window.get('since', '…')} to {window.get('until', '…')}"
