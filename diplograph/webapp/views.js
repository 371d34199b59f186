/* diplograph web app, views that last: the address holds what the canvas shows (expanded
 * actors and their depth, the selected actor or relation, the filters, the time window, the
 * path or question drawn) after "#view=", so a view can be bookmarked and shared; opening such
 * an address draws it again. The part after "#" never reaches the server.
 *
 * An address may come from anyone: what it holds is only ever used as data (API parameters,
 * values compared with the page's own checkboxes), never as markup or as a selector.
 *
 * Export: the canvas as PNG, its actors and relations as GraphML or CSV, built in the page. */
(function () {
  "use strict";

  var app = window.diplographApp;
  var expanded = window.diplographMap.expanded;
  var restoring = false;

  function boxes(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
  function text(value) { return typeof value === "string" ? value : ""; }
  function texts(value) { return Array.isArray(value) ? value.filter(function (v) { return typeof v === "string"; }) : []; }

  function currentView() {
    var view = {};
    if (expanded.size) { view.expanded = Array.from(expanded.entries()); }
    var selected = app.selection();
    if (selected) {
      view.selected = selected.kind === "actor" ? ["actor", selected.id] : ["relation", selected.s, selected.p || "", selected.o];
    }
    var types = boxes("#type-filters input[data-type]");
    if (types.some(function (b) { return !b.checked; })) {
      view.types = types.filter(function (b) { return b.checked; }).map(function (b) { return b.dataset.type; });
    }
    var predicates = boxes("#family-filters input[data-predicate]");
    if (predicates.some(function (b) { return !b.checked; })) {
      view.predicates = predicates.filter(function (b) { return b.checked; }).map(function (b) { return b.dataset.predicate; });
    }
    ["since", "until"].forEach(function (id) {
      var value = document.getElementById(id).value.trim();
      if (value) { view[id] = value; }
    });
    if (document.getElementById("confirmed").checked) { view.confirmed = true; }
    if (app.desk.shown) { view.shown = app.desk.shown; }
    return view;
  }

  function save() {
    if (restoring) { return; }
    var view = currentView();
    var hash = Object.keys(view).length ? "#view=" + encodeURIComponent(JSON.stringify(view)) : "";
    if (hash !== window.location.hash) {
      window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search + hash);
    }
  }

  function readView() {
    var hash = window.location.hash;
    if (hash.indexOf("#view=") !== 0) { return null; }
    try {
      var view = JSON.parse(decodeURIComponent(hash.slice(6)));
      return view && typeof view === "object" && !Array.isArray(view) ? view : null;
    } catch (error) {
      app.say("The address holds a view that cannot be read; showing an empty canvas.");
      return null;
    }
  }

  function setFilters(view) {
    var types = view.types ? texts(view.types) : null;
    boxes("#type-filters input[data-type]").forEach(function (b) { b.checked = !types || types.indexOf(b.dataset.type) >= 0; });
    var predicates = view.predicates ? texts(view.predicates) : null;
    boxes("#family-filters input[data-predicate]").forEach(function (b) {
      b.checked = !predicates || predicates.indexOf(b.dataset.predicate) >= 0;
    });
    boxes("#family-filters input[data-family]").forEach(function (family) {
      var inner = boxes("#family-filters input[data-predicate]").filter(function (b) {
        return family.closest("li").contains(b);
      });
      var on = inner.filter(function (b) { return b.checked; }).length;
      family.checked = on === inner.length;
      family.indeterminate = on > 0 && on < inner.length;
    });
    document.getElementById("since").value = text(view.since);
    document.getElementById("until").value = text(view.until);
    document.getElementById("confirmed").checked = view.confirmed === true;
  }

  /* Draw the view the address holds: the filters, then the path or question, then the
   * expanded actors, then the selection. The page says when it is done (data-restored). */
  function restore(view) {
    restoring = true;
    setFilters(view);
    var shown = view.shown && typeof view.shown === "object" ? view.shown : {};
    var first = Promise.resolve();
    if (shown.kind === "path" && text(shown.from) && text(shown.to)) {
      document.getElementById("path-from").value = shown.from;
      document.getElementById("path-to").value = shown.to;
      var k = document.getElementById("path-k");
      if (Array.prototype.some.call(k.options, function (o) { return o.value === text(shown.k); })) { k.value = shown.k; }
      first = app.desk.findPaths();
    } else if (shown.kind === "ask" && text(shown.q)) {
      document.getElementById("ask").value = shown.q;
      first = app.desk.ask();
    }
    return first.then(function () {
      (Array.isArray(view.expanded) ? view.expanded : []).slice(0, 50).forEach(function (entry) {
        if (Array.isArray(entry) && typeof entry[0] === "string" && [1, 2, 3].indexOf(entry[1]) >= 0) {
          expanded.set(entry[0], entry[1]);
        }
      });
      return expanded.size ? app.refresh() : null;
    }).then(function () {
      var selected = texts(view.selected);
      if (selected[0] === "actor" && selected[1]) { return app.select({ kind: "actor", id: selected[1] }); }
      if (selected[0] === "relation" && selected.length === 4) {
        return app.select({ kind: "relation", s: selected[1], p: selected[2] || null, o: selected[3] });
      }
      return null;
    }).catch(function (error) { app.say(error.message); }).then(function () {
      restoring = false;
      save();
      document.documentElement.dataset.restored = "true";
    });
  }

  app.afterDone = save;
  document.getElementById("clear").addEventListener("click", function () { app.desk.shown = null; });
  app.ready.push(function () {
    var view = readView();
    if (view) { restore(view); } else { document.documentElement.dataset.restored = "true"; }
  });

  // -- export ---------------------------------------------------------------------------------------

  function download(blob, name) {
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
  }

  function shownNodes() { return app.nodes.get({ filter: function (n) { return !n.hidden; } }); }

  function shownEdges(nodes) {
    var ids = {};
    nodes.forEach(function (n) { ids[n.id] = true; });
    return app.edges.get({ filter: function (e) { return ids[e.from] && ids[e.to]; } });
  }

  function exportPng() {
    var source = document.querySelector("#map canvas");
    var canvas = document.createElement("canvas");
    canvas.width = source.width;
    canvas.height = source.height;
    var context = canvas.getContext("2d");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(source, 0, 0);
    canvas.toBlob(function (blob) { download(blob, "diplograph-view.png"); app.done(); }, "image/png");
  }

  var NODE_KEYS = ["name", "type", "degree"];
  var EDGE_KEYS = ["predicate", "family", "modality", "n_sources", "n_claims", "first_date", "last_date"];

  function exportGraphml() {
    var ns = "http://graphml.graphdrawing.org/xmlns";
    var xml = document.implementation.createDocument(ns, "graphml", null);
    var root = xml.documentElement;
    function add(parent, tag, attributes, value) {
      var node = xml.createElementNS(ns, tag);
      Object.keys(attributes).forEach(function (name) { node.setAttribute(name, attributes[name]); });
      if (value !== undefined && value !== null) { node.textContent = String(value); }
      parent.appendChild(node);
      return node;
    }
    NODE_KEYS.forEach(function (k) { add(root, "key", { id: "n_" + k, "for": "node", "attr.name": k, "attr.type": k === "degree" ? "int" : "string" }); });
    EDGE_KEYS.forEach(function (k) {
      add(root, "key", { id: "e_" + k, "for": "edge", "attr.name": k, "attr.type": /^n_/.test(k) ? "int" : "string" });
    });
    var graph = add(root, "graph", { id: "diplograph-view", edgedefault: "directed" });
    var nodes = shownNodes();
    nodes.forEach(function (n) {
      var node = add(graph, "node", { id: n.id });
      NODE_KEYS.forEach(function (k) { add(node, "data", { key: "n_" + k }, n[k]); });
    });
    shownEdges(nodes).forEach(function (e) {
      var edge = add(graph, "edge", { id: e.id, source: e.from, target: e.to });
      EDGE_KEYS.forEach(function (k) { add(edge, "data", { key: "e_" + k }, e[k]); });
    });
    var body = '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(xml) + "\n";
    download(new Blob([body], { type: "application/graphml+xml" }), "diplograph-view.graphml");
    app.done();
  }

  /* A cell a spreadsheet shows as text: an apostrophe before what would start a formula. */
  function cell(value) {
    var s = value === undefined || value === null ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(s) && !/^[+-]?\d+(\.\d+)?$/.test(s)) { s = "'" + s; }
    return '"' + s.replace(/"/g, '""') + '"';
  }

  function exportCsv() {
    var nodes = shownNodes();
    var byId = {};
    nodes.forEach(function (n) { byId[n.id] = n; });
    var rows = [["subject", "predicate", "object", "modality", "sources", "claims", "first_date", "last_date",
                 "subject_type", "object_type", "subject_id", "object_id"]];
    shownEdges(nodes).forEach(function (e) {
      rows.push([byId[e.from].name, e.predicate, byId[e.to].name, e.modality, e.n_sources, e.n_claims, e.first_date,
                 e.last_date, byId[e.from].type, byId[e.to].type, e.from, e.to]);
    });
    var body = rows.map(function (row) { return row.map(cell).join(","); }).join("\r\n") + "\r\n";
    download(new Blob([body], { type: "text/csv" }), "diplograph-view.csv");
    app.done();
  }

  document.getElementById("export-png").addEventListener("click", exportPng);
  document.getElementById("export-graphml").addEventListener("click", exportGraphml);
  document.getElementById("export-csv").addEventListener("click", exportCsv);
})();
