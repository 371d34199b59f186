"""What one actor did to another ("What has A done to B?"), or in answer to another's move: "What
did A do about B's deal with C?", "How did A respond to B's tests?", "How has A reacted to B's decision?".

The question is asked as "What did A do to B?" (every relation from A to B, read by the forms
that answer it), then kept to A's own acts toward B (claims with A as subject whose predicate is
directed: a border or a dispute is no act). The move itself ("B's deal with C") is not read as a
relation of A's: the reading says it was taken as the occasion, not checked against the claims.

>>> responded_to("What did Mogadishu do about Ethiopia's port deal with Somaliland?")
('what did Mogadishu do to Ethiopia', "Ethiopia's port deal with Somaliland")
>>> responded_to("how has Seoul reacted to Pyongyang's missile tests")
('what did Seoul do to Pyongyang', "Pyongyang's missile tests")
>>> responded_to("What did Seoul do to Pyongyang?") is None
True

Hitting or pushing back at someone's words or plans ("Who hit back at Macron's remark that ...?", "who pushed
back against X's interest in Y") answers them in words: it is asked as criticism of the speaker (of a plan, as its rejection);
hitting back at someone stays a retaliation (a strike or a punitive measure, the grammar's RETALIATION).

>>> words_answered("Who hit back at Macron's remark that Africans forgot to say thanks?")
('Who criticised Macron', "Macron's remark that Africans forgot to say thanks")

What one actor did, somewhere or at all ("What did the ELN do in Catatumbo?", "What has Parva done?"): its
timeline kept to its own acts (claims it is the subject of, of directed predicates that are no standing
fact: a base or a membership is no act), and to the claims whose sentence names the place said, else
whose source title does, when any does.

>>> deeds_asked("What did the Selva Group do in Tarn?")
('what is going on with the Selva Group', 'the Selva Group', 'Tarn')
>>> deeds_asked("what has Parva done")
('what is going on with Parva', 'Parva', '')
>>> deeds_asked("What did Parva do to Quell?") is None
True
"""

from __future__ import annotations

import re

from diplograph.graph.ontology import load_ontology
from diplograph.queries.answer import Answer
from diplograph.queries.focus import by_family

_AUX = r"(?:did|does|do|has|have|had)"
_MOVE = r"(?P<move>(?P<other>[\w .'’-]+?)(?:'s|’s|s'|s’)\s+(?P<what>[\w .,'’-]+?))"
_RESPONSES = [
    re.compile(rf"^what\s+{_AUX}\s+(?P<actor>[\w .'’-]+?)\s+(?:do|done|say|said)\s+(?:about|in response to|over|"
               rf"in reply to|in return for|against)\s+{_MOVE}\s*\??$", re.IGNORECASE),
    re.compile(rf"^how\s+{_AUX}\s+(?P<actor>[\w .'’-]+?)\s+(?:respond|responded|react|reacted|reply|replied|"
               rf"answer|answered|retaliate|retaliated)\s+(?:to|against)\s+{_MOVE}\s*\??$", re.IGNORECASE),
]


_WORDS_ANSWERED = re.compile(
    r"^(?P<wh>who|whom|(?:which|what)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:(?:has|have|had|did)\s+)?"
    r"(?:hit|hits|hitting|fired|fire|fires|firing|struck|strike|strikes|striking|lashed|lash|lashes|shot|shoot|shoots|"
    r"pushed|push|pushes|pushing|snapped|snap|snaps|snapping|clapped|clap|claps|clapping)"
    # the words may be quoted or described before the noun ("X's 'forgot to say thank you' remark", "X's latest remarks")
    r"\s+back\s+(?:at|against)\s+(?P<said>(?P<speaker>[\w .'’-]+?)(?:'s|’s|s'|s’)\s+(?:(?:'[^']+'|\"[^\"]+\"|[\w-]+)\s+){0,4}?"
    r"(?:remark|remarks|comment|comments|"
    r"words|statement|statements|criticism|claim|claims|accusation|accusations|speech|post|posts|tweet|tweets|"
    r"jibe|jibes|jab|jabs|rebuke|complaint|complaints|"
    # what someone wants or proposes, pushed back against as much as what they said
    r"interest|plan|plans|proposal|proposals|bid|bids|idea|ideas|demand|demands|call|calls|offer|offers|ambitions|"
    r"designs|push|overtures|suggestion|suggestions|decision|announcement)\b.*?)\s*\??$", re.IGNORECASE)


def words_answered(question: str) -> tuple[str, str] | None:
    """("who criticised X", "X's remark ...") when ``question`` asks who hit back at X's words; else None.

    >>> words_answered("which officials pushed back at Vance's 'no free lunch' remark")[0]
    'which officials criticised Vance'
    >>> words_answered("who pushed back against Vance's interest in the islands")[0]
    'who rejected Vance'
    """
    found = _WORDS_ANSWERED.match(" ".join(question.split()))
    if not found:
        return None
    planned = re.search(_PLANS, found["said"], re.IGNORECASE) is not None  # a plan is rejected, words criticised
    return f"{found['wh']} {'rejected' if planned else 'criticised'} {found['speaker'].strip()}", found["said"].strip()


_PLANS = (r"\b(?:interest|plan|plans|proposal|proposals|bid|bids|idea|ideas|demand|demands|call|calls|offer|offers|"
          r"ambitions|designs|push|overtures|suggestion|suggestions|decision|announcement)\b")


# "What has A done to B?", "What did A do to B when ...?": A's own acts toward B; a closing
# clause that dates or explains it ("when the contract was scrapped") is the occasion, not read
_DONE_TO = re.compile(rf"^what\s+{_AUX}\s+(?P<actor>[\w .'’-]+?)\s+(?:do|done)\s+(?:to|against)\s+"
                      r"(?P<other>[\w .'’()-]+?)(?:\s+(?P<reason>(?:over|about|regarding|concerning)\s+[\w .'’()-]+?))?"
                      r"(?:\s+(?P<occasion>(?:when|after|once|as|while|because)\s+.+?))?\s*\??$",
                      re.IGNORECASE)


def done_to(question: str) -> tuple[str, str, str, str] | None:
    """("what did A do to B", A, the occasion or "", the reason or "") when ``question`` asks what A did to B;
    else None. A reason ("over the drones") stays in the question asked, and is said apart so that it can be
    dropped when none of A's acts is about it.

    >>> done_to("What did Parva do to Quell when the pact was torn up?")
    ('what did Parva do to Quell', 'Parva', 'when the pact was torn up', '')
    >>> done_to("what has Parva done to Quell in 2024")
    ('what did Parva do to Quell in 2024', 'Parva', '', '')
    >>> done_to("what has Parva done to Quell over the drones?")
    ('what did Parva do to Quell over the drones', 'Parva', '', 'over the drones')
    """
    found = _DONE_TO.match(" ".join(question.split()))
    if not found:
        return None
    actor, reason = found["actor"].strip(), (found["reason"] or "").strip()
    return (f"what did {actor} do to {found['other'].strip()}" + (f" {reason}" if reason else ""), actor,
            (found["occasion"] or "").strip(), reason)


def has_acts(answer: Answer, actor: str | None) -> bool:
    """Whether ``answer`` holds a claim of ``actor``'s own act (see ``acts_of``)."""
    onto = load_ontology()
    return any(e.subject.id == actor and not onto.predicate(e.predicate).symmetric for e in answer.evidence)


# past or perfect only: "What does X do?" asks who X is (the identity form)
_DEEDS = re.compile(r"^(?i:what)\s+(?i:did|has|have|had)\s+(?P<actor>[\w .'’-]+?)\s+(?i:do|done|been\s+doing|been\s+up\s+to)"
                    r"(?:\s+(?i:in|inside|at|around|across)\s+(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}))?\s*\??$")


def deeds_asked(question: str) -> tuple[str, str, str] | None:
    """("what is going on with A", A, the place or "") when ``question`` asks what A did; else None."""
    found = _DEEDS.match(" ".join(question.split()))
    if not found or found["actor"].lower() in ("it", "they", "he", "she", "you"):
        return None
    actor = found["actor"].strip()
    return f"what is going on with {actor}", actor, found["place"] or ""


def deeds_of(view, answer: Answer, actor: str | None, place: str) -> Answer:
    """``answer`` (a timeline) kept to ``actor``'s own acts, and to those whose sentence or source title
    names ``place`` when any does; the reading says which."""
    from diplograph.queries.refine import narrow

    onto = load_ontology()

    def act(e) -> bool:
        predicate = onto.predicate(e.predicate)
        return e.subject.id == actor and not predicate.symmetric and onto.families[predicate.family].polarity != 0

    narrow(answer, act)
    answer.details = by_family(answer.evidence)
    answer.reading += ", only its own acts"
    said = re.compile(rf"\b{re.escape(place)}\b", re.IGNORECASE)
    # the sentence first: a title names the story's setting, not where each act was done
    for where, text in (("sentence", lambda e: e.sentence or ""), ("source title", lambda e: e.source.title or "")):
        if place and any(e.confirmed and said.search(text(e)) for e in answer.evidence):
            narrow(answer, lambda e: bool(said.search(text(e))))
            answer.details = by_family(answer.evidence)
            answer.reading += f", only claims whose {where} names {place!r}"
            return answer
    if place:
        answer.reading += f" (not used: {place!r}: no claim of its acts names it)"
    return answer


def answer_deeds(view, question: str, ask_again) -> Answer | None:
    """What one actor did (see ``deeds_asked``), from ``ask_again`` of its timeline; None when ``question``
    asks no such thing, names an actor of the graph as the place, or the timeline is not read."""
    from diplograph.errors import ActorNotFound
    from diplograph.queries.lookup import find_actor

    deeds = deeds_asked(question)
    if deeds is None:
        return None
    if deeds[2]:
        try:  # "What did Norland do in Ostia?": what it did to a party, read as such elsewhere
            find_actor(view, deeds[2])
            return None
        except ActorNotFound:
            pass
    answer = ask_again(deeds[0])
    if not answer.understood or (answer.query or {}).get("function") != "timeline":
        return None
    return deeds_of(view, answer, ((answer.query or {}).get("args") or {}).get("actor"), deeds[2])


def responded_to(question: str) -> tuple[str, str] | None:
    """("what did A do to B", "B's move") when ``question`` asks how A answered B's move; else None."""
    text = " ".join(question.split())
    for pattern in _RESPONSES:
        found = pattern.match(text)
        if found:
            return f"what did {found['actor'].strip()} do to {found['other'].strip()}", found["move"].strip()
    return None


def acts_of(answer: Answer, actor: str | None, move: str) -> Answer:
    """``answer`` kept to what ``actor`` (an id) did: claims it is the subject of, of directed
    predicates; unchanged when that would leave nothing. The reading says how the move was taken."""
    onto = load_ontology()
    acts = [e for e in answer.evidence
            if e.subject.id == actor and not onto.predicate(e.predicate).symmetric]
    if acts:
        answer.evidence = acts
        answer.details = by_family(acts)  # not the families of every claim either way
        answer.reading += ", only its own acts toward the other side"
    if move:
        answer.reading += f" (read as what it did in answer to {move}; the move itself is not checked)"
        answer.query = {**(answer.query or {}), "in_answer_to": move}
    return answer
