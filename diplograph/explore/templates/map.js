/* diplograph map: draws the graph held in #map-data with vis-network.
 * Every name, sentence and URL comes from sources we do not control, so text reaches the
 * page only through textContent and DOM properties, never through innerHTML. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("map-data").textContent);
  var container = document.getElementById("map");
  var tooltip = document.getElementById("tooltip");
  var details = document.getElementById("details");
  var detailsBody = document.getElementById("details-body");
  var HOVER_CLAIMS = 3;

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(container, {}, data.options);
  var state = { nodes: nodes, edges: edges, network: network, drawn: false, drawnAt: null };
  window.diplographMap = state;

  // "Drawn" means the first frame a reader can use: after stabilisation when physics runs.
  var settled = !data.physics;
  network.on("stabilizationIterationsDone", function () { settled = true; });
  network.on("afterDrawing", function () {
    if (state.drawn || !settled) { return; }
    state.drawn = true;
    state.drawnAt = performance.now();
    document.documentElement.setAttribute("data-drawn", "true");
    document.dispatchEvent(new CustomEvent("diplograph:drawn", {
      detail: { nodes: nodes.length, edges: edges.length, ms: state.drawnAt }
    }));
  });
  network.setData({ nodes: nodes, edges: edges });
  if (!data.physics) { network.fit(); }

  // -- text building ------------------------------------------------------------------

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function dates(first, last) {
    if (!first && !last) { return "undated"; }
    if (!last || last === first) { return first || last; }
    return (first || "?") + " – " + last;
  }

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  function nodeCard(id, withRelations) {
    var node = nodes.get(id);
    var info = node.info;
    var card = el("div");
    card.appendChild(el("div", "title", info.name));
    card.appendChild(el("div", "meta", info.type + " · " + plural(info.degree, "relation") + " · " + info.id));
    if (info.aliases.length) {
      card.appendChild(el("div", "aliases", "also: " + info.aliases.join(", ")));
    }
    if (withRelations) {
      var list = el("ul", "relations");
      network.getConnectedEdges(id).forEach(function (edgeId) {
        var e = edges.get(edgeId).info;
        var item = el("li", null, e.subject + " " + e.label + " " + e.object);
        item.appendChild(el("span", "meta", " · " + e.grade + " · " + plural(e.n_sources, "source") + " · " +
          dates(e.first_date, e.last_date)));
        list.appendChild(item);
      });
      card.appendChild(list);
    }
    return card;
  }

  function claimItem(claim) {
    var item = el("li", "claim");
    item.appendChild(el("div", "meta", dates(claim.date, claim.end_date) + " · " + claim.modality));
    if (claim.evidence) { item.appendChild(el("blockquote", "evidence", claim.evidence)); }
    var source = data.sources[claim.source];
    if (source) {
      var cite = [source.reliability, source.title, source.publisher, source.published].filter(Boolean).join(" · ");
      if (cite) { item.appendChild(el("div", "source", cite)); }
      // Citation URLs are shown as text to copy, never as links the page would follow.
      if (source.url) { item.appendChild(el("div", "url", source.url)); }
    }
    return item;
  }

  function edgeCard(id, allClaims) {
    var e = edges.get(id).info;
    var card = el("div");
    card.appendChild(el("div", "title", e.subject + " " + e.label + " " + e.object));
    card.appendChild(el("div", "meta", [e.predicate, e.family, dates(e.first_date, e.last_date), e.modality,
      "grade " + e.grade, plural(e.n_sources, "independent source")].join(" · ")));
    var shown = allClaims ? e.claims : e.claims.slice(0, HOVER_CLAIMS);
    var list = el("ul", "claims");
    shown.forEach(function (claim) { list.appendChild(claimItem(claim)); });
    card.appendChild(list);
    if (shown.length < e.claims.length) {
      card.appendChild(el("div", "more", (e.claims.length - shown.length) + " more claim(s): click the relation"));
    }
    return card;
  }

  // -- hover tooltip and pinned details -------------------------------------------------

  function showTooltip(card, pointer) {
    tooltip.replaceChildren(card);
    tooltip.hidden = false;
    var box = container.getBoundingClientRect();
    var x = Math.min(pointer.x + 14, box.width - tooltip.offsetWidth - 8);
    var y = pointer.y + 14;
    if (y + tooltip.offsetHeight > box.height) { y = Math.max(8, pointer.y - tooltip.offsetHeight - 14); }
    tooltip.style.left = Math.max(8, x) + "px";
    tooltip.style.top = y + "px";
  }

  function hideTooltip() { tooltip.hidden = true; }

  function showDetails(card) {
    detailsBody.replaceChildren(card);
    details.hidden = false;
  }

  network.on("hoverNode", function (p) { showTooltip(nodeCard(p.node, false), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTooltip(edgeCard(p.edge, false), p.pointer.DOM); });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (name) { network.on(name, hideTooltip); });
  network.on("click", function (p) {
    if (p.nodes.length) { showDetails(nodeCard(p.nodes[0], true)); }
    else if (p.edges.length) { showDetails(edgeCard(p.edges[0], true)); }
    else { details.hidden = true; }
  });
  document.getElementById("details-close").addEventListener("click", function () {
    details.hidden = true;
    network.unselectAll();
  });

  // -- filters: actor types and relation families -----------------------------------------

  var boxes = Array.prototype.slice.call(document.querySelectorAll(".legend input[type=checkbox]"));
  function applyFilters() {
    var hiddenKinds = {}, hiddenFamilies = {};
    boxes.forEach(function (box) {
      if (box.checked) { return; }
      if (box.dataset.kind) { hiddenKinds[box.dataset.kind] = true; }
      if (box.dataset.family) { hiddenFamilies[box.dataset.family] = true; }
    });
    nodes.update(nodes.get().map(function (n) { return { id: n.id, hidden: !!hiddenKinds[n.kind] }; }));
    edges.update(edges.get().map(function (e) { return { id: e.id, hidden: !!hiddenFamilies[e.family] }; }));
  }
  boxes.forEach(function (box) { box.addEventListener("change", applyFilters); });

  // -- search -------------------------------------------------------------------------------

  var names = document.getElementById("actor-names");
  nodes.get().map(function (n) { return n.info.name; }).sort().forEach(function (name) {
    var option = document.createElement("option");
    option.value = name;
    names.appendChild(option);
  });
  var search = document.getElementById("search");
  var status = document.getElementById("search-status");

  function find(text) {
    var wanted = text.trim().toLowerCase();
    if (!wanted) { return null; }
    var all = nodes.get();
    var exact = all.filter(function (n) { return n.info.name.toLowerCase() === wanted; });
    if (exact.length) { return exact[0]; }
    var partial = all.filter(function (n) {
      return n.info.name.toLowerCase().indexOf(wanted) >= 0 ||
        n.info.aliases.some(function (a) { return a.toLowerCase().indexOf(wanted) >= 0; });
    });
    return partial.length ? partial[0] : null;
  }

  function focusSearch(event) {
    if (event) { event.preventDefault(); }
    var found = find(search.value);
    status.textContent = found || !search.value.trim() ? "" : "no actor matches";
    if (!found) { return; }
    if (found.hidden) {
      boxes.forEach(function (box) { if (box.dataset.kind === found.kind) { box.checked = true; } });
      applyFilters();
    }
    network.selectNodes([found.id]);
    network.focus(found.id, { scale: 1.4, animation: { duration: 400 } });
    showDetails(nodeCard(found.id, true));
  }
  document.getElementById("search-form").addEventListener("submit", focusSearch);
  search.addEventListener("change", focusSearch);
})();
