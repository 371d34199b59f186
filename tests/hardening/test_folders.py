"""Folders stay folders: a symbolic link out of the folder given is reported and not read
(unless --follow-links), a dangling link is reported, and a pipe is never opened."""

import os

import pytest

from diplograph.core import DiploGraph
from diplograph.loaders import iter_files

ARTICLE = ("Kenya and Somalia sign a security pact\n\n2 March 2024\n\n"
           "Kenya and Somalia signed a security agreement in Nairobi on 1 March 2024.\n")
OUTSIDE = "Secret first line of a file elsewhere\n\nTurkey delivered drones to Niger in 2023.\n"


@pytest.fixture
def folder(tmp_path):
    """in/ holds an article, links out of it, a link inside it, a dangling link and a pipe."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "secret.txt").write_text(OUTSIDE, encoding="utf-8")
    (elsewhere / "loop").symlink_to(elsewhere)  # a folder that contains itself
    root = tmp_path / "in"
    root.mkdir()
    (root / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "passwd.txt").symlink_to(elsewhere / "secret.txt")
    (root / "outside").symlink_to(elsewhere)
    (root / "again.txt").symlink_to("good.txt")
    (root / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    os.mkfifo(root / "pipe.txt")
    return root


def test_links_out_of_the_folder_are_reported_not_read(folder, tmp_path):
    with DiploGraph.open(store=tmp_path / "graph.db") as graph:
        report = graph.ingest(folder)
        titles = {s.title for s in graph.backend.sources()}
        assert titles == {"Kenya and Somalia sign a security pact"}  # good.txt, and again.txt: the same bytes
        assert graph.backend.get_actor("state:NER") is None
    assert report.warnings == [
        f"{folder / 'outside'}: a symbolic link to {tmp_path / 'elsewhere'}, outside {folder}: not followed "
        "(give --follow-links to read it)",
        f"{folder / 'passwd.txt'}: a symbolic link to {tmp_path / 'elsewhere' / 'secret.txt'}, outside {folder}: "
        "not followed (give --follow-links to read it)"]
    assert report.errors == [f"{folder / 'gone.txt'}: a dangling symbolic link (to {tmp_path / 'deleted.txt'}, "
                             "which does not exist)"]
    assert report.skipped == [f"{folder / 'pipe.txt'}: not a regular file (a pipe, socket or device)"]


def test_follow_links_reads_them_once_without_looping(folder, tmp_path):
    files = list(iter_files([folder], follow_links=True))
    assert [p.relative_to(folder).as_posix() for p in files] == [
        "again.txt", "good.txt", "outside/secret.txt", "passwd.txt"]
    with DiploGraph.open(store=tmp_path / "graph.db") as graph:
        report = graph.ingest(folder, follow_links=True)
        assert report.warnings == [] and len(report.errors) == 1
        assert "Secret first line of a file elsewhere" in {s.title for s in graph.backend.sources()}
        assert [r.predicate for r in graph.relations("Niger")] == ["ARMS_TRANSFER"]


def test_a_link_named_on_the_command_line_is_read(folder, tmp_path):
    with DiploGraph.open(store=tmp_path / "graph.db") as graph:
        assert graph.ingest(folder / "passwd.txt").ok
        report = graph.ingest(folder / "gone.txt")
        assert report.errors == [f"{folder / 'gone.txt'}: a dangling symbolic link"]
