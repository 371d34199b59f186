"""The issue's folder of downloads, end to end through the CLI: a page nested a thousand deep, a
PDF text bomb, a dangling link, a link out of the folder, a file name full of escape sequences
and ten good articles. The ingest ends, its memory bounded by the budget and not by the bomb,
loads the ten, and names every bad file with its reason."""

import json
import os
import subprocess
import sys

from articles.pdfs import make_text_bomb
from diplograph.core import DiploGraph

ARTICLES = {  # written for this test
    "kenya-somalia.txt": ("Kenya and Somalia sign a pact", "Kenya and Somalia signed a security agreement in "
                          "Nairobi on 1 March 2024.", ("state:KEN", "AGREEMENT", "state:SOM")),
    "turkey-niger.txt": ("Drones for Niger", "Turkey delivered Bayraktar drones to Niger in 2023, officials in "
                         "Niamey said.", ("state:TUR", "ARMS_TRANSFER", "state:NER")),
    "russia-mali.md": ("Helicopters for Mali", "Russia delivered attack helicopters to Mali in 2023.",
                       ("state:RUS", "ARMS_TRANSFER", "state:MLI")),
    "ethiopia-djibouti.txt": ("A port deal", "Ethiopia and Djibouti signed a port agreement in Addis Ababa in "
                              "2022.", ("state:ETH", "AGREEMENT", "state:DJI")),
    "iran-venezuela.html": ("Drones for Caracas", "Iran sold drones to Venezuela in 2021, according to a "
                            "government statement.", ("state:IRN", "ARMS_TRANSFER", "state:VEN")),
    "india-brazil.txt": ("India and Brazil", "India and Brazil signed a defence cooperation agreement in March "
                         "2023.", ("state:IND", "AGREEMENT", "state:BRA")),
    "china-uganda.md": ("Drones for Uganda", "China delivered combat drones to Uganda in 2020, the army said.",
                        ("state:CHN", "ARMS_TRANSFER", "state:UGA")),
    "japan-philippines.txt": ("Naval drills", "Japan and the Philippines held joint naval exercises in the South "
                              "China Sea in 2024.", ("state:JPN", "MILITARY_EXERCISE", "state:PHL")),
    "ghana-togo.html": ("Border security", "Ghana and Togo signed a border security agreement in Accra in 2022.",
                        ("state:GHA", "AGREEMENT", "state:TGO")),
    "algeria-morocco.txt": ("A border incident", "Algeria condemned Morocco after the border incident in 2021.",
                            ("state:DZA", "CRITICISM", "state:MAR")),
}
ESCAPES = "\x1b[2J\x1b]0;pwned\x07"

# The ingest in a child process that reports its own peak memory when it ends.
MEASURED = """
import resource, sys
from diplograph.cli import main
try:
    main(sys.argv[1:])
finally:
    print("peak-rss-kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""


def write_article(path, title, body):
    if path.suffix == ".html":
        path.write_text(f"<html><head><title>{title}</title></head><body><p>{body}</p></body></html>", encoding="utf-8")
    else:
        path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")


def test_a_folder_of_downloads_loads_its_good_articles_and_names_each_bad_file(tmp_path):
    folder = tmp_path / "downloads"
    folder.mkdir()
    for name, (title, body, _) in ARTICLES.items():
        write_article(folder / name, title, body)
    (folder / "nested.html").write_text("<html><body>" + "<div>" * 1000 + "<p>Chad and Sudan signed a border "
                                        "agreement in 2022.</p>" + "</div>" * 1000 + "</body></html>")
    (folder / "bomb.pdf").write_bytes(make_text_bomb(n_pages=1, repeats=200))  # 4 kB: 3.5 M characters drawn
    (folder / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    (tmp_path / "passwd").write_text("root:x:0:0:root:/root:/bin/bash\n")
    (folder / "passwd.txt").symlink_to(tmp_path / "passwd")
    (folder / f"brief{ESCAPES}.txt").write_text("Qatar mediated between Rwanda and the DRC in 2025.\n")
    store = tmp_path / "graph.db"

    result = subprocess.run([sys.executable, "-c", MEASURED, "--store", str(store), "ingest", "--time-budget", "60",
                             str(folder)], capture_output=True, text=True, timeout=600,
                            env={**os.environ, "DIPLOGRAPH_MAX_CHARS": "20000"})

    assert result.returncode == 1  # the dangling link is an error
    err = result.stderr
    assert "\x1b" not in err + result.stdout and "\x07" not in err + result.stdout
    assert f"error: {folder / 'gone.txt'}: a dangling symbolic link (to {tmp_path / 'deleted.txt'}, which does not exist)" in err
    assert (f"warning: {folder / 'passwd.txt'}: a symbolic link to {tmp_path / 'passwd'}, outside {folder}: not "
            "followed (give --follow-links to read it)") in err
    assert f"warning: stopped at 20,000 characters: the rest of {folder / 'bomb.pdf'} was not read" in err
    assert f"{folder / 'nested.html'}: elements nest more than 200 deep" in err
    peak_kb = int(err.rsplit("peak-rss-kb", 1)[1].split()[0])
    print(f"peak memory of the ingest: {peak_kb / 1e6:.2f} GB")
    assert peak_kb < 2_500_000, f"{peak_kb / 1e6:.1f} GB"  # a guard: the bomb's 3.5 M characters would take far more

    with DiploGraph.open(store=store) as graph:
        claims = {(c.subject, c.predicate, c.object) for c in graph.backend.claims()}
        for name, (_, _, (subject, predicate, obj)) in ARTICLES.items():
            assert {(subject, predicate, obj), (obj, predicate, subject)} & claims, name  # symmetric: in id order
        sources = {os.path.basename(s.path) for s in graph.backend.sources()}
        assert set(ARTICLES) | {"nested.html", "bomb.pdf", f"brief{ESCAPES}.txt"} == sources
        assert {("state:TCD", "AGREEMENT", "state:SDN"), ("state:SDN", "AGREEMENT", "state:TCD")} & claims  # read
        assert not any("root:x" in s.title for s in graph.backend.sources())
    stats = subprocess.run([sys.executable, "-m", "diplograph", "--store", str(store), "stats", "--format", "json"],
                           capture_output=True, text=True, timeout=120)
    assert json.loads(stats.stdout)["sources"] == 13
