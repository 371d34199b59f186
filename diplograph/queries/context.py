"""A sentence of context before the question, and a pronoun in the question for someone it names.

Analysts often say what they know first and then ask: "Putin went to Ulan Bator despite the ICC warrant. Which
head of state rolled out the red carpet for *him*?", "Kora flew to Ostburg in October. Who did *she* meet?",
"Rhun keeps arming its friends; who has *it* sold drones to?". The question alone is read wrong (two parties
where it names one) or not at all. The question is asked with the pronoun replaced by the actor the context
names first (a person for "he", "she", "him", "her", "his"; a state, a body or a group for "it", "its", "they",
"them", "their", when the context names one; else the first actor; the first two joined by "and" for "they",
"them", "their" when the context joins them so); the context itself narrows nothing and
the reading says so. A context is a sentence closed by ".", ";" or "!" before a question that opens with a
question word or an auxiliary; a question with no pronoun is left to the other readings.

>>> from diplograph.queries.example import example_view
>>> context_first(example_view(), "Borvia kept arming its friends. Who has it sold drones to?")
('Who has Borvia sold drones to', 'Borvia kept arming its friends.')
>>> context_first(example_view(), "Borvia and Caldor clashed in May. Who mediated between them?")[0]
'Who mediated between Borvia and Caldor'
>>> context_first(example_view(), "Who has Borvia sold drones to? Which of them are in Asia?") is None
True
"""

from __future__ import annotations

import re

_CONTEXT = re.compile(r"^(?P<context>[^?]{3,300}?[.;!])\s+(?P<question>(?i:since\s+when|who|whom|whose|what|which|"
                      r"where|when|how|did|does|do|is|are|was|were|has|have|had|can|could|will|would)\b[^.;!]*)$")
_PEOPLE = frozenset({"he", "she", "him", "her", "his", "hers"})
_OTHERS = frozenset({"it", "its", "they", "them", "their", "theirs"})
_POSSESSIVE = frozenset({"his", "its", "their"})
_PLURAL = frozenset({"they", "them", "their", "theirs"})


def context_first(view, question: str) -> tuple[str, str] | None:
    """(the question with its pronoun replaced by the actor the context names, the context), or None."""
    from diplograph.queries.loose import _TOKEN, load_lexicon
    from diplograph.queries.named import _names_in

    found = _CONTEXT.match(" ".join(str(question).split()).rstrip("?").strip())
    if not found:
        return None
    context, asked = found.group("context"), found.group("question")
    words = asked.split(" ")
    at = next((i for i, w in enumerate(words) if w.lower().strip(",") in _PEOPLE | _OTHERS), None)
    if at is None:
        return None
    said = _TOKEN.findall(context)
    names = _names_in(view, [t.lower().replace("’", "'") for t in said], set(), load_lexicon())
    if not names:
        return None
    pronoun = words[at].lower().strip(",")
    people = [n for n in names if view.nodes[n[2]].get("type") == "person"]
    others = [n for n in names if view.nodes[n[2]].get("type") not in ("person", "weapon")]
    kind = sorted(people if pronoun in _PEOPLE and people else others if pronoun in _OTHERS and others else names)
    joined = pronoun in _PLURAL and len(kind) > 1 and said[kind[0][0] + kind[0][1]:kind[1][0]] == ["and"]
    # "Rhun and Quell clashed. Who mediated between them?": both, when the context joins two by "and"
    name = " and ".join(" ".join(said[p:p + n]) for p, n, _ in kind[:2 if joined else 1])
    # "her" before a noun is hers ("who sold her army drones"), else whom ("who hosted her")
    owner = pronoun in _POSSESSIVE or (pronoun == "her" and at + 1 < len(words) and words[at + 1].isalpha()
                                       and words[at + 1].lower() not in _PARTICLES)
    words[at] = name + ("'s" if owner else "") + words[at][len(pronoun):]
    return " ".join(words), context


_PARTICLES = frozenset({"to", "in", "at", "on", "for", "with", "from", "by", "about", "over", "into", "during", "after",
                        "before", "since", "when", "and", "or", "last", "this", "again", "first"})
