/* diplograph web app, the analyst's desk: the path finder and the ask box (app.js draws the
 * canvas and the filters; this file builds on what it exposes as window.diplographApp).
 *
 * As in app.js, every name, sentence and URL reaches the page through textContent and DOM
 * properties only, and every action ends with app.done(), which the browser tests wait on. */
(function () {
  "use strict";

  var app = window.diplographApp;
  var el = app.el;
  var ID = /^[a-z_]+:\S+$/;  // an actor id, as the API writes them ("state:IRN")
  var MAX_DRAWN = 80;  // actors /api/subgraph draws at once

  function heading(text) { return el("h2", "title", text); }

  function relationButton(row) {
    var button = el("button", "linkish");
    button.type = "button";
    button.appendChild(document.createTextNode(row.subject.name + " " + row.reads + " " + row.object.name));
    button.appendChild(el("div", "meta" + (row.confirmed ? "" : " weak"),
      [app.plural(row.n_sources, "source"), app.dates(row.first_date, row.last_date), row.modality].join(" · ")));
    button.addEventListener("click", function () {
      app.showRelation({ kind: "relation", s: row.subject.id, p: row.predicate, o: row.object.id }).then(app.done);
    });
    return button;
  }

  function actorButton(actor, extra) {
    var button = el("button", "linkish", actor.name);
    button.type = "button";
    button.dataset.id = actor.id;
    if (extra) { button.appendChild(el("span", "meta", " " + extra)); }
    button.addEventListener("click", function () { app.expand(actor.id); });
    return button;
  }

  // -- the path finder --------------------------------------------------------------------------

  var fromBox = document.getElementById("path-from");
  var toBox = document.getElementById("path-to");
  var kSelect = document.getElementById("path-k");

  function showPaths(answer) {
    var body = el("div", "path-result");
    body.appendChild(heading("Paths from " + answer.from.name + " to " + answer.to.name));
    if (!answer.paths.length) {
      body.appendChild(el("p", "meta", answer.message || "No path."));
      app.panel.replaceChildren(body);
      return;
    }
    body.appendChild(el("div", "meta", answer.paths.length + " shortest (asked for " + answer.k + ")"));
    var list = el("ol", "paths");
    answer.paths.forEach(function (path) {
      var item = el("li");
      item.dataset.path = String(path.number);
      item.appendChild(el("div", "title", path.actors.map(function (a) { return a.name; }).join(" → ")));
      item.appendChild(el("div", "meta", app.plural(path.length, "hop")));
      path.hops.forEach(function (hop, index) {
        var box = el("div", "hop");
        box.appendChild(el("div", "ends", path.actors[index].name + " — " + path.actors[index + 1].name));
        var relations = el("ul", "relations");
        hop.relations.forEach(function (row) {
          var entry = el("li");
          entry.appendChild(relationButton(row));
          var sentence = row.claims.filter(function (c) { return c.sentence; })[0];
          if (sentence) { entry.appendChild(el("blockquote", "evidence", sentence.sentence)); }
          relations.appendChild(entry);
        });
        box.appendChild(relations);
        item.appendChild(box);
      });
      list.appendChild(item);
    });
    body.appendChild(list);
    app.panel.replaceChildren(body);
  }

  function findPaths() {
    var from = fromBox.value.trim(), to = toBox.value.trim();
    if (!from || !to) { app.say("Name two actors to find how they are connected."); app.done(); return Promise.resolve(); }
    var filters = app.filterParams();
    if (!filters) { app.done(); return Promise.resolve(); }
    app.say("");
    var k = kSelect.value;
    function draw(current) { return app.api("/api/path", Object.assign({ from: from, to: to, k: k }, current)); }
    return draw(filters).then(function (answer) {
      showPaths(answer);
      return app.drawOnly(function (current) { return draw(current).then(function (again) { showPaths(again); return again; }); }, answer);
    }).catch(function (error) { app.say(error.message); }).then(app.done);
  }

  document.getElementById("path-go").addEventListener("click", findPaths);
  [fromBox, toBox].forEach(function (box) {
    box.addEventListener("keydown", function (event) { if (event.key === "Enter") { event.preventDefault(); findPaths(); } });
  });

  // -- the ask box ---------------------------------------------------------------------------------

  var askBox = document.getElementById("ask");

  /* The actors an answer is about: its answers, flagged actors, path members and the actors
   * its query was run on. */
  function answerActors(answer) {
    var ids = [];
    function add(id) { if (typeof id === "string" && ID.test(id) && ids.indexOf(id) < 0) { ids.push(id); } }
    Object.keys((answer.query || {}).args || {}).forEach(function (name) {
      var value = answer.query.args[name];
      (Array.isArray(value) ? value : [value]).forEach(add);
    });
    answer.answers.forEach(function (a) { add(a.id); });
    answer.flagged.forEach(function (a) { add(a.id); });
    (answer.paths || []).forEach(function (p) { p.actors.forEach(function (a) { add(a.id); }); });
    return ids.slice(0, MAX_DRAWN);
  }

  function evidenceItem(e) {
    var modality = app.onto.modalities[e.modality];
    var claim = Object.assign({}, e, { confirmed: modality ? modality.answers : true });
    var item = app.claimItem(claim);
    item.insertBefore(el("div", "title", e.subject + " " + e.predicate + " " + e.object), item.firstChild);
    return item;
  }

  function showAnswer(answer) {
    var body = el("div", "ask-result");
    body.appendChild(heading(answer.question));
    if (!answer.understood) {
      body.appendChild(el("p", "meta", answer.message));
      var tries = el("ul", "suggested");
      answer.suggestions.forEach(function (text) {
        var button = el("button", "linkish", text);
        button.type = "button";
        button.addEventListener("click", function () { askBox.value = text; ask(); });
        var item = el("li");
        item.appendChild(button);
        tries.appendChild(item);
      });
      body.appendChild(tries);
      app.panel.replaceChildren(body);
      return;
    }
    body.appendChild(el("div", "meta reading", "Read as: " + answer.reading));
    if (answer.message) { body.appendChild(el("p", "meta", answer.message)); }
    body.appendChild(el("h3", null, answer.answers.length ? "Answers (" + answer.answers.length + ")" : "No answer in the graph"));
    var answers = el("ul", "answers");
    answer.answers.forEach(function (a) {
      var item = el("li");
      item.appendChild(actorButton(a, a.type));
      answers.appendChild(item);
    });
    body.appendChild(answers);
    if (answer.flagged.length) {
      body.appendChild(el("h3", null, "Flagged, not counted"));
      var flagged = el("ul", "answers flagged");
      answer.flagged.forEach(function (f) {
        var item = el("li");
        item.appendChild(actorButton(f, f.why));
        flagged.appendChild(item);
      });
      body.appendChild(flagged);
    }
    if (answer.details.length) {
      var details = el("ul", "details meta");
      answer.details.forEach(function (line) { details.appendChild(el("li", null, line)); });
      body.appendChild(details);
    }
    if (answer.evidence.length) {
      body.appendChild(el("h3", null, "Evidence (" + answer.evidence.length + ")"));
      var claims = el("ul", "claims");
      answer.evidence.forEach(function (e) { claims.appendChild(evidenceItem(e)); });
      body.appendChild(claims);
    }
    app.panel.replaceChildren(body);
  }

  function ask() {
    var question = askBox.value.trim();
    if (!question) { app.say("Type a question, for example: Who supplies drones to Tajikistan?"); app.done(); return Promise.resolve(); }
    app.say("");
    return app.api("/api/ask", { q: question }).then(function (answer) {
      showAnswer(answer);
      var ids = answerActors(answer);
      if (!ids.length) { return null; }
      function draw(filters) { return app.api("/api/subgraph", Object.assign({ id: ids }, filters)); }
      return draw(app.filterParams() || {}).then(function (records) { return app.drawOnly(draw, records); });
    }).catch(function (error) { app.say(error.message); }).then(app.done);
  }

  document.getElementById("ask-go").addEventListener("click", ask);
  askBox.addEventListener("keydown", function (event) { if (event.key === "Enter") { event.preventDefault(); ask(); } });

  app.desk = { findPaths: findPaths, ask: ask, showPaths: showPaths, showAnswer: showAnswer };
})();
