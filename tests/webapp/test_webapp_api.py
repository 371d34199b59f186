"""The web app's server and JSON API, over real HTTP on 127.0.0.1.

Each test talks to a server started in a thread on a free port (see ``served.py``), serving
a small graph whose names, sentences and sources carry markup and a ``javascript:`` URL.
"""

from __future__ import annotations

import json
import re
import socket
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from urllib.parse import quote

import pytest
from served import (FACTORY_SENTENCE, FACTORY_URL, HOSTILE_SENTENCE, IMG, JS_URL, MEETING_SENTENCE, SCRIPT,
                    request, running_server)

from diplograph.errors import DiplographError
from diplograph.explore.map import VIS_DIR
from diplograph.graph.ontology import load_ontology
from diplograph.webapp.api import MAX_DEPTH, MAX_IDS
from diplograph.webapp.server import make_server


def api(app, path: str, status: int = 200) -> dict:
    answer = request(app, path)
    assert answer.status == status, answer.body
    return answer.json()


def node_ids(answer: dict) -> set[str]:
    return {n["id"] for n in answer["nodes"]}


def edge(answer: dict, predicate: str) -> dict:
    [found] = [e for e in answer["edges"] if e["predicate"] == predicate]
    return found


# -- where the server listens, and whom it answers ------------------------------------------------

def test_the_server_listens_on_the_loopback_address_only(app):
    host, port = app.server_address[:2]
    assert host == "127.0.0.1" and port > 0
    assert app.socket.family == socket.AF_INET
    assert app.url == f"http://127.0.0.1:{port}/"


def test_an_outside_address_of_this_computer_is_not_served(app):
    psutil = pytest.importorskip("psutil")
    outside = [a.address for addrs in psutil.net_if_addrs().values() for a in addrs
               if a.family == socket.AF_INET and not a.address.startswith("127.")]
    if not outside:
        pytest.skip("this computer has no IPv4 address besides loopback")
    for address in outside:
        with pytest.raises(OSError):
            socket.create_connection((address, app.port), timeout=5).close()


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.10", "example.com", ""])
def test_only_loopback_addresses_may_be_chosen(hostile_graph, host):
    with pytest.raises(DiplographError, match="loopback"):
        make_server(hostile_graph.nx, host=host, port=0)


def test_localhost_means_127_0_0_1(hostile_graph):
    server = make_server(hostile_graph.nx, host="localhost", port=0)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


def test_a_port_in_use_is_reported_with_what_to_do(app, hostile_graph):
    with pytest.raises(DiplographError, match=f"port {app.port} is in use.*--port"):
        make_server(hostile_graph.nx, port=app.port)


@pytest.mark.parametrize("host", ["evil.example", "evil.example:{port}", "127.0.0.1", "127.0.0.1:1",
                                  "localhost.evil.example:{port}", "10.0.0.1:{port}", ""])
def test_requests_for_another_host_name_are_refused(app, host):
    """DNS rebinding: a page on evil.example that points its name at 127.0.0.1 sends
    ``Host: evil.example``; the server must not answer it with the graph."""
    answer = request(app, "/api/stats", host=host.format(port=app.port))
    assert answer.status == 400
    body = answer.json()
    assert "answers requests for" in body["error"] and app.url in body["error"]
    assert "actors" not in body
    assert request(app, "/", host=host.format(port=app.port)).status == 400


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST:{port}"])
def test_requests_for_its_own_names_are_answered(app, host):
    answer = request(app, "/api/stats", host=host.format(port=app.port))
    assert answer.status == 200 and answer.json()["actors"] == 6


def test_requests_sent_by_other_sites_are_refused(app):
    answer = request(app, "/api/stats", headers={"Origin": "https://evil.example"})
    assert answer.status == 403 and "other sites" in answer.json()["error"]
    assert request(app, "/api/stats", headers={"Origin": f"http://127.0.0.1:{app.port}"}).status == 200


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
def test_the_api_only_reads(app, method):
    answer = request(app, "/api/stats", method=method)
    assert answer.status == 405
    assert answer.headers["Allow"] == "GET, HEAD"
    assert "only reads" in answer.json()["error"]


def test_a_method_http_does_not_define_gets_a_json_501_with_the_same_headers(app):
    answer = request(app, "/", method="BREW")
    assert answer.status == 501
    assert "error" in answer.json()
    assert answer.headers["Content-Security-Policy"]


def test_head_answers_headers_without_a_body(app):
    answer = request(app, "/api/stats", method="HEAD")
    assert answer.status == 200 and answer.body == b""
    assert int(answer.headers["Content-Length"]) > 0


# -- headers, the page and its files ------------------------------------------------------------

@pytest.mark.parametrize("path", ["/", "/static/app.js", "/api/stats", "/api/search?q=", "/nowhere"])
def test_every_answer_carries_the_security_headers(app, path):
    answer = request(app, path)
    csp = answer.headers["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == "'self'"  # no inline script, no eval
    assert directives["connect-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "http" not in csp and "*" not in csp and "unsafe" not in csp
    assert answer.headers["X-Content-Type-Options"] == "nosniff"
    assert answer.headers["Referrer-Policy"] == "no-referrer"
    assert "Python" not in answer.headers["Server"]


def test_the_page_loads_its_scripts_from_the_server_and_runs_no_inline_code(app):
    answer = request(app, "/")
    assert answer.status == 200 and answer.headers["Content-Type"] == "text/html; charset=utf-8"
    page = answer.body.decode("utf-8")
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", page, flags=re.S)
    sources = [re.search(r'src="([^"]+)"', attrs).group(1) for attrs, _ in scripts if "src=" in attrs]
    assert sources == ["/static/vis-network.min.js", "/static/app.js", "/static/desk.js", "/static/review.js",
                       "/static/timeline.js", "/static/hubs.js", "/static/views.js"]
    inline = [(attrs, body) for attrs, body in scripts if "src=" not in attrs]
    assert [attrs.strip() for attrs, _ in inline] == ['type="application/json" id="app-settings"']
    assert json.loads(inline[0][1])["maxDepth"] == MAX_DEPTH
    assert "http://" not in page and "https://" not in page.replace("http://www.w3.org", "")
    assert re.search(r"\son[a-z]+=", page) is None  # no inline event handlers


def test_vis_network_is_served_from_the_pyvis_package(app):
    answer = request(app, "/static/vis-network.min.js")
    assert answer.status == 200 and answer.headers["Content-Type"].startswith("text/javascript")
    shipped = resources.files("pyvis").joinpath(VIS_DIR, "vis-network.min.js").read_text(encoding="utf-8")
    assert answer.body.decode("utf-8") == shipped  # read as text: line ends normalised


@pytest.mark.parametrize("path", ["/static/../server.py", "/static/api.py", "/static/%2e%2e/api.py",
                                  "/static/", "/diplograph/webapp/app.js", "/etc/passwd"])
def test_nothing_but_the_listed_files_is_served(app, path):
    answer = request(app, path)
    assert answer.status == 404
    assert answer.json()["error"].startswith("nothing at")


# -- /api/search -----------------------------------------------------------------------------------

def test_search_finds_actors_by_name_and_alias_with_their_type(app):
    found = api(app, "/api/search?q=tajik")["results"]
    assert found[0]["id"] == "state:TJK" and found[0]["type"] == "state" and found[0]["type_label"] == "State"
    by_alias = api(app, "/api/search?q=Dushanbe")["results"]
    assert [r["id"] for r in by_alias] == ["state:TJK"] and by_alias[0]["matched"] == "Dushanbe"


def test_search_returns_hostile_names_as_data(app):
    found = api(app, "/api/search?q=" + quote("onerror"))["results"]
    assert [r["name"] for r in found] == [IMG]


def test_search_ranks_exact_then_prefix_then_the_rest(app):
    names = [r["name"] for r in api(app, "/api/search?q=r")["results"]]
    assert names.index("Russia") < names.index("Iran")  # starts with r, before contains r


def test_search_with_nothing_found_suggests_close_names(app):
    answer = api(app, "/api/search?q=Tajikstan")
    assert answer["results"] == [] and [s["name"] for s in answer["suggestions"]] == ["Tajikistan"]


def test_search_limits_and_types_are_checked(app):
    answer = api(app, "/api/search?q=a&limit=2")
    assert len(answer["results"]) == 2 and answer["truncated"] and answer["total"] > 2
    assert {r["type"] for r in api(app, "/api/search?q=a&type=state")["results"]} == {"state"}


@pytest.mark.parametrize("query, message", [
    ("", "q is required"),
    ("q=", "q is required"),
    ("q=" + "x" * 201, "at most 200"),
    ("q=a&limit=0", "limit must be a whole number from 1 to 50"),
    ("q=a&limit=many", "limit must be a whole number"),
    ("q=a&q=b", "q is given 2 times"),
    ("q=a&type=planet", "unknown actor type 'planet'; use one of: state"),
    ("q=a&colour=red", "unknown parameter 'colour' for /api/search; it takes: q, type, limit"),
    ("q=%ff", "not valid UTF-8"),
])
def test_bad_search_parameters_say_what_is_wrong(app, query, message):
    assert message in api(app, "/api/search?" + query, status=400)["error"]


# -- /api/actor/<id> -------------------------------------------------------------------------------

def test_actor_gives_names_and_relations(app):
    answer = api(app, "/api/actor/state:TJK")
    assert answer["actor"]["name"] == "Tajikistan" and "Dushanbe" in answer["actor"]["aliases"]
    rows = {(r["subject"]["id"], r["predicate"], r["object"]["id"]): r for r in answer["relations"]}
    factory = rows[("state:IRN", "CO_PRODUCTION", "state:TJK")]
    assert factory["direction"] == "in" and factory["reads"] == "sets up production in"
    assert rows[("state:KGZ", "BORDERS", "state:TJK")]["direction"] == "mutual"
    assert answer["total_relations"] == len(answer["relations"]) == 5


def test_actor_takes_a_name_or_an_escaped_hostile_id(app, hostile_graph):
    [bait] = [n for n, d in hostile_graph.nx.nodes(data=True) if d["name"] == SCRIPT]
    assert api(app, "/api/actor/" + quote(bait, safe=""))["actor"]["name"] == SCRIPT
    assert api(app, "/api/actor/Tehran")["actor"]["id"] == "state:IRN"


def test_actor_relations_follow_the_filters(app):
    answer = api(app, "/api/actor/state:TJK?family=material_conflict")
    assert [r["predicate"] for r in answer["relations"]] == ["ARMED_CLASH"]


def test_an_unknown_actor_is_404_with_suggestions(app):
    body = api(app, "/api/actor/Tajikstan", status=404)
    assert body["error"] == "no actor called 'Tajikstan' in the graph. Did you mean: Tajikistan?"
    assert body["suggestions"] == [{"id": "state:TJK", "name": "Tajikistan", "type": "state", "type_label": "State"}]


# -- /api/neighbours -------------------------------------------------------------------------------

def test_neighbours_give_nodes_and_edges_with_aggregates(app):
    answer = api(app, "/api/neighbours?id=state:TJK")
    assert node_ids(answer) == {"state:TJK", "state:IRN", "state:KGZ", "armed_group:img-src-x-onerror-alert-1"}
    factory = edge(answer, "CO_PRODUCTION")
    assert factory["id"] == "state:IRN|CO_PRODUCTION|state:TJK"
    assert (factory["from"], factory["to"], factory["n_sources"], factory["n_claims"]) == ("state:IRN", "state:TJK", 1, 1)
    assert (factory["first_date"], factory["modality"], factory["confirmed"]) == ("2022-05-17", "asserted", True)
    onto = load_ontology()
    assert factory["color"] == onto.families["material_cooperation"].color and factory["dashes"] is False
    assert edge(answer, "BORDERS")["arrows"] == {"to": {"enabled": False}}  # mutual: no arrow
    centre = next(n for n in answer["nodes"] if n["id"] == "state:TJK")
    assert (centre["distance"], centre["color"], centre["shape"]) == (0, onto.actor_types["state"].color, "dot")
    assert answer["truncated"] is False


def test_no_record_carries_a_title_that_vis_network_would_render_as_html(app):
    answer = api(app, "/api/neighbours?id=state:TJK&depth=2")
    assert all("title" not in record for record in answer["nodes"] + answer["edges"])


def test_depth_two_reaches_further(app):
    assert "state:RUS" not in node_ids(api(app, "/api/neighbours?id=state:TJK&depth=1"))
    assert "state:RUS" in node_ids(api(app, "/api/neighbours?id=state:TJK&depth=2"))


def test_neighbourhoods_of_several_actors_merge(app):
    answer = api(app, "/api/neighbours?id=state:RUS&id=" + quote(IMG))
    assert node_ids(answer) == {"state:RUS", "state:IRN", "armed_group:img-src-x-onerror-alert-1", "state:TJK"}
    assert answer["centres"] == ["state:RUS", "armed_group:img-src-x-onerror-alert-1"]


def test_neighbours_filter_by_type_predicate_family_and_time(app):
    states = api(app, "/api/neighbours?id=state:TJK&type=state")
    assert {n["type"] for n in states["nodes"]} == {"state"}
    borders = api(app, "/api/neighbours?id=state:TJK&predicate=BORDERS")
    assert {e["predicate"] for e in borders["edges"]} == {"BORDERS"}
    both = api(app, "/api/neighbours?id=state:TJK&predicate=BORDERS,THREAT")
    assert {e["predicate"] for e in both["edges"]} == {"BORDERS", "THREAT"}
    conflict = api(app, "/api/neighbours?id=state:TJK&family=material_conflict")
    assert {e["predicate"] for e in conflict["edges"]} == {"ARMED_CLASH"}
    # since June 2022: the May factory drops out; the undated border is a standing fact and stays
    later = api(app, "/api/neighbours?id=state:TJK&since=2022-06")
    assert {e["predicate"] for e in later["edges"]} == {"ARMED_CLASH", "BORDERS", "CONSULTATION", "THREAT"}
    earlier = api(app, "/api/neighbours?id=state:TJK&until=2022-05")
    assert {e["predicate"] for e in earlier["edges"]} == {"BORDERS", "CO_PRODUCTION"}


def test_unconfirmed_relations_are_drawn_dashed_and_can_be_left_out(app):
    everything = api(app, "/api/neighbours?id=state:KGZ")
    rumour = edge(everything, "ARMS_TRANSFER")
    assert (rumour["modality"], rumour["confirmed"], rumour["dashes"]) == ("unconfirmed", False, True)
    confirmed = api(app, "/api/neighbours?id=state:KGZ&confirmed=true")
    assert "ARMS_TRANSFER" not in {e["predicate"] for e in confirmed["edges"]}


def test_a_cut_neighbourhood_says_so(app):
    answer = api(app, "/api/neighbours?id=state:TJK&depth=2&limit=2")
    assert len(answer["nodes"]) == 2 and answer["nodes"][0]["id"] == "state:TJK"
    assert answer["truncated"] is True and answer["total"]["nodes"] == 6
    kept = node_ids(answer)
    assert all(e["from"] in kept and e["to"] in kept for e in answer["edges"])


@pytest.mark.parametrize("query, parameter, message", [
    ("depth=1", "id", "id is required"),
    ("id=state:TJK&depth=4", "depth", f"depth must be a whole number from 1 to {MAX_DEPTH} (got '4')"),
    ("id=state:TJK&depth=0", "depth", "depth must be a whole number from 1 to 3"),
    ("id=state:TJK&depth=-1", "depth", "depth must be a whole number from 1 to 3"),
    ("id=state:TJK&limit=100000", "limit", "limit must be a whole number from 1 to 500"),
    ("id=state:TJK&predicate=FRIENDSHIP", "predicate", "unknown predicate 'FRIENDSHIP'; the ontology knows: AFFILIATED_WITH"),
    ("id=state:TJK&family=diplomacy", "family", "unknown family ['diplomacy']; use one of: material_cooperation"),
    ("id=state:TJK&type=planet", "type", "unknown actor type 'planet'"),
    ("id=state:TJK&since=2022-13", "since", "since: not a valid date: '2022-13'"),
    ("id=state:TJK&until=soon", "until", "until: not a date: 'soon'"),
    ("id=state:TJK&since=2023&until=2021", "since", "since (2023) is after until (2021)"),
    ("id=state:TJK&confirmed=maybe", "confirmed", "confirmed must be true or false"),
    ("id=state:TJK&dept=2", "dept", "unknown parameter 'dept' for /api/neighbours"),
])
def test_bad_neighbour_parameters_are_400_and_name_the_parameter(app, query, parameter, message):
    body = api(app, "/api/neighbours?" + query, status=400)
    assert message in body["error"] and body["parameter"] == parameter and body["status"] == 400


def test_too_many_actors_at_once_are_refused(app):
    query = "&".join(["id=state:TJK"] * (MAX_IDS + 1))
    assert f"at most {MAX_IDS}" in api(app, "/api/neighbours?" + query, status=400)["error"]


def test_neighbours_of_an_unknown_actor_are_404_with_suggestions(app):
    body = api(app, "/api/neighbours?id=Kyrgystan", status=404)
    assert "Did you mean: Kyrgyzstan?" in body["error"] and body["suggestions"][0]["id"] == "state:KGZ"


# -- /api/relation ---------------------------------------------------------------------------------

def test_relation_gives_every_claim_with_its_source_and_sentence(app):
    answer = api(app, "/api/relation?s=state:IRN&p=CO_PRODUCTION&o=state:TJK")
    assert answer["reads"] == "sets up production in" and answer["total_claims"] == 1
    [claim] = answer["claims"]
    assert claim["sentence"] == FACTORY_SENTENCE
    assert (claim["date"], claim["modality"], claim["confirmed"]) == ("2022-05-17", "asserted", True)
    assert claim["source"]["url"] == FACTORY_URL and set(claim["source"]) >= {"title", "publisher", "published"}


def test_relation_returns_hostile_text_and_urls_unchanged_for_the_page_to_show_as_text(app):
    threat = api(app, "/api/relation?s=" + quote(IMG) + "&p=THREAT&o=Tajikistan")
    assert threat["claims"][0]["sentence"] == HOSTILE_SENTENCE
    meeting = api(app, "/api/relation?s=state:TJK&p=CONSULTATION&o=state:IRN")  # symmetric: either way round
    [claim] = meeting["claims"]
    assert claim["sentence"] == MEETING_SENTENCE and claim["source"]["url"] == JS_URL
    assert claim["source"]["publisher"] == "<svg onload=alert(7)>"


def test_relation_without_a_predicate_lists_every_claim_between_the_two(app):
    answer = api(app, "/api/relation?s=state:IRN&o=state:TJK")
    assert sorted(c["predicate"] for c in answer["claims"]) == ["CONSULTATION", "CO_PRODUCTION"]


def test_relation_claims_follow_the_time_window(app):
    assert api(app, "/api/relation?s=state:IRN&o=state:TJK&since=2022-06")["total_claims"] == 1
    body = api(app, "/api/relation?s=state:IRN&o=state:TJK&until=2021", status=404)
    assert body["error"] == "no claim that Iran has no relation with Tajikistan in this time window"


@pytest.mark.parametrize("query, status, message", [
    ("s=state:IRN&p=CO_PRODUCTION", 400, "o is required"),
    ("p=CO_PRODUCTION&o=state:TJK", 400, "s is required"),
    ("s=state:IRN&p=MAKES_FRIENDS&o=state:TJK", 400, "unknown predicate 'MAKES_FRIENDS'"),
    ("s=Irn&p=CO_PRODUCTION&o=state:TJK", 404, "no actor called 'Irn'"),
    ("s=state:IRN&p=BORDERS&o=state:TJK", 404, "no claim that Iran borders Tajikistan"),
    ("s=state:TJK&p=CO_PRODUCTION&o=state:IRN", 404, "no claim that Tajikistan sets up production in Iran"),
])
def test_bad_relation_requests_say_what_is_wrong(app, query, status, message):
    assert message in api(app, "/api/relation?" + query, status=status)["error"]


# -- /api/ontology, /api/stats, unknown endpoints ---------------------------------------------------

def test_ontology_comes_from_the_ontology_file(app):
    answer = api(app, "/api/ontology")
    onto = load_ontology()
    assert [t["name"] for t in answer["actor_types"]] == list(onto.actor_types)
    assert [(f["name"], f["label"], f["color"]) for f in answer["families"]] == \
        [(f.name, f.label, f.color) for f in onto.families.values()]
    assert [(p["name"], p["label"], p["family"]) for p in answer["predicates"]] == \
        [(p.name, p.label, p.family) for p in onto.predicates.values()]
    assert {m["name"]: m["answers"] for m in answer["modalities"]} == {m.name: m.answers for m in onto.modalities.values()}


def test_stats_count_the_graph(app, hostile_graph):
    answer = api(app, "/api/stats")
    counts = hostile_graph.counts()
    assert (answer["actors"], answer["relations"], answer["claims"], answer["sources"]) == \
        (counts.actors, counts.relations, counts.claims, counts.sources)
    assert answer["actor_types"] == {"state": 4, "armed_group": 1, "organization": 1}
    assert (answer["first_date"], answer["last_date"]) == ("2019", "2023-01")


def test_parameterless_endpoints_refuse_parameters(app):
    assert "it takes: no parameters" in api(app, "/api/stats?verbose=1", status=400)["error"]


def test_an_unknown_endpoint_lists_the_api(app):
    body = api(app, "/api/actors", status=404)
    assert "/api/search" in body["error"] and "/api/neighbours" in body["error"]


def test_requests_are_answered_side_by_side(app):
    paths = ["/api/neighbours?id=state:TJK&depth=3", "/api/search?q=i", "/api/actor/state:IRN", "/api/stats"] * 10
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda path: request(app, path), paths))
    assert [a.status for a in answers] == [200] * len(paths)


def test_a_fresh_server_over_another_view_serves_that_view(hostile_graph):
    small = hostile_graph.nx.subgraph(["state:IRN", "state:RUS"]).copy()
    with running_server(small) as server:
        assert api(server, "/api/stats")["actors"] == 2
        assert api(server, "/api/actor/state:TJK", status=404)["error"].startswith("no actor called")


@pytest.mark.parametrize("name", ["app.js", "desk.js", "review.js", "timeline.js", "hubs.js", "views.js"])
def test_the_page_scripts_build_elements_and_never_parse_markup_or_code(app, name):
    source = request(app, f"/static/{name}").body.decode("utf-8")
    script = re.sub(r"(?<!:)//[^\n]*", "", re.sub(r"/\*.*?\*/", "", source, flags=re.S))  # the code, not its comments
    for forbidden in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function",
                      "setAttribute(\"on", "javascript:"):
        assert forbidden not in script, forbidden
    if name == "app.js":
        assert "createElement" in script and 'rel = "noopener noreferrer"' in script
