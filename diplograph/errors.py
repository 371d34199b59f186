"""Errors that diplograph reports to the analyst: each says what went wrong and what to do."""

from __future__ import annotations


class DiplographError(Exception):
    """Base class: the CLI prints these as one clear line instead of a traceback."""


class OntologyError(DiplographError, ValueError):
    """A predicate, actor type or modality that the ontology does not know, or a broken ontology file."""


class InputError(DiplographError, ValueError):
    """A source file that cannot be loaded. Carries the file and, where known, the line."""

    def __init__(self, path, reason: str, line: int | None = None):
        self.path = str(path)
        self.line = line
        self.reason = reason
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {reason}")


class ActorNotFound(DiplographError, LookupError):
    """No actor matches the name the analyst gave."""

    def __init__(self, name: str, suggestions: list[str] | None = None):
        self.name = name
        self.suggestions = suggestions or []
        hint = f" Did you mean: {', '.join(self.suggestions)}?" if self.suggestions else " Try `diplograph actors --search TEXT`."
        super().__init__(f"no actor called {name!r} in the graph.{hint}")


class StoreError(DiplographError):
    """The store cannot be opened or written (wrong path, not a diplograph store, locked)."""


class StoreBusy(StoreError):
    """Another process kept writing to the store for longer than this one would wait."""


class BackendError(DiplographError):
    """A backend is misconfigured or unreachable."""
