"""Whom an interview's answers speak for when the page introduced the interviewee before the first question.

An interview page opens with a standfirst that says who answers ("Lena Varga, a senior adviser to
Hungary's foreign ministry, explains ...", "We spoke to Ambassador X, a member of Chile's delegation"),
then alternates "Q:" and "A:" turns, or the interviewer's and the interviewee's names. When the gazetteer
and the document's offices do not know the interviewee, the answer turns' "we", "our", "us" still stand
for the side the standfirst put them on: the one state (or, for someone who speaks for a firm or an
intergovernmental body, that body) named in the words set beside their name. Read only before the first
turn, so a person introduced inside an answer ("our foreign minister, X, ...") never replaces the
interviewee; a standfirst naming two states beside the name, or none, gives nothing. The interviewer's
turns ("Q:", the outlet's name) never take it: their "we" is the outlet.
"""

from __future__ import annotations

from diplograph.graph.model import Actor

# Turn labels that open the interviewee's words whoever they are (the lexicon's `speaker_labels` that answer).
ANSWER_LABELS = frozenset({"a", "answer", "interviewee", "guest"})
# Those who speak for a body whose "we" is that body, not their state (a firm's chief, an alliance's envoy).
SPEAKING_BODIES = frozenset({"organization", "company", "armed_group"})


def first_turn(blocks, turns) -> int | None:
    """Where the page's first transcript turn starts (None on a page of prose)."""
    return next((b.start for b in blocks if turns.match(b.text)), None)


def note_interviewee(sent, mentions, context, position: int, first: int | None) -> None:
    """Remember, while the page has not reached its first turn, the last person introduced with words
    beside their name that put them on one side: ``context.interviewee = (person, side)``."""
    if first is None or position >= first:
        return
    for person in (m for m in mentions if m.type == "person"):
        side = context.serves.get(person.actor.id) or _side_beside(sent, person, mentions)
        if side is not None:
            context.interviewee = (person.actor, side)


def answer_side(name: str, context) -> Actor | None:
    """The side of the interviewee for a turn labelled ``name`` ("A", or a label that names them by
    surname); None for any other label or when the page introduced no one."""
    if context.interviewee is None:
        return None
    person, side = context.interviewee
    words = name.replace(".", " ").split()
    if name.strip().lower() in ANSWER_LABELS:
        return side
    surname = person.name.split()[-1].lower() if person.name.split() else ""
    return side if surname and any(w.lower() == surname for w in words) else None


def _side_beside(sent, person, mentions) -> Actor | None:
    """The one state or speaking body named in the apposition of ``person`` ("X, director of a centre
    in Yerevan") or in what a copula says they are ("X is a former Peruvian negotiator")."""
    doc = sent.doc
    head = doc[person.end - 1]
    spans = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "nsubj" and head.head.lemma_ == "be":
        spans += [c for c in head.head.children if c.dep_ == "attr"]
    covered = set()
    for span in spans:
        covered.update(t.i for t in span.subtree)
    if not covered:
        return None
    beside = [m for m in mentions if m is not person and m.start in covered]
    # (a body the gazetteer knows: a name only the model tagged is too often a unit of the state, "UK Defence Exports")
    bodies = {m.actor.id: m.actor for m in beside if m.type in SPEAKING_BODIES and m.kind != "ner"}
    if len(bodies) == 1:
        return next(iter(bodies.values()))
    states = {m.actor.id: m.actor for m in beside if m.type == "state"}
    return next(iter(states.values())) if len(states) == 1 and not bodies else None
