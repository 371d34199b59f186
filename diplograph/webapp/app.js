/* diplograph web app: search actors, expand their neighbours, filter, read the evidence.
 *
 * Every name, sentence and URL comes from sources we do not control. Text reaches the page
 * only through textContent and DOM properties (never innerHTML), links only for http(s)
 * addresses, and vis-network records never carry a "title" (vis would render it as HTML).
 * The page's <html data-done> counter goes up each time an action has finished drawing,
 * which is what the browser tests wait on (waiting by polling a script would need eval,
 * which the Content Security Policy forbids). */
(function () {
  "use strict";

  var settings = JSON.parse(document.getElementById("app-settings").textContent);
  var container = document.getElementById("map");
  var searchBox = document.getElementById("search");
  var suggestionList = document.getElementById("suggestions");
  var statusLine = document.getElementById("status");
  var panelBody = document.getElementById("panel-body");
  var notice = document.getElementById("notice");
  var emptyNote = document.getElementById("empty");
  var tooltip = document.getElementById("tooltip");
  var depthSelect = document.getElementById("depth");
  var sinceBox = document.getElementById("since");
  var untilBox = document.getElementById("until");
  var confirmedBox = document.getElementById("confirmed");
  var MAX_EXPANDED = 50;  // the API merges at most this many neighbourhoods in one request
  var DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

  var nodes = new vis.DataSet([]);
  var edges = new vis.DataSet([]);
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, settings.visOptions);
  var onto = { types: {}, families: {}, predicates: {}, modalities: {} };
  var expanded = new Map();  // actor id -> depth it was expanded to, oldest first
  var selection = null;  // {kind: "actor", id} or {kind: "relation", s, p, o}
  var lastActor = null;  // the /api/actor answer shown last, for the way back from a relation
  var pinned = [];  // what else the canvas shows (a path, an answer): functions of the filters that ask for it again
  window.diplographMap = { nodes: nodes, edges: edges, network: network, expanded: expanded };

  // -- small helpers ------------------------------------------------------------------------

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  function dates(first, last) {
    if (!first && !last) { return "undated"; }
    if (!last || last === first) { return first || last; }
    return (first || "?") + " – " + last;
  }

  /* The address as a string when it is an http(s) URL, else null: "javascript:", "data:" and
   * anything unparsable stay text. */
  function webAddress(text) {
    if (typeof text !== "string" || !text) { return null; }
    var url;
    try { url = new URL(text); } catch (error) { return null; }
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  }

  function done() {
    var root = document.documentElement;
    if (window.diplographApp && window.diplographApp.afterDone) { window.diplographApp.afterDone(); }
    root.dataset.done = String(Number(root.dataset.done || "0") + 1);
  }

  function say(message) { statusLine.textContent = message || ""; }

  function api(path, params) {
    var query = new URLSearchParams();
    Object.keys(params || {}).forEach(function (name) {
      var value = params[name];
      (Array.isArray(value) ? value : [value]).forEach(function (v) {
        if (v !== null && v !== undefined && v !== "") { query.append(name, v); }
      });
    });
    var text = query.toString();
    return fetch(path + (text ? "?" + text : ""), { headers: { Accept: "application/json" }, cache: "no-store" })
      .then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) {
            var error = new Error(body.error || ("the server answered " + response.status));
            error.body = body;
            throw error;
          }
          return body;
        });
      });
  }

  // -- filters --------------------------------------------------------------------------------

  function checked(selector) {
    return Array.prototype.filter.call(document.querySelectorAll(selector), function (box) { return box.checked; });
  }

  function allChecked(selector) {
    return Array.prototype.every.call(document.querySelectorAll(selector), function (box) { return box.checked; });
  }

  /* The filters as API parameters; null when they cannot be used (shown in the status line). */
  function filterParams() {
    var params = {};
    if (!allChecked("#type-filters input[data-type]")) {
      params.type = checked("#type-filters input[data-type]").map(function (box) { return box.dataset.type; });
      if (!params.type.length) { say("Choose at least one actor type."); return null; }
    }
    if (!allChecked("#family-filters input[data-predicate]")) {
      params.predicate = checked("#family-filters input[data-predicate]").map(function (box) { return box.dataset.predicate; });
      if (!params.predicate.length) { say("Choose at least one relation."); return null; }
    }
    var since = sinceBox.value.trim(), until = untilBox.value.trim();
    if ((since && !DATE.test(since)) || (until && !DATE.test(until))) {
      say("Dates are a year, a month or a day: 2021, 2021-06 or 2021-06-30.");
      return null;
    }
    if (since) { params.since = since; }
    if (until) { params.until = until; }
    if (confirmedBox.checked) { params.confirmed = "true"; }
    return params;
  }

  function swatch(type) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "14");
    svg.setAttribute("height", "14");
    svg.setAttribute("viewBox", "0 0 14 14");
    svg.setAttribute("aria-hidden", "true");
    var shape;
    if (type.swatch) {
      shape = document.createElementNS(ns, "polygon");
      shape.setAttribute("points", type.swatch);
    } else {
      shape = document.createElementNS(ns, "circle");
      shape.setAttribute("cx", "7");
      shape.setAttribute("cy", "7");
      shape.setAttribute("r", "6");
    }
    shape.setAttribute("fill", type.color);
    svg.appendChild(shape);
    return svg;
  }

  function line(color) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "22");
    svg.setAttribute("height", "14");
    svg.setAttribute("viewBox", "0 0 22 14");
    svg.setAttribute("aria-hidden", "true");
    var stroke = document.createElementNS(ns, "line");
    [["x1", "1"], ["y1", "7"], ["x2", "21"], ["y2", "7"], ["stroke", color], ["stroke-width", "3"]].forEach(function (a) {
      stroke.setAttribute(a[0], a[1]);
    });
    svg.appendChild(stroke);
    return svg;
  }

  function checkbox(data, value) {
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset[data] = value;
    return box;
  }

  function buildFilters(ontology) {
    var typeList = document.getElementById("type-filters");
    ontology.actor_types.forEach(function (type) {
      onto.types[type.name] = type;
      var label = el("label");
      label.appendChild(checkbox("type", type.name));
      label.appendChild(swatch(type));
      label.appendChild(document.createTextNode(type.label));
      label.title = type.description;
      var item = el("li");
      item.appendChild(label);
      typeList.appendChild(item);
    });
    ontology.modalities.forEach(function (m) { onto.modalities[m.name] = m; });
    var familyList = document.getElementById("family-filters");
    ontology.families.forEach(function (family) {
      onto.families[family.name] = family;
      var item = el("li");
      var label = el("label");
      var familyBox = checkbox("family", family.name);
      label.appendChild(familyBox);
      label.appendChild(line(family.color));
      label.appendChild(document.createTextNode(family.label));
      item.appendChild(label);
      var more = el("details");
      more.appendChild(el("summary", null, "predicates"));
      var list = el("ul");
      ontology.predicates.filter(function (p) { return p.family === family.name; }).forEach(function (p) {
        onto.predicates[p.name] = p;
        var pLabel = el("label");
        pLabel.appendChild(checkbox("predicate", p.name));
        pLabel.appendChild(document.createTextNode(p.label));
        pLabel.title = p.name + ": " + p.description;
        var pItem = el("li");
        pItem.appendChild(pLabel);
        list.appendChild(pItem);
      });
      more.appendChild(list);
      item.appendChild(more);
      familyList.appendChild(item);
      familyBox.addEventListener("change", function () {
        list.querySelectorAll("input").forEach(function (box) { box.checked = familyBox.checked; });
      });
      list.addEventListener("change", function () {
        var boxes = list.querySelectorAll("input");
        var on = Array.prototype.filter.call(boxes, function (box) { return box.checked; }).length;
        familyBox.checked = on === boxes.length;
        familyBox.indeterminate = on > 0 && on < boxes.length;
      });
    });
    for (var depth = 1; depth <= settings.maxDepth; depth += 1) {
      var option = el("option", null, depth);
      option.value = String(depth);
      depthSelect.appendChild(option);
    }
    document.querySelector(".filters").addEventListener("change", function (event) {
      if (event.target === depthSelect) { return; }  // depth applies to the next expansion
      if (event.target.closest(".time-slider")) { return; }  // the slider changes Until, which redraws
      if (event.target.closest(".path-finder")) { return; }  // a path is drawn when asked for, not on each edit
      refilter();
    });
  }

  /* Actors of an unchecked type are hidden, whatever brought them in (an expanded actor is
   * always returned by the API, even when its own type is filtered out). */
  function applyVisibility() {
    var hiddenTypes = {};
    document.querySelectorAll("#type-filters input[data-type]").forEach(function (box) {
      if (!box.checked) { hiddenTypes[box.dataset.type] = true; }
    });
    nodes.update(nodes.get().map(function (n) { return { id: n.id, hidden: !!hiddenTypes[n.type] }; }));
    emptyNote.hidden = nodes.length > 0;
  }

  // -- the canvas -----------------------------------------------------------------------------

  function around(anchor, index, count) {
    var centre = anchor && nodes.get(anchor) ? network.getPosition(anchor) : { x: 0, y: 0 };
    var angle = (2 * Math.PI * index) / Math.max(count, 1);
    var radius = 120 + 6 * count;
    return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
  }

  /* Add the nodes and edges of one or more /api/neighbours answers; with `replace`, remove
   * whatever they do not contain (a refresh after the filters changed). */
  function merge(answers, anchor, replace) {
    if (window.diplographApp.hubs) { window.diplographApp.hubs.ungroup(); }  // clusters are redrawn after
    var nodeRecords = {}, edgeRecords = {};
    answers.forEach(function (answer) {
      answer.nodes.forEach(function (n) { nodeRecords[n.id] = n; });
      answer.edges.forEach(function (e) { edgeRecords[e.id] = e; });
    });
    if (replace) {
      nodes.remove(nodes.getIds().filter(function (id) { return !nodeRecords[id]; }));
      edges.remove(edges.getIds().filter(function (id) { return !edgeRecords[id]; }));
    }
    var fresh = Object.keys(nodeRecords).filter(function (id) { return !nodes.get(id); });
    var placed = Object.keys(nodeRecords).map(function (id) {
      var record = Object.assign({}, nodeRecords[id]);
      var at = fresh.indexOf(id);
      if (at >= 0) { Object.assign(record, around(anchor, at, fresh.length)); }
      return record;
    });
    nodes.update(placed);
    edges.update(Object.keys(edgeRecords).map(function (id) { return edgeRecords[id]; }));
    bendParallel();
    applyVisibility();
    var cut = answers.filter(function (a) { return a.truncated; });
    if (cut.length) {
      notice.textContent = "Only part of the neighbourhood is shown (" + cut.map(function (a) {
        return a.nodes.length + " of " + a.total.nodes + " actors, " + a.edges.length + " of " + a.total.edges + " relations";
      }).join("; ") + "). Narrow the filters or expand less deeply to see the rest.";
      notice.hidden = false;
    } else {
      notice.hidden = true;
    }
    return fresh.length;
  }

  /* The 2nd, 3rd ... relation between two actors curves away from the 1st, on alternate
   * sides, whichever way each points. */
  function bendParallel() {
    var pairs = {};
    edges.get().forEach(function (e) {
      var key = e.from < e.to ? e.from + "\n" + e.to : e.to + "\n" + e.from;
      (pairs[key] = pairs[key] || []).push(e);
    });
    var updates = [];
    Object.keys(pairs).forEach(function (key) {
      var first = key.split("\n")[0];
      pairs[key].sort(function (a, b) { return a.id < b.id ? -1 : 1; }).forEach(function (e, i) {
        if (!i) { updates.push({ id: e.id, smooth: settings.visOptions.edges.smooth }); return; }
        var side = (i % 2 === 1) === (e.from === first) ? "curvedCW" : "curvedCCW";
        updates.push({ id: e.id, smooth: { enabled: true, type: side, roundness: 0.18 * Math.ceil(i / 2) } });
      });
    });
    edges.update(updates);
  }

  /* Let the physics place new actors, then hold still so that what is on screen stays put. */
  function settle(moved) {
    function regroup() { if (window.diplographApp.hubs) { window.diplographApp.hubs.regroup(); } }
    return new Promise(function (resolve) {
      if (!moved) { regroup(); resolve(); return; }
      var finished = false;
      function finish() {
        if (finished) { return; }
        finished = true;
        network.off("stabilizationIterationsDone", finish);
        network.stopSimulation();
        regroup();
        network.fit({ animation: false });
        resolve();
      }
      network.on("stabilizationIterationsDone", finish);
      network.stabilize(150);
      setTimeout(finish, 4000);
    });
  }

  function rememberExpanded(id) {
    expanded.delete(id);
    expanded.set(id, Number(depthSelect.value) || 1);
    while (expanded.size > MAX_EXPANDED) { expanded.delete(expanded.keys().next().value); }
  }

  function neighbourRequests(filters) {
    var byDepth = {};
    expanded.forEach(function (depth, id) { (byDepth[depth] = byDepth[depth] || []).push(id); });
    return Object.keys(byDepth).map(function (depth) {
      return api("/api/neighbours", Object.assign({ id: byDepth[depth], depth: depth }, filters));
    });
  }

  /* Add an actor and its neighbours to the canvas, select it and show its relations. */
  function expand(id) {
    var filters = filterParams();
    if (!filters) { done(); return Promise.resolve(); }
    say("");
    var depth = Number(depthSelect.value) || 1;
    return Promise.all([api("/api/neighbours", Object.assign({ id: id, depth: depth }, filters)),
                        api("/api/actor/" + encodeURIComponent(id), filters)])
      .then(function (answers) {
        rememberExpanded(answers[1].actor.id);
        var moved = merge([answers[0]], id, false);
        showActor(answers[1]);
        return settle(moved).then(function () { network.selectNodes([answers[1].actor.id]); });
      })
      .catch(function (error) { say(error.message); })
      .then(done);
  }

  /* The filters changed: ask again for every expanded neighbourhood, and redraw. */
  function refilter() {
    var filters = filterParams();
    if (!filters) {
      done();
      return Promise.resolve();
    }
    say("");
    applyVisibility();
    if (!expanded.size && !pinned.length) { return reshow(filters).catch(function (error) { say(error.message); }).then(done); }
    var requests = neighbourRequests(filters).concat(pinned.map(function (draw) { return draw(filters); }));
    return Promise.all(requests)
      .then(function (answers) {
        var moved = merge(answers, null, true);
        if (selection && selection.kind === "actor" && nodes.get(selection.id)) {
          return api("/api/actor/" + encodeURIComponent(selection.id), filters).then(function (answer) {
            showActor(answer);
            return settle(moved);
          });
        }
        if (selection && selection.kind === "relation") { return showRelation(selection).then(function () { return settle(moved); }); }
        return settle(moved);
      })
      .catch(function (error) { say(error.message); })
      .then(done);
  }

  /* How an actor's relations can be listed: as the API gives them (most sources first), by
   * date either way, by number of sources. */
  function byText(a, b) { return a < b ? -1 : (a > b ? 1 : 0); }
  var ORDERS = {
    evidence: { label: "strongest evidence first", compare: function () { return 0; } },
    newest: { label: "newest first", compare: function (a, b) { return byText(b.last_date || "", a.last_date || ""); } },
    oldest: { label: "oldest first", compare: function (a, b) {
      return byText(a.first_date || "9999", b.first_date || "9999"); } },
    sources: { label: "most sources first", compare: function (a, b) { return b.n_sources - a.n_sources; } }
  };
  var relationOrder = "evidence";

  /* Show the selected actor or relation again (after a review changed what it reads). */
  function reshow(filters) {
    if (selection && selection.kind === "actor") {
      return api("/api/actor/" + encodeURIComponent(selection.id), filters).then(showActor);
    }
    if (selection && selection.kind === "relation") { return showRelation(selection); }
    return Promise.resolve();
  }

  // -- the side panel ---------------------------------------------------------------------------

  function showActor(answer) {
    var actor = answer.actor;
    selection = { kind: "actor", id: actor.id };
    lastActor = answer;
    var body = el("div", "actor");
    body.appendChild(el("h2", "title", actor.name));
    body.appendChild(el("div", "meta", actor.type_label + " · " + plural(actor.degree, "relation") + " in the graph · " + actor.id));
    if (actor.aliases.length) { body.appendChild(el("div", "meta", "also: " + actor.aliases.join(", "))); }
    body.appendChild(el("h3", null, answer.truncated ? "Relations (first " + answer.relations.length + " of " + answer.total_relations + ")"
                                                     : "Relations (" + answer.total_relations + ")"));
    var sorter = el("select", "sort-relations");
    sorter.setAttribute("aria-label", "Order of the relations");
    Object.keys(ORDERS).forEach(function (name) {
      var option = el("option", null, ORDERS[name].label);
      option.value = name;
      sorter.appendChild(option);
    });
    sorter.value = relationOrder;
    sorter.addEventListener("change", function () { relationOrder = sorter.value; showActor(answer); done(); });
    body.appendChild(sorter);
    var list = el("ul", "relations");
    answer.relations.slice().sort(ORDERS[relationOrder].compare).forEach(function (r) {
      var button = el("button");
      button.type = "button";
      var family = onto.families[r.family];
      var mark = el("span", "swatch");
      if (family) { mark.style.backgroundColor = family.color; }
      button.appendChild(mark);
      button.appendChild(document.createTextNode(r.subject.name + " " + r.reads + " " + r.object.name));
      var meta = [plural(r.n_sources, "source"), dates(r.first_date, r.last_date), r.modality, r.grade];
      button.appendChild(el("div", "meta" + (r.confirmed ? "" : " weak"), meta.join(" · ")));
      button.addEventListener("click", function () {
        var wanted = { kind: "relation", s: r.subject.id, p: r.predicate, o: r.object.id };
        showRelation(wanted).then(done);
      });
      var item = el("li");
      item.appendChild(button);
      list.appendChild(item);
    });
    if (!answer.relations.length) { list.appendChild(el("li", "meta", "No relation passes the filters.")); }
    body.appendChild(list);
    if (window.diplographApp.decorateActor) { window.diplographApp.decorateActor(body, answer); }
    panelBody.replaceChildren(body);
  }

  function claimItem(claim) {
    var item = el("li", "claim");
    var modality = onto.modalities[claim.modality];
    var meta = [dates(claim.date, claim.end_date), claim.modality + (claim.confirmed ? "" : " (not confirmed)")];
    Object.keys(claim.properties || {}).forEach(function (key) { meta.push(key + ": " + claim.properties[key]); });
    var metaLine = el("div", "meta" + (claim.confirmed ? "" : " weak"), meta.join(" · "));
    if (modality) { metaLine.title = modality.description; }
    item.appendChild(metaLine);
    if (claim.sentence) { item.appendChild(el("blockquote", "evidence", claim.sentence)); }
    var source = claim.source;
    var cite = [source.title, source.publisher, source.published].filter(Boolean).join(" · ");
    if (cite && source.reliability) { cite = source.reliability + " · " + cite; }
    if (cite || !source.url) { item.appendChild(el("div", "source", cite || "source " + source.id)); }
    if (source.url) {
      var address = webAddress(source.url);
      if (address) {
        var link = el("a", "url", source.url);
        link.href = address;
        link.rel = "noopener noreferrer";
        link.target = "_blank";
        item.appendChild(link);
      } else {
        var text = el("span", "url", source.url);
        text.title = "not a web address, shown as text";
        item.appendChild(text);
      }
    }
    if (window.diplographApp.decorateClaim) { window.diplographApp.decorateClaim(item, claim); }
    if (source.id && window.diplographApp.openSource) {
      var read = el("button", "read-source", "Read the source");
      read.type = "button";
      read.addEventListener("click", function () { window.diplographApp.openSource(source.id, claim.claim_id).then(done); });
      item.appendChild(read);
    }
    return item;
  }

  function showRelation(wanted) {
    var filters = filterParams() || {};
    var params = { s: wanted.s, p: wanted.p, o: wanted.o };
    if (filters.since) { params.since = filters.since; }
    if (filters.until) { params.until = filters.until; }
    return api("/api/relation", params).then(function (answer) {
      selection = wanted;
      var body = el("div", "relation");
      var previous = lastActor;
      if (previous) {
        var back = el("button", "back", "← " + previous.actor.name);
        back.type = "button";
        back.addEventListener("click", function () { showActor(previous); });
        body.appendChild(back);
      }
      body.appendChild(el("h2", "title", answer.subject.name + " " + answer.reads + " " + answer.object.name));
      var predicate = onto.predicates[answer.predicate];
      var family = predicate ? onto.families[predicate.family] : null;
      body.appendChild(el("div", "meta", [answer.predicate, family ? family.label : "",
        plural(answer.total_claims, "claim")].filter(Boolean).join(" · ")));
      body.appendChild(el("h3", null, "Evidence"));
      var list = el("ul", "claims");
      answer.claims.forEach(function (claim) { list.appendChild(claimItem(claim)); });
      body.appendChild(list);
      if (answer.truncated) { body.appendChild(el("div", "meta", "The first " + answer.claims.length + " claims are shown.")); }
      if (window.diplographApp.decorateRelation) { window.diplographApp.decorateRelation(body, answer); }
      panelBody.replaceChildren(body);
    }).catch(function (error) { say(error.message); });
  }

  // -- search -----------------------------------------------------------------------------------

  var searchTimer = null, searchSeq = 0, results = [], active = -1;

  function closeSuggestions() {
    suggestionList.hidden = true;
    searchBox.setAttribute("aria-expanded", "false");
    active = -1;
  }

  function markActive(index) {
    active = index;
    Array.prototype.forEach.call(suggestionList.children, function (item, i) {
      item.setAttribute("aria-selected", i === index ? "true" : "false");
    });
  }

  function pick(actor) {
    closeSuggestions();
    searchBox.value = actor.name;
    expand(actor.id).then(function () {
      if (nodes.get(actor.id)) { network.focus(actor.id, { scale: 1.2, animation: false }); }
    });
  }

  function suggestion(actor, extra) {
    var item = el("li");
    item.setAttribute("role", "option");
    item.dataset.id = actor.id;
    item.appendChild(el("span", "name", actor.name));
    item.appendChild(el("span", "meta", [actor.type_label, extra].filter(Boolean).join(" · ")));
    item.addEventListener("mousedown", function (event) { event.preventDefault(); });  // keep the focus in the box
    item.addEventListener("click", function () { pick(actor); });
    return item;
  }

  function showSuggestions(answer) {
    results = answer.results;
    var items = answer.results.map(function (actor) {
      return suggestion(actor, (actor.matched ? "“" + actor.matched + "” · " : "") + plural(actor.degree, "relation"));
    });
    if (!items.length) {
      items.push(el("li", "none", "No actor matches."));
      (answer.suggestions || []).forEach(function (actor) {
        results.push(actor);
        items.push(suggestion(actor, "did you mean?"));
      });
    } else if (answer.truncated) {
      items.push(el("li", "none", (answer.total - answer.results.length) + " more: type more of the name"));
    }
    suggestionList.replaceChildren.apply(suggestionList, items);
    suggestionList.hidden = false;
    searchBox.setAttribute("aria-expanded", "true");
    markActive(-1);
  }

  function search() {
    var text = searchBox.value.trim();
    var seq = ++searchSeq;
    if (!text) { closeSuggestions(); done(); return; }
    var types = (filterParams() || {}).type;
    api("/api/search", { q: text, type: types }).then(function (answer) {
      if (seq === searchSeq) { showSuggestions(answer); }
    }).catch(function (error) { say(error.message); }).then(done);
  }

  searchBox.addEventListener("input", function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(search, 150);
  });
  searchBox.addEventListener("keydown", function (event) {
    var options = results.length;
    if (event.key === "ArrowDown" && options) { event.preventDefault(); markActive((active + 1) % options); }
    else if (event.key === "ArrowUp" && options) { event.preventDefault(); markActive((active - 1 + options) % options); }
    else if (event.key === "Enter" && options && !suggestionList.hidden) { event.preventDefault(); pick(results[Math.max(active, 0)]); }
    else if (event.key === "Escape") { closeSuggestions(); }
  });
  searchBox.addEventListener("blur", function () { setTimeout(closeSuggestions, 150); });

  // -- canvas events ------------------------------------------------------------------------------

  function showTooltip(lines, pointer) {
    tooltip.replaceChildren.apply(tooltip, lines);
    tooltip.hidden = false;
    var box = container.getBoundingClientRect();
    var x = Math.min(pointer.x + 14, box.width - tooltip.offsetWidth - 8);
    var y = pointer.y + 14;
    if (y + tooltip.offsetHeight > box.height) { y = Math.max(8, pointer.y - tooltip.offsetHeight - 14); }
    tooltip.style.left = Math.max(8, x) + "px";
    tooltip.style.top = y + "px";
  }

  function hideTooltip() { tooltip.hidden = true; }

  network.on("hoverNode", function (p) {
    var n = nodes.get(p.node);
    if (!n) {  // a group of neighbours (see hubs.js)
      showTooltip([el("div", "title", network.body.nodes[p.node].options.label),
        el("div", "meta", "click to show them one by one")], p.pointer.DOM);
      return;
    }
    showTooltip([el("div", "title", n.name), el("div", "meta", n.type_label + " · " + plural(n.degree, "relation") +
      (expanded.has(n.id) ? "" : " · click to expand"))], p.pointer.DOM);
  });
  network.on("hoverEdge", function (p) {
    var e = edges.get(p.edge);
    var from = nodes.get(e.from), to = nodes.get(e.to);
    showTooltip([el("div", "title", (from ? from.name : e.from) + " " + e.reads + " " + (to ? to.name : e.to)),
      el("div", "meta", [plural(e.n_sources, "source"), dates(e.first_date, e.last_date), e.modality, e.grade,
        "click for the evidence"].join(" · "))], p.pointer.DOM);
  });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (name) { network.on(name, hideTooltip); });

  network.on("click", function (p) {
    hideTooltip();
    if (p.nodes.length && network.isCluster(p.nodes[0])) {
      network.openCluster(p.nodes[0]);
      done();
    } else if (p.nodes.length) {
      expand(p.nodes[0]);
    } else if (p.edges.length) {
      var e = edges.get(p.edges[0]);
      showRelation({ kind: "relation", s: e.from, p: e.predicate, o: e.to }).then(done);
    }
  });

  document.getElementById("fit").addEventListener("click", function () { network.fit(); });
  document.getElementById("clear").addEventListener("click", function () {
    nodes.clear();
    edges.clear();
    expanded.clear();
    pinned.length = 0;
    selection = null;
    lastActor = null;
    notice.hidden = true;
    emptyNote.hidden = false;
    panelBody.replaceChildren(el("p", "hint", "Select an actor or a relation to see its details here."));
    done();
  });

  /* Show only what `draw(filters)` answers (records of nodes and edges), and draw it again when
   * the filters change: a path or an answer replaces the expanded neighbourhoods. */
  function drawOnly(draw, first) {
    expanded.clear();
    pinned.length = 0;
    pinned.push(draw);
    var moved = merge([first], null, true);
    return settle(moved);
  }

  // What desk.js (path finder, ask box, source reader) builds on.
  window.diplographApp = {
    api: api, el: el, done: done, say: say, plural: plural, dates: dates, webAddress: webAddress, onto: onto,
    filterParams: filterParams, expand: expand, showRelation: showRelation, claimItem: claimItem, refresh: refilter,
    drawOnly: drawOnly, panel: panelBody, nodes: nodes, edges: edges, network: network,
    ready: [],  // what the other scripts start once the ontology and the graph's counts are in
    selection: function () { return selection; },
    select: function (wanted) { selection = wanted; return reshow(filterParams() || {}); }
  };

  // -- start --------------------------------------------------------------------------------------

  // The other scripts register what they start in app.ready as they load; the answers may come
  // back before the last of them has loaded, so nothing starts until the whole page has.
  var pageLoaded = new Promise(function (resolve) {
    if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", resolve); }
    else { resolve(); }
  });

  Promise.all([api("/api/ontology"), api("/api/stats"), pageLoaded]).then(function (answers) {
    buildFilters(answers[0]);
    var stats = answers[1];
    document.getElementById("graph-counts").textContent = plural(stats.actors, "actor") + " · " +
      plural(stats.relations, "relation") + " · " + plural(stats.sources, "source") +
      (stats.first_date ? " · " + dates(stats.first_date, stats.last_date) : "");
    window.diplographApp.stats = stats;
    window.diplographApp.ready.forEach(function (start) { start(stats); });
    document.documentElement.dataset.ready = "true";
  }).catch(function (error) { say("Cannot reach the diplograph server: " + error.message); }).then(done);
})();
