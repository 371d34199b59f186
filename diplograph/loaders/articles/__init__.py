"""Articles (text, Markdown, HTML, PDF) through the offline extraction pipeline."""

from __future__ import annotations

from pathlib import Path

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".pdf"}


def accepts(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def load(path: Path):
    from diplograph.errors import InputError

    raise InputError(path, "the article pipeline is being built (issue 3)")
