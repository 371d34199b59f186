"""Hubs made readable, in a real browser: an expanded actor with more neighbours than the
threshold has its leaves grouped by actor type and relation family, one node per group, which a
click opens. The hub's name is hostile: the group's label is drawn on the canvas as text."""

from __future__ import annotations

import pytest
from browser import node_on_screen
from pages import act, app_page, open_actor, screenshot
from served import IMG, running_server

from diplograph.core import DiploGraph

pytestmark = pytest.mark.browser

HUB = f"{IMG} Arms Network"
HUB_ID = "armed_group:img-src-x-onerror-alert-1-arms-network"
CLIENTS = ["Mali", "Niger", "Chad", "Sudan", "Libya", "Egypt"]
RIVALS = ["Group Two", "Group Three", "Group Four"]
VISIBLE = "() => window.diplographMap.network.body.nodeIndices.slice().sort()"
GROUPS = "() => window.diplographApp.hubs.groups().sort()"


@pytest.fixture(scope="module")
def hub_app(tmp_path_factory):
    graph = DiploGraph.open(store=tmp_path_factory.mktemp("hubs") / "g.db")
    rows = [{"subject": HUB, "subject_type": "armed_group", "predicate": "ARMS_TRANSFER", "object": c, "date": "2022"}
            for c in CLIENTS]
    rows += [{"subject": HUB, "subject_type": "armed_group", "predicate": "THREAT", "object": r,
              "object_type": "armed_group", "date": "2023"} for r in RIVALS]
    graph.ingest_facts(rows)
    with running_server(graph.nx) as server:
        yield server
    graph.close()


def test_a_hubs_leaves_are_grouped_by_type_and_family_and_a_click_opens_a_group(browser, hub_app):
    with app_page(browser, hub_app) as visit:
        page = visit.page
        act(page, lambda: page.select_option("#group-threshold", "5"))
        open_actor(page, "Arms Network", HUB_ID)
        groups = page.evaluate(GROUPS)
        assert groups == [f"group:{HUB_ID}|armed_group|verbal_conflict", f"group:{HUB_ID}|state|material_cooperation"]
        labels = page.evaluate("ids => ids.map(id => window.diplographMap.network.body.nodes[id].options.label)", groups)
        assert labels == [f"3 armed groups · verbal conflict · {HUB}", f"6 states · material cooperation · {HUB}"]
        visible = page.evaluate(VISIBLE)
        assert set(groups) <= set(visible) and not {"state:MLI", "state:TCD"} & set(visible)
        screenshot(page, "hubs")
        act(page, lambda: page.mouse.click(*node_on_screen(page, groups[1])))
        visible = page.evaluate(VISIBLE)
        assert {"state:MLI", "state:NER", "state:TCD", "state:SDN", "state:LBY", "state:EGY"} <= set(visible)
        assert groups[1] not in visible and groups[0] in visible
        act(page, lambda: page.select_option("#group-threshold", "0"))
        assert page.evaluate(GROUPS) == [] and len(page.evaluate(VISIBLE)) == 10
        assert page.locator("img, iframe, object, embed").count() == 0
