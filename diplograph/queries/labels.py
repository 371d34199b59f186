"""A clipped label before the question ("cow data, 2010 - was A allied with B?", "sipri: who sold X to Y?",
"2019 - did A sell drones to B?"): a label of a source the graph holds and a time, in any order, then a dash
or colon, asks the question after it in that time and according to that source.

The label must be nothing but those: a source's name (words of its publisher or title, its initials, the
plain words "data", "figures" beside them) and time phrases. A label naming anything else ("esequibo crisis
dec 2023 - ...") is a topic, read elsewhere. The question keeps its own time when it says one.
"""

from __future__ import annotations

import re

from diplograph.queries.according import _PLAIN, matching
from diplograph.queries.named import newest_date
from diplograph.queries.when import time_phrases

_LABEL = re.compile(r"^\s*(?P<label>[^?!:–—]{1,60}?)\s*(?:\s[-–—]|:|[–—])\s*(?P<rest>\S.*)$")
_PREPOSITIONS = ("in ", "as of ", "since ", "before ", "after ", "from ", "during ", "by ", "until ")


def label_read(view, question: str) -> tuple[str, str] | None:
    """(the question with its label's time and source said after it, the label), or None when the question
    opens with no such label."""
    found = _LABEL.match(question)
    if found is None:
        return None
    label, rest = found.group("label").strip(" ,;"), found.group("rest").strip()
    times = time_phrases(label, newest_date(view))
    words = label
    for phrase in reversed(times):
        words = words[:phrase.start] + " " + words[phrase.end:]
    words = [w for w in re.findall(r"[\w&'-]+", words)]
    sources = [w for w in words if w.lower() not in _PLAIN]
    if not words and not times or any(not matching(view, w) for w in sources) or not (sources or times):
        return None
    body = rest.rstrip(" ?!.")
    said = []
    if times and not time_phrases(body, newest_date(view)):
        said += [p.text if p.text.lower().startswith(_PREPOSITIONS) else f"in {p.text}" for p in times]
    if sources:
        said.append("according to " + " ".join(sources))
    if not said:
        return None
    return f"{body} {' '.join(said)}?", label
