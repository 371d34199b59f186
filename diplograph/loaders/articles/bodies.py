"""Bodies a noun names through what it is part of: a partner in a named venture ("a partner in the
Eurofighter consortium"), a party to the treaty that founds a body ("Mongolia, a state party to the Rome
Statute": the ICC; `gazetteer/founding_treaties.yaml`).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path


from diplograph.loaders.articles.candidates import Arg
from diplograph.loaders.articles.syntax import prep_objects
from diplograph.datafiles import load_data

TREATIES_FILE = Path(__file__).resolve().parents[2] / "gazetteer" / "founding_treaties.yaml"


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"^the\s+", "", text.strip().lower()))


@functools.cache
def founding_treaties() -> dict[str, str]:
    """Each founding treaty's name (lower case, no article) -> the id of the body it founds.

    >>> founding_treaties()["rome statute"]
    'organization:icc'
    """
    data = load_data(TREATIES_FILE.read_text(encoding="utf-8"))
    return {_key(name): body for body, names in data.items() for name in names}


class Bodies:
    """Mixin of :class:`~diplograph.loaders.articles.relations.SentenceRelations`."""

    def named_body(self, noun, role: str, exclude=()) -> list[Arg]:
        """``venture``: a body or firm the noun's in-phrase names itself, never a state ("a partner in the
        Mozambique LNG consortium" is no partner of Mozambique); ``treaty_body``: the body whose founding
        treaty the noun's to-phrase names."""
        if role == "venture":
            return [a for a in self.noun_role(noun, "in", exclude) if a.actor.type in ("organization", "company", "ngo")]
        found = []
        hosts = (noun, noun.head) if noun.dep_ == "attr" else (noun,)  # "became a party to X", the to-phrase on the verb
        for prep in (c for h in hosts for c in h.children if c.dep_ == "prep" and c.lower_ == "to"):
            for treaty in prep_objects(prep):
                # the name up to its head ("the Rome Statute (since 2002)"), else with its of-phrase
                # ("the Charter of the United Nations")
                names = (self.doc[treaty.left_edge.i:treaty.i + 1].text, self.doc[treaty.left_edge.i:treaty.right_edge.i + 1].text)
                body = next((founding_treaties()[k] for k in map(_key, names) if k in founding_treaties()), None)
                entry = self.gazetteer.get(body) if body else None
                if entry is not None and entry.id not in exclude:
                    actor = entry.actor()
                    self.ctx.note(actor, self._position(treaty))
                    found.append(Arg(actor, treaty.i))
        return found
