"""A reaction asked through the incident that drew it: "who objected when X brought its launcher to P?", "which
countries protested when X sent ships to the reef", "who condemned it when X struck Y": the reaction is to X,
the doer named first in the when-clause; the rest of the clause says over what.

The question is asked again as "<who> <verb> X", its claims kept to those whose sentence names a word of the
rest of the clause when some do ("launcher", "Luzon"): a verb that takes its object through a
preposition gets it (``incident_reactions`` in ``loose.yaml``: "objected *to*", "complained *about*"), a pronoun
standing for the incident ("condemned *it* when") is dropped. Only the verbs listed there react.
"""

from __future__ import annotations

import functools
import re

from diplograph.datafiles import packaged

_WHEN = re.compile(r"^(?P<head>(?:who|whom|which\s+[\w-]+|what\s+[\w-]+)\s+(?:\w+\s+){0,2}?(?P<verb>[\w-]+))"
                   r"(?:\s+(?:it|this|that))?\s+when\s+(?P<clause>.+?)\s*\??$", re.IGNORECASE)


@functools.cache
def _reactions() -> dict[str, str]:
    """Each reaction verb, and the word that joins it to whom it reacts to ("" for none)."""
    data = packaged("diplograph.queries", "loose.yaml").get("incident_reactions") or {}
    found = {str(verb).lower(): "" for verb in data.get("direct") or ()}
    found.update({str(verb).lower(): str(word) for word, verbs in (data.get("joins") or {}).items() for verb in verbs})
    return found


def incident_reaction(view, question: str) -> tuple[str, str] | None:
    """(the question asked of the incident's doer, the rest of the clause), or None when ``question`` asks no reaction
    through a when-clause opening with a name."""
    found = _WHEN.match(question.strip())
    if found is None or found.group("verb").lower() not in _reactions():
        return None
    doer = _doer(view, found.group("clause"))
    if doer is None:
        return None  # the clause opens with no name: no doer to react to
    clause = found.group("clause")
    join = _reactions()[found.group("verb").lower()]
    return f"{found.group('head')} {join + ' ' if join else ''}{clause[:doer]}?", clause[doer:].strip()


def _doer(view, clause: str) -> int | None:
    """Where the name opening ``clause`` ends ("the US Army", "Norlandic forces"), a force or government word
    after it included; None when the clause opens with no actor's name."""
    from diplograph.errors import ActorNotFound
    from diplograph.queries.grammar import load_grammar
    from diplograph.queries.lookup import find_actor

    words = list(re.finditer(r"[\w'-]+", clause))
    first = 1 if words and words[0].group(0).lower() in ("the", "a", "an") else 0
    for count in range(min(4, len(words) - first), 0, -1):
        try:
            find_actor(view, clause[words[first].start():words[first + count - 1].end()])
        except ActorNotFound:
            continue
        end = first + count
        while end < len(words) and words[end].group(0).lower() in load_grammar().actor_suffixes:
            end += 1  # "the Norlandic army": the state's force
        return words[end - 1].end()
    return None


def about_incident(answer, rest: str) -> None:
    """Narrow ``answer`` to the claims whose sentence names a word of the incident ("launcher", "Luzon"), when
    some confirmed claim does; a reaction the sentences do not tie to it is kept otherwise."""
    from diplograph.queries.loose import load_lexicon
    from diplograph.queries.refine import narrow

    stop = load_lexicon().stopwords
    words = [w.removesuffix("s") for w in re.findall(r"[a-z][\w-]{3,}", rest.lower()) if w not in stop]
    if not words:
        return
    said = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")", re.IGNORECASE)
    if any(e.confirmed and said.search(e.sentence or "") for e in answer.evidence):
        narrow(answer, lambda e: bool(said.search(e.sentence or "")))
        answer.reading += f' (only claims whose sentence names the incident: "{rest}")'
