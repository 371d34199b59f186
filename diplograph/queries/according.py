"""A source named in a question ("Mongolia's allies according to COW?", "... in 2010 (COW)", "per SIPRI",
"in the SIPRI data", "according to Reuters"): the question is asked without those words and its
evidence kept to the claims of the sources so named; the reading says so.

A source is named by a word or words of its title, publisher, address or dataset id, or by the
initials of its publisher or title ("COW" for the Correlates of War, "SIPRI" for the Stockholm
International Peace Research Institute). The phrases that name one are data (``according`` in
``grammar.yaml``: "according to X", "per X", "in the X data", "(X)"); a name that fits no source of
the graph leaves the question as it is (other readings drop "according to the sources" and the like).

>>> sorted(initials("Correlates of War Project")), sorted(initials("Stockholm International Peace Research Institute"))
(['COW', 'COWP', 'CW', 'CWP'], ['SIPR', 'SIPRI'])
"""

from __future__ import annotations

import functools
import re


from diplograph.names import name_key
from diplograph.datafiles import packaged

# Words of a source's description that name no source by themselves.
_PLAIN = frozenset({"the", "of", "and", "for", "in", "on", "a", "an", "data", "dataset", "datasets", "database",
                    "project", "register", "report", "reports", "news", "sources", "source", "version", "v"})


@functools.cache
def _phrases() -> tuple[re.Pattern, ...]:
    data = packaged("diplograph.queries", "grammar.yaml")
    phrases = []
    for said in data.get("according") or ():
        before, _, after = str(said).partition("X")
        lead = r"\s*" if before.strip().startswith("?") else r"(?:^|[\s,;]+)"  # "... germany? sipri": a tag after it
        phrases.append(re.compile(lead + r"\s+".join(map(re.escape, before.split()))
                                  + (r"\s*" if before.strip().endswith("(") or not before.strip() else r"\s+")
                                  + r"(?P<name>[\w.&'’-]+(?:\s+[\w.&'’-]+){0,3}?)"
                                  + (r"\s*" if after.strip().startswith(")") or not after.strip() else r"\s+")
                                  + r"\s+".join(map(re.escape, after.split()))
                                  + r"(?=[\s,;?!.]*$|\s*[,;:]|\s+[-–—]\s|\s+(?:in|since|before|after|from|between)\b)",
                                  re.IGNORECASE))
    return tuple(phrases)


def initials(text: str) -> set[str]:
    """The initials a name may go by: of all its words, of its capitalised words, with and without
    its last word ("Correlates of War Project": COWP, CWP, COW, CW)."""
    words = re.findall(r"[A-Za-z][\w'-]*", text)
    found = set()
    for chosen in (words, [w for w in words if w[:1].isupper()]):
        for cut in (chosen, chosen[:-1]):
            if len(cut) >= 2:
                found.add("".join(w[0].upper() for w in cut))
    return found


def _names(source) -> set[str]:
    """The name keys and initials a source answers to: its publisher's words and initials, its web
    address's site; a dataset's title too (an article's title is what it tells, not who tells it:
    "according to Kyiv" is no article about Kyiv)."""
    said = [str(source.publisher or ""), re.sub(r"^\w+://(?:www\.)?", "", str(source.url or "")).split("/")[0]]
    if getattr(source, "kind", "") == "dataset":
        said.append(str(source.title or ""))
    keys = {name_key(w) for w in re.findall(r"[A-Za-z][\w'&-]*", " ".join(said)) if w.lower() not in _PLAIN and len(w) > 1}
    for text in said[::2]:
        keys |= {name_key(i) for i in initials(text)}
    return keys


def matching(view, name: str) -> set[str]:
    """The ids of the graph's sources ``name`` names (every significant word of it among a source's names)."""
    words = [name_key(w) for w in re.findall(r"[\w'&-]+", name) if w.lower() not in _PLAIN]
    if not words:
        return set()
    return {sid for sid, source in (view.graph.get("sources") or {}).items()
            if all(w in _names(source) for w in words)}


def source_named(view, question: str) -> tuple[str, str, set[str]] | None:
    """(the question without the words naming a source, the name as said, the ids of the sources it
    names), or None when it names no source of the graph."""
    for phrase in _phrases():
        for found in phrase.finditer(question):
            words = found.group("name").split()
            for start in range(len(words)):  # "what Reuters says": the name is the words the sources answer to
                name = " ".join(words[start:])
                ids = matching(view, name)
                if ids:
                    cut = found.start("name") + found.group("name").index(name) if start else found.start()
                    rest = " ".join((question[:cut] + " " + question[found.end():]).split())
                    return rest.strip(" ,;:-–—"), name, ids  # "cow data, 2010 - ...": no heading's comma left
    return None


# "according to asianews does turkey ...": with no comma, the name is one to three words after the phrase
_FRONTED = re.compile(r"^\s*(?:according\s+to|per|going\s+by)\s+(?:the\s+)?(?P<name>\S+(?:\s+\S+){0,2})\s+",
                      re.IGNORECASE)


def sources_unknown(view, question: str):
    """(the question without a phrase naming a source, the phrase) for each way of reading such a phrase
    that names no source of the graph: the rest is answered, and the reading says the source went unused."""
    for phrase in _phrases():
        for found in phrase.finditer(question):
            if not matching(view, found.group("name")):
                yield (" ".join((question[:found.start()] + " " + question[found.end():]).split()),
                       found.group(0).strip(" ,;"))
    fronted = _FRONTED.match(question)
    if fronted is not None:
        words = fronted.group("name").split()
        for count in range(1, len(words) + 1):
            end = fronted.start("name") + len(" ".join(words[:count]))
            if not matching(view, " ".join(words[:count])):
                yield question[end:].strip(" ,;"), question[:end].strip()


def by_source(view, answer, said: str, ids: set[str]):
    """``answer`` kept to the claims of the sources ``ids`` (named ``said`` in the question), its
    verdict and count said again from what is left."""
    from diplograph.queries.refine import narrow
    from diplograph.queries.verdicts import verdict

    was_flagged = {f.actor.id: f for f in answer.flagged}
    narrow(answer, lambda e: e.source.id in ids)
    # one source's claims take support away, never add it: an actor flagged before (an order not delivered) stays so
    answer.flagged += [was_flagged[a.id] for a in answer.answers if a.id in was_flagged]
    answer.answers = [a for a in answer.answers if a.id not in was_flagged]
    if "verdict" in answer.extra:
        answer.extra.update(verdict(answer, view))
    if "count" in answer.extra:
        answer.extra["count"] = len(answer.answers)
    if "dates" in answer.extra:  # the earliest date as precisely as a claim gives it (as focus.py says it)
        dates = sorted({e.date for e in answer.evidence if e.confirmed and e.date})
        answer.extra["dates"] = dates
        answer.extra["when"] = max((d for d in dates if d.startswith(dates[0])), key=len) if dates else None
    answer.reading += f" (only what {said} says: {len(ids)} source{'s' if len(ids) != 1 else ''})"
    answer.query = {**(answer.query or {}), "sources": sorted(ids)}
    return answer
