"""What diplograph makes of its shipped data files at start, kept as JSON between processes.

Every CLI command is a new process, and before it reads a single claim it turns the same YAML
files into the same tables: the gazetteer (16 files, checked entry by entry, merged, indexed by
name) and the question grammar's word tries. That is about a third of a cold question's CPU
time. This module keeps such a result in a JSON file of the user's cache folder
(``$DIPLOGRAPH_CACHE_DIR``, else ``$XDG_CACHE_HOME/diplograph``, else ``~/.cache/diplograph``),
named by a hash of everything the result is made from: the data files *and* the source files of
the code that makes it. A changed data file or a changed reader gives another name, so the
result is made again from the YAML and never read stale; no cache entry is ever trusted beyond
its name. JSON only (never pickle): reading a cache file runs no code.

A cache that cannot be read or written (a read-only home, a full disk, a file cut short) is
passed over: the result is made from the YAML as without a cache. ``DIPLOGRAPH_CACHE_DIR=off``
turns the cache off.

>>> import tempfile, os
>>> before = os.environ.get("DIPLOGRAPH_CACHE_DIR")
>>> os.environ["DIPLOGRAPH_CACHE_DIR"] = tempfile.mkdtemp()
>>> made = []
>>> def make():
...     made.append(1)
...     return {"answer": [4, 2]}
>>> cached("demo", [b"data v1"], make), cached("demo", [b"data v1"], make), len(made)
({'answer': [4, 2]}, {'answer': [4, 2]}, 1)
>>> cached("demo", [b"data v2"], make), len(made)
({'answer': [4, 2]}, 2)
>>> _ = os.environ.pop("DIPLOGRAPH_CACHE_DIR") if before is None else os.environ.update(DIPLOGRAPH_CACHE_DIR=before)
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Callable, Iterable

OFF = "off"


def cache_folder() -> Path | None:
    """Where cached results are kept; None when the cache is off."""
    chosen = os.environ.get("DIPLOGRAPH_CACHE_DIR")
    if chosen == OFF:
        return None
    if chosen:
        return Path(chosen)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "diplograph"


def content_key(name: str, parts: Iterable[bytes]) -> str:
    """The hash that names the cached result ``name`` made from ``parts``."""
    digest = hashlib.sha256(name.encode())
    for part in parts:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()[:32]


def cached(name: str, parts: Iterable[bytes], make: Callable[[], object]):
    """``make()``, or what it returned before for the very same ``parts`` (every byte its result
    depends on: data files and the code that reads them). ``make`` must return plain JSON data."""
    folder = cache_folder()
    if folder is None:
        return make()
    path = folder / f"{name}-{content_key(name, parts)}.json"
    try:
        return json.loads(path.read_bytes())
    except (OSError, ValueError):
        pass
    value = make()
    _write(folder, name, path, value)
    return value


KEPT = 4  # results of one name kept: two checkouts of different code (a benchmark's "before") both stay warm


def _write(folder: Path, name: str, path: Path, value) -> None:
    """Write ``value`` to ``path`` whole or not at all (a reader never sees half a file), and remove
    all but the newest :data:`KEPT` results of the same name."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}")
        partial.write_text(json.dumps(value, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        os.replace(partial, path)
        older = sorted(folder.glob(f"{name}-{'[0-9a-f]' * 32}.json"), key=lambda p: p.stat().st_mtime, reverse=True)[KEPT:]
        for old in older:
            old.unlink(missing_ok=True)
    except OSError:
        pass


def source_bytes(*modules) -> list[bytes]:
    """The source files of ``modules``, to key a result on the code that makes it."""
    return [Path(module.__file__).read_bytes() for module in modules]
