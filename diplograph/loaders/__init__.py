"""Loaders turn sources into batches of actors, sources and claims.

Each loader is a module with ``accepts(path) -> bool`` and ``load(path) -> Iterable[Batch]``
(one batch per document, so each document is written in its own transaction; a
:class:`~diplograph.loaders.budget.Note` among them is a warning for the report). A loader
with ``TAKES_LIMITS`` is given the ingest's :class:`~diplograph.loaders.budget.Limits` as
``load(..., limits=...)``: what one document may cost. A loader with ``ACYCLIC`` makes no
reference cycles (rows become claims, dicts and tuples): Python's cycle collector is paused
while it loads a file (:func:`paused_cycle_collection`). A loader may
set ``MAX_FILE_BYTES``, the largest file it takes: loaders that stream (the datasets) take far
larger files than :data:`MAX_FILE_BYTES`, the default for those that read a file whole.
:func:`ingest_paths` walks files and folders, picks the loader, writes what it yields, and
keeps going when one file is bad: any error while reading, extracting or writing one file
(a parser's, the store's, even running out of memory) becomes that file's line in the report,
naming the file and why, and the next file is read.

A folder's manifest (:mod:`diplograph.loaders.manifest`: an ``INDEX.md`` table, a CSV or YAML
listing files with their title, publisher, date ...) is read first and never loaded as a
source; what it says of a file describes that file's source. A loader that sets
``TAKES_METADATA`` gets it as ``load(path, metadata)`` (articles: the date anchors relative dates).
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from diplograph.errors import DiplographError, InputError
from diplograph.loaders import manifest
from diplograph.loaders.budget import Limits, Note

# Order matters: the first loader that accepts a file loads it.
LOADERS = (
    "diplograph.loaders.datasets",
    "diplograph.loaders.curated",
    "diplograph.loaders.articles",
)

MAX_FILE_BYTES = 50 * 1024 * 1024
READ_AHEAD = 16  # files handed at once to a loader that reads ahead (articles: spaCy parses them in one batch)
# the names a folder's manifest usually has, looked for beside files named one by one
MANIFEST_NAMES = frozenset({"index.md", "manifest.md", "manifest.csv", "manifest.yaml", "manifest.yml",
                            "sources.csv", "sources.yaml", "sources.yml"})  # for a loader that reads a whole file into memory
log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    files: int = 0
    documents: int = 0
    actors: int = 0
    claims: int = 0
    sources: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (claim summary, reason)
    errors: list[str] = field(default_factory=list)  # "path[:line]: reason"
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # files read in part, links out of a folder not followed
    manifests: list[str] = field(default_factory=list)  # "path (describes N files)"
    notes: list[str] = field(default_factory=list)  # things worth knowing that lost nothing

    @property
    def ok(self) -> bool:
        return not self.errors


def iter_files(paths: Iterable[Path], *, follow_links: bool = False,
               problems: list[tuple[Path, str, str]] | None = None) -> Iterable[Path]:
    """Files named, and files inside folders named (recursively, sorted, hidden ones skipped).

    A folder stays a folder: inside it, a symbolic link is followed only when it leads to a
    file inside the same folder, unless ``follow_links``. What is not read goes to ``problems``
    as (path, kind, reason), kind being ``error`` (a dangling link), ``warning`` (a link out of
    the folder) or ``skipped`` (a pipe, socket or device, which would block or never end).
    """
    problems = [] if problems is None else problems
    for path in paths:
        if path.is_dir():
            yield from _walk(path, follow_links, problems)
        else:
            yield path


def _walk(root: Path, follow_links: bool, problems: list) -> Iterable[Path]:
    """Depth first, entries sorted by name: the order of ``sorted(root.rglob("*"))``."""
    top = root.resolve()
    seen = {top}  # folders entered, by real path: a link back up is not a loop
    stack = [iter(_entries(root, problems))]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        path = Path(entry.path)
        if entry.is_symlink():
            target = Path(os.path.realpath(path))
            if not target.exists():
                problems.append((path, "error", f"a dangling symbolic link (to {os.readlink(path)}, which does not exist)"))
                continue
            if not target.is_relative_to(top) and not follow_links:
                problems.append((path, "warning", f"a symbolic link to {target}, outside {root}: not followed "
                                                  "(give --follow-links to read it)"))
                continue
            if target.is_dir():
                if target not in seen and not target.is_relative_to(top):  # inside: read where it is
                    seen.add(target)
                    stack.append(iter(_entries(path, problems)))
                continue
        elif entry.is_dir(follow_symlinks=False):
            stack.append(iter(_entries(path, problems)))
            continue
        if path.is_file():
            yield path
        else:
            problems.append((path, "skipped", "not a regular file (a pipe, socket or device)"))


def _entries(folder: Path, problems: list) -> list:
    try:
        with os.scandir(folder) as listing:
            return sorted((e for e in listing if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as error:
        problems.append((folder, "error", f"cannot list the folder ({error.strerror or error})"))
        return []


def loader_for(path: Path):
    for name in LOADERS:
        module = importlib.import_module(name)
        if module.accepts(path):
            return module
    return None


def ingest_paths(graph, paths: list[Path], *, progress: bool = False, limits: Limits | None = None,
                 follow_links: bool = False) -> IngestReport:
    """Load ``paths`` into ``graph`` (a DiploGraph). Never raises for one bad file. ``limits``:
    what one document may cost (default: :meth:`Limits.from_env`); ``follow_links``: follow
    symbolic links that lead out of a folder given."""
    report = IngestReport()
    limits = limits or Limits.from_env()
    missing = [p for p in paths if not p.exists()]
    for path in missing:
        report.errors.append(f"{path}: " + ("a dangling symbolic link" if path.is_symlink() else "no such file or folder"))
    problems: list[tuple[Path, str, str]] = []
    files = list(iter_files((p for p in paths if p.exists()), follow_links=follow_links, problems=problems))
    for path, kind, reason in problems:
        {"error": report.errors, "warning": report.warnings, "skipped": report.skipped}[kind].append(f"{path}: {reason}")
    described, manifests = _read_manifests([*files, *_beside(paths, files)], report)
    files = [f for f in files if f not in manifests]
    # a store's first load goes in before the claims' indexes, built once at its end (embedded store)
    loading = getattr(graph.backend, "loading", contextlib.nullcontext)
    loaders: dict[Path, object] = {}  # (found ahead for the files a loader reads ahead)
    prepared: set[Path] = set()
    with _progress(progress, len(files)) as advance, loading():
        for n, path in enumerate(files):
            advance(path)
            loader = loaders.pop(path) if path in loaders else loader_for(path)
            if hasattr(loader, "prepare") and path not in prepared:
                _prepare(loader, files[n:n + READ_AHEAD], loaders, prepared, described, limits)
            if loader is None:
                report.skipped.append(f"{path}: not a format diplograph reads (see `diplograph ingest --help`)")
                continue
            report.files += 1
            pause = paused_cycle_collection if getattr(loader, "ACYCLIC", False) else contextlib.nullcontext
            try:
                with pause():
                    _load_file(graph, loader, path, described.get(path.resolve(), {}), limits, report)
            except InputError as error:
                report.errors.append(str(error))
            except DiplographError as error:
                report.errors.append(f"{path}: {error}")
            except Exception as error:  # noqa: BLE001 - one file's failure, whatever it is, is that file's
                report.errors.append(f"{path}: {failure_reason(error)}")
                log.debug("while loading %s", path, exc_info=True)
    return report


def _prepare(loader, upcoming: list[Path], loaders: dict, prepared: set[Path], described: dict, limits: Limits) -> None:
    """Hand ``loader`` the first of ``upcoming`` and those after it that it loads too, to read them ahead
    together (a hint: what fails here is left to each file's own load)."""
    try:
        for path in upcoming[1:]:
            if path not in loaders:
                loaders[path] = loader_for(path)
        window = upcoming[:1] + [path for path in upcoming[1:] if loaders[path] is loader]
        prepared.update(window)
        loader.prepare([(path, described.get(path.resolve(), {})) for path in window], limits)
    except Exception:  # noqa: BLE001 - each file is still loaded on its own
        log.debug("while reading ahead %s", upcoming[0], exc_info=True)


def _load_file(graph, loader, path: Path, metadata: dict, limits: Limits, report: IngestReport) -> None:
    """Load one file with ``loader`` into ``graph``, adding what was written to ``report``."""
    _check_size(path, getattr(loader, "MAX_FILE_BYTES", MAX_FILE_BYTES))
    arguments = (metadata,) if getattr(loader, "TAKES_METADATA", False) else ()
    options = {"limits": limits} if getattr(loader, "TAKES_LIMITS", False) else {}
    batches = _noting(loader.load(path, *arguments, **options), report)
    if metadata:
        batches = (_describe_sources(batch, path, metadata) for batch in batches)
    strict = getattr(loader, "STRICT", False)
    if getattr(loader, "ATOMIC", False):  # one document in batches: all of them or none
        written_all = [graph.write_together(batches, strict=strict)]
    else:
        written_all = (graph.write(batch, strict=strict) for batch in batches)
    for written in written_all:
        report.documents += 1
        report.actors += written.actors
        report.claims += written.claims
        report.sources += written.sources
        report.rejected.extend((_describe(c), reason) for c, reason in written.rejected)


@contextlib.contextmanager
def paused_cycle_collection():
    """Pause Python's cycle collector (if it runs) for the time of the block. Loading makes
    hundreds of thousands of objects a batch, none of them in a cycle, and each time they pile
    up the collector walks every object alive: a sixth of the CPU time of a curated file and a
    fifth of a GDELT export's (after 200,000 curated rows or GDELT events loaded without it,
    ``gc.collect()`` finds nothing to free)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def failure_reason(error: Exception) -> str:
    """What went wrong with a file, for an error that is not one of diplograph's own.

    >>> failure_reason(RecursionError("maximum recursion depth exceeded"))
    'nested too deeply to read (a malformed or hostile file)'
    >>> failure_reason(KeyError("x"))[:40]
    "cannot be read (KeyError: 'x'); if the f"
    """
    if isinstance(error, RecursionError):
        return "nested too deeply to read (a malformed or hostile file)"
    if isinstance(error, MemoryError):
        return "ran out of memory reading it; split it into smaller files"
    if isinstance(error, UnicodeError):
        return f"cannot be decoded ({error})"[:300]
    return (f"cannot be read ({type(error).__name__}: {error})"[:300]
            + "; if the file looks fine, please report this as a diplograph bug")


def _read_manifests(files: list[Path], report: IngestReport) -> tuple[dict[Path, dict], set[Path]]:
    """What the manifests among ``files`` say of each file, and which files are manifests."""
    described: dict[Path, dict] = {}
    manifests: set[Path] = set()
    for path in files:
        try:
            found = manifest.read_manifest(path)
        except InputError as error:  # a manifest with a bad row: its files load undescribed
            report.errors.append(str(error))
            manifests.add(path)
            continue
        except Exception:  # noqa: BLE001 - not readable as a manifest: its loader says what is wrong
            log.debug("while looking for a manifest in %s", path, exc_info=True)
            continue
        if found is None:
            continue
        manifests.add(path)
        described.update(found.entries)
        report.manifests.append(f"{path} (describes {len(found.entries)} file(s))")
        report.notes.extend(found.notes)
    return described, manifests


def _beside(paths: list[Path], files: list[Path]) -> list[Path]:
    """Manifests under their usual names beside files named one by one ("ingest corpus/001.txt"
    still reads corpus/INDEX.md), which are not loaded themselves."""
    named = set(files)
    found = []
    for folder in dict.fromkeys(p.parent for p in paths if p.is_file()):
        found += [f for f in sorted(folder.iterdir()) if f.is_file() and f not in named
                  and f.name.lower() in MANIFEST_NAMES]
    return found


def _noting(batches, report: IngestReport):
    """The batches a loader yields; the notes among them go to the report's warnings."""
    for batch in batches:
        if isinstance(batch, Note):
            report.warnings.append(str(batch))
        else:
            yield batch


def _describe_sources(batch, path: Path, metadata: dict):
    """The file's own source takes what its manifest says: the batch's first source, the one a
    loader makes for the file (the sources a curated file's facts cite keep their own fields)."""
    fields = {("published" if k == "date" else k): v for k, v in metadata.items()}
    if batch.sources and batch.sources[0].path == str(path):
        batch.sources = [batch.sources[0].described(**fields), *batch.sources[1:]]
    return batch


def _check_size(path: Path, limit: int) -> None:
    size = path.stat().st_size
    if size > limit:
        raise InputError(path, f"file is {_human(size)}, over the {_human(limit)} limit for this kind of file; split it")


def _human(n_bytes: int) -> str:
    """
    >>> _human(2_400), _human(52_428_800), _human(8 * 1024**3)
    ('2.4 kB', '52 MB', '8.6 GB')
    """
    for unit, size in (("GB", 1e9), ("MB", 1e6)):
        if n_bytes >= size:
            return f"{n_bytes / size:.{0 if unit == 'MB' else 1}f} {unit}"
    return f"{n_bytes / 1e3:.1f} kB"


def _describe(claim) -> str:
    return f"{claim.subject} {claim.predicate} {claim.object}"


class _progress:
    """A rich progress bar over files when asked for and on a terminal; silent otherwise."""

    def __init__(self, enabled: bool, total: int):
        self.enabled, self.total = enabled, total
        self.bar = None

    def __enter__(self):
        if self.enabled and self.total > 1:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                                TimeRemainingColumn(), TextColumn("{task.description}"), transient=True)
            self.bar.__enter__()
            self.task = self.bar.add_task("", total=self.total)
        return self.advance

    def advance(self, path: Path) -> None:
        if self.bar is not None:
            self.bar.update(self.task, advance=1, description=path.name[:40])

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.__exit__(*exc)
