"""What ``ask`` returns: the answer to one question, one shape for the CLI, the Python API and
the web app (``to_dict()`` is the JSON of ``diplograph ask --format json`` and ``/api/ask``).

>>> from diplograph.queries.results import ActorRef
>>> answer = Answer("Is Aland in the Pact?", True, "yes or no: Aland MEMBER_OF Pact",
...                 answers=[ActorRef("state:ALD", "Aland", "state")], extra={"verdict": "yes"})
>>> sorted(answer.to_dict())[:6]
['answers', 'details', 'evidence', 'flagged', 'message', 'query']
>>> answer.to_dict()["verdict"]
'yes'
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from diplograph.queries.results import ActorRef, Evidence


@dataclass(frozen=True)
class Flag:
    """An actor shown apart from the answers, and why (its modalities, or its status)."""

    actor: ActorRef
    why: str

    def to_dict(self) -> dict:
        return {**self.actor.to_dict(), "why": self.why}


@dataclass
class Answer:
    question: str
    understood: bool
    reading: str = ""  # what was run, in words: "suppliers of Tajikistan"
    query: dict | None = None
    answers: list[ActorRef] = field(default_factory=list)
    flagged: list[Flag] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    details: list[str] = field(default_factory=list)  # extra lines for reading: paths, bloc lists, HHI
    message: str = ""
    suggestions: list[str] = field(default_factory=list)
    extra: dict = field(default_factory=dict)

    def _repr_html_(self) -> str:
        """How Jupyter shows the answer: the reading, the answers and flagged actors, then the
        evidence as a table; every piece of text escaped."""
        from diplograph.tables import Table

        if not self.understood:
            items = "".join(f"<li>{html.escape(s)}</li>" for s in self.suggestions)
            return f"<p>{html.escape(self.message)}</p>" + (f"<ul>{items}</ul>" if items else "")
        names = ", ".join(html.escape(a.name) for a in self.answers) or "no answer in the graph"
        flagged = "; ".join(f"{html.escape(f.actor.name)} ({html.escape(f.why)})" for f in self.flagged)
        return (f"<p><b>Read as:</b> {html.escape(self.reading)}</p><p><b>Answers:</b> {names}</p>"
                + (f"<p><b>Flagged, not counted:</b> {flagged}</p>" if flagged else "")
                + Table(self.evidence, title="evidence")._repr_html_())

    def to_dict(self) -> dict:
        return {"question": self.question, "understood": self.understood, "reading": self.reading,
                "answers": [a.to_dict() for a in self.answers], "flagged": [f.to_dict() for f in self.flagged],
                "query": self.query, "evidence": [e.to_dict() for e in self.evidence],
                "details": list(self.details), "message": self.message, "suggestions": list(self.suggestions),
                **self.extra}
