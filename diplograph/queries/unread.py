"""What ``ask`` says when no form of the grammar reads a question: a form misplaced in the ontology, a name the
graph does not hold, else the example questions most like it; and the check every caller makes before asking."""

from __future__ import annotations

import difflib

from diplograph.names import name_key
from diplograph.queries.answer import Answer
from diplograph.queries.filters import QueryError
from diplograph.queries.grammar import Grammar


def not_understood(grammar: Grammar, question: str, failures) -> Answer:
    answer = Answer(question, False)
    misplaced = [f for f in failures if f[1].misplaced]
    unknown = [f for f in failures if not f[1].misplaced and _looks_like_a_name(f[1].text)]
    if misplaced:
        match, error = misplaced[0]
        answer.message = (f"I read this as a question of the form \"{match.form.example}\", but {error.misplaced} "
                          f"in the ontology, so the graph cannot answer it.")
        answer.suggestions = [match.form.example]
        answer.query = {"refused": "ontology"}  # no other reading may answer it either
    elif unknown:
        match, error = min(unknown, key=lambda f: len(f[1].text))
        hint = f" Did you mean: {', '.join(error.suggestions)}?" if error.suggestions else ""
        answer.message = (f"I read this as a question of the form \"{match.form.example}\", but found nothing "
                          f"in the graph called {error.text!r}.{hint}")
        answer.suggestions = [match.form.example]
    else:
        answer.message = "I did not understand the question. Questions I can answer look like:"
        answer.suggestions = closest_forms(grammar, question)
    return answer


_NAME_PARTICLES = frozenset({"the", "of", "and", "for", "de", "del", "al", "el", "la", "le", "van", "von", "bin", "ibn"})


def _looks_like_a_name(text: str) -> bool:
    """Whether an unresolved slot reads as a name ("Narnia", "the Islamic State of X") rather than
    a stretch of question ("the capital of Borvia"): its words are capitalised, or particles."""
    words = text.replace("-", " ").split()
    return bool(words) and all(w.lower() in _NAME_PARTICLES or w[:1].isupper() or w[:1].isdigit() for w in words)


def closest_forms(grammar: Grammar, question: str, n: int = 3) -> list[str]:
    """The example questions most like ``question`` (by shared words, then word order)."""
    words = name_key(grammar.normalise(question)).split()

    def score(example: str) -> tuple[float, float]:
        other = name_key(grammar.normalise(example)).split()
        shared = len(set(words) & set(other)) / (len(set(other)) or 1)
        return shared, difflib.SequenceMatcher(None, words, other).ratio()

    ranked = sorted(dict.fromkeys(grammar.examples), key=score, reverse=True)
    return ranked[:n]


def check_question(question) -> str:
    if not isinstance(question, str) or not question.strip():
        raise QueryError("ask needs a question, for example: diplograph ask \"Who supplies drones to Tajikistan?\"")
    return question
