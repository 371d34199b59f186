"""The shape every dataset format has: a name, a test on the file's first lines, a reader.

``read(path, head, resolver)`` is a generator: it yields batches while it streams the file
and returns the file's :class:`~diplograph.loaders.datasets.output.Summary`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Generator

from diplograph.graph.model import Batch
from diplograph.loaders.datasets.files import Head
from diplograph.loaders.datasets.output import Summary
from diplograph.loaders.datasets.resolve import ActorResolver

Reader = Callable[[Path, Head, ActorResolver], Generator[Batch, None, Summary]]


@dataclass(frozen=True)
class Format:
    name: str
    description: str
    matches: Callable[[Head], bool]
    read: Reader
