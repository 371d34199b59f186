"""A proposal dismissed in slang: "which state shot down the pact?", "who torpedoed the deal", "X's security plan -
who killed it?", "did Parva scupper the accord?".

Said of an aircraft, "shot down" is an attack; said of a pact, a plan or a proposal, it is a refusal. A verb of
dismissing (``dismissals`` in ``loose.yaml``: shoot down, torpedo, scupper, scuttle, sink, kill, nix ...) is read as
"reject" in its tense when a noun of a proposal follows it within a few words ("shot down *China's security
pact*"), or when it takes "it" or "them" and such a noun comes earlier in the question ("the pact - who shot it
down?"); else it stays as typed ("who shot down the drone?" is an attack).

>>> dismissed("wang's pacific pact - which island state shot it down")
"wang's pacific pact - which island state rejected it"
>>> dismissed("who torpedoed the fisheries deal")
'who rejected the fisheries deal'
>>> dismissed("who shot down the parvan drone")
'who shot down the parvan drone'
"""

from __future__ import annotations

import functools
import re

from diplograph.datafiles import packaged

_NEAR = 6  # words between the verb and the proposal's noun ("torpedoed Parva's long-awaited fisheries deal")


def dismissed(text: str) -> str:
    """``text`` with its verb of dismissing a proposal said as "reject" (see the module), else as it stands."""
    verbs, nouns = _words()
    for form, said in verbs:
        found = re.search(rf"(?<![\w'-]){form}(?![\w'-])", text, re.IGNORECASE)
        if not found:
            continue
        if found.groupdict().get("pronoun"):  # "shot it down": the pronoun between the verb and its particle
            said = f"{said} {found['pronoun']}"
        after = text[found.end():].split()[:_NEAR]
        before = text[:found.start()].lower()
        pronoun = bool(found.groupdict().get("pronoun")) or bool(after) and after[0].lower().strip(",.?") in ("it", "them")
        if any(w.lower().strip(",.?'") in nouns or w.lower().split("'")[0] in nouns for w in after) or (
                pronoun and any(re.search(rf"\b{re.escape(n)}s?\b", before) for n in nouns)):
            return text[:found.start()] + said + text[found.end():]
    return text


@functools.cache
def _words() -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
    data = packaged("diplograph.queries", "loose.yaml").get("dismissals") or {}
    verbs = [(r"\s+".join(map(re.escape, phrase.split())), said)
             for said, key in (("rejected", "past"), ("rejecting", "ongoing"), ("rejects", "third"), ("reject", "base"))
             for phrase in data.get(key) or ()]
    # "shot it down", "turned them down": the object between a verb and its particle
    verbs += [(rf"{re.escape(v.split()[0])}\s+(?P<pronoun>it|them)\s+{re.escape(v.split()[1])}", said)
              for said, key in (("rejected", "past"), ("rejecting", "ongoing"), ("rejects", "third"), ("reject", "base"))
              for v in data.get(key) or () if len(v.split()) == 2 and v.split()[1] in ("down", "off", "back")]
    # "shoot down" inside "shooting down": the longest first
    verbs.sort(key=lambda v: -len(v[0]))
    return tuple(verbs), frozenset(n.lower() for n in data.get("proposals") or ())
