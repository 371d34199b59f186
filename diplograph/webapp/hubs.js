/* diplograph web app, hubs made readable: when an expanded actor has more neighbours than the
 * threshold chosen under Expand, those tied to it alone (leaves) are grouped into one node per
 * actor type and relation family ("12 states · material cooperation · Russia"), drawn where
 * they were; a click on a group opens it. Groups are undone before the canvas changes and
 * made again once it has settled (app.js calls ungroup and regroup). */
(function () {
  "use strict";

  var app = window.diplographApp;
  var network = app.network;
  var threshold = document.getElementById("group-threshold");
  var groups = [];  // cluster ids on the canvas now
  var opened = {};  // groups the analyst opened: they stay open until the canvas is cleared

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  function isGroup(id) { return network.body.nodes[id] !== undefined && network.isCluster(id); }  // vis logs unknown ids

  function ungroup() {
    groups.forEach(function (id) { if (isGroup(id)) { network.openCluster(id); } });
    groups = [];
  }

  /* The canvas neighbours of `hub` tied to nothing else there, by (type, family). */
  function leavesOf(hub) {
    var byKey = {}, count = 0;
    var expanded = window.diplographMap.expanded;
    network.getConnectedNodes(hub).forEach(function (id) {
      var node = app.nodes.get(id);
      if (!node || node.hidden || expanded.has(id)) { return; }
      count += 1;
      var others = network.getConnectedNodes(id).filter(function (other) { return other !== hub; });
      if (others.length) { return; }
      var families = app.edges.get({ filter: function (e) {
        return (e.from === hub && e.to === id) || (e.to === hub && e.from === id);
      } }).map(function (e) { return e.family; }).sort();
      var key = node.type + "|" + families[0];
      (byKey[key] = byKey[key] || []).push(id);
    });
    return { count: count, byKey: byKey };
  }

  function regroup() {
    ungroup();
    var limit = Number(threshold.value);
    if (!limit) { return; }
    window.diplographMap.expanded.forEach(function (depth, hub) {
      if (!app.nodes.get(hub)) { return; }
      var found = leavesOf(hub);
      if (found.count <= limit) { return; }
      var hubNode = app.nodes.get(hub);
      Object.keys(found.byKey).forEach(function (key) {
        var members = found.byKey[key];
        var id = "group:" + hub + "|" + key;
        if (members.length < 2 || opened[id]) { return; }
        var type = app.onto.types[key.split("|")[0]] || { label: "actor", color: "#888" };
        var family = app.onto.families[key.split("|")[1]] || { label: "" };
        var inside = {};
        members.forEach(function (m) { inside[m] = true; });
        network.cluster({
          joinCondition: function (options) { return !!inside[options.id]; },
          clusterNodeProperties: {
            id: id, shape: "box", borderWidth: 2, margin: 8,
            label: plural(members.length, type.label.toLowerCase()) + " · " + family.label.toLowerCase() + " · " + hubNode.name,
            color: { background: "#ffffff", border: type.color }, font: { size: 14 }
          }
        });
        groups.push(id);
      });
    });
  }

  network.on("click", function (p) {  // app.js opens the group; remember that the analyst did
    if (p.nodes.length && p.nodes[0].indexOf("group:") === 0) { opened[p.nodes[0]] = true; }
  });
  document.getElementById("clear").addEventListener("click", function () { groups = []; opened = {}; });
  // a new threshold groups afresh; the canvas is then redrawn like after any filter (app.js)
  threshold.addEventListener("change", function () { opened = {}; });

  app.hubs = { ungroup: ungroup, regroup: regroup, groups: function () { return groups.slice(); } };
})();
