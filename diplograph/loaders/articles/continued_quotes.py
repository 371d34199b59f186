"""Whom "we", "our", "us" stand for in a quotation that goes on after the sentence that named its speaker.

News quotes a speaker, names them, then quotes them again in a sentence of its own with no verb of saying:

    General Amina Okafor, the Nigerian army spokeswoman, told reporters in Abuja. "Our patience is running out."
    "We will respond," Okafor said. "Our troops are ready, and Chad knows it."

The second quotation is the same speaker's, so its first person plural is the state or body they speak for,
as it would be with "said" in its own sentence. Read only when the sentence opens with a quotation mark that is
still open at the pronoun, the sentence names no speaker of its own, and the sentence just before it, in the
same paragraph, has a verb of saying outside any quotation whose subject is a person the document gave an
office (their state), or a state or body. A first person outside quotation marks (the writer's "we") or a
quotation after a paragraph break gives nothing.
"""

from __future__ import annotations

from diplograph.graph.model import Actor

OPENING = {'"': '"', "“": "”", "‘": "’", "'": "'"}
QUOTES = frozenset({'"', "“", "”", "‘", "’", "'"})
SPEAKING_SIDES = frozenset({"state", "organization", "armed_group"})


def continued_speaker(token, context, speaking, offset: int) -> Actor | None:
    """The side of the speaker a quotation holding ``token`` continues from the sentence before; None when
    the pronoun is outside quotation marks, its sentence names a speaker, or the sentence before names none.
    ``speaking``: the lemmas of verbs of saying; ``offset``: where the parsed text starts in the document."""
    sent = token.sent
    opening = next((t for t in sent if not t.is_space), None)
    if opening is None or opening.text not in OPENING or opening.i >= token.i:
        return None
    closing = OPENING[opening.text]
    if any(t.text == closing for t in token.doc[opening.i + 1:token.i]):
        return None  # the quotation closed before the pronoun: the writer's own words
    if _speakers(sent, speaking, _quoted(sent)):
        return None  # '"We will respond," Okafor said': the sentence names its own speaker
    if sent.start == 0:
        return None
    before = token.doc[sent.start - 1].sent
    start = context.paragraph_start
    if start is None or offset + before.start_char < start or "\n\n" in token.doc.text[before.end_char:sent.start_char]:
        return None  # a new paragraph: a quotation there need not be the last speaker's
    for subject in _speakers(before, speaking, _quoted(before)):
        side = _side(subject, context, offset)
        if side is not None:
            return side
    return None


def _quoted(sent) -> set[int]:
    """The indices of the tokens of ``sent`` inside quotation marks (marks opened and closed in the sentence, or
    opened in it and left open)."""
    inside, open_mark = set(), None
    for t in sent:
        if open_mark is None and t.text in OPENING and (t.i == sent.start or t.text not in ("'", "’")):
            open_mark = OPENING[t.text]
        elif open_mark is not None and t.text == open_mark:
            open_mark = None
        elif open_mark is not None:
            inside.add(t.i)
    return inside


def _speakers(sent, speaking, quoted: set[int]) -> list:
    """The subjects of the verbs of saying of ``sent`` that stand outside its quotations."""
    return [c for t in sent if t.i not in quoted and t.lemma_.lower() in speaking and t.pos_ in ("VERB", "AUX")
            for c in t.children if c.dep_ == "nsubj" and c.i not in quoted]


def _side(subject, context, offset: int) -> Actor | None:
    """The state or body the speaker ``subject`` names: a person's office in the document, or the state or body
    itself (found among the mentions the document has recorded at the subject's own words, not its apposition)."""
    first = offset + subject.left_edge.idx
    last = offset + subject.idx + len(subject.text)
    for seen in context.seen:
        if not first <= seen.position < last:
            continue
        if seen.type == "person":
            return context.serves.get(seen.actor_id)
        if seen.type in SPEAKING_SIDES:
            return context.actors.get(seen.actor_id)
    return None
