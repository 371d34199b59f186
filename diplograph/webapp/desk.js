/* diplograph web app, the analyst's desk: the path finder, the ask box and the source reader (app.js draws the
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
    app.desk.shown = { kind: "path", from: from, to: to, k: k };
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
    app.desk.shown = { kind: "ask", q: question };
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

  // -- the source reader ------------------------------------------------------------------------------

  /* The document's text with each claim's sentence marked; `current` is the claim asked about. */
  function documentText(text, claims, current) {
    var box = el("div", "document");
    box.tabIndex = 0;
    var spans = claims.filter(function (c) { return c.span; }).sort(function (a, b) {
      return (a.span[0] - b.span[0]) || ((b.claim_id === current) - (a.claim_id === current));
    });
    var at = 0;
    spans.forEach(function (c) {
      if (c.span[0] < at) { return; }  // a sentence already marked for another claim
      box.appendChild(document.createTextNode(text.slice(at, c.span[0])));
      var mark = el("mark", c.claim_id === current ? "current" : null, text.slice(c.span[0], c.span[1]));
      mark.dataset.claim = c.claim_id;
      mark.title = c.subject.name + " " + c.reads + " " + c.object.name;
      box.appendChild(mark);
      at = c.span[1];
    });
    box.appendChild(document.createTextNode(text.slice(at)));
    return box;
  }

  function highlight(box, claimId) {
    var found = null;
    box.querySelectorAll("mark").forEach(function (mark) {
      var on = mark.dataset.claim === claimId;
      mark.classList.toggle("current", on);
      if (on) { found = mark; }
    });
    if (found) { found.scrollIntoView({ block: "center" }); }
    return found;
  }

  function sourceLink(source) {
    if (!source.url) { return null; }
    var address = app.webAddress(source.url);
    if (!address) {
      var text = el("span", "url", source.url);
      text.title = "not a web address, shown as text";
      return text;
    }
    var link = el("a", "url", source.url);
    link.href = address;
    link.rel = "noopener noreferrer";
    link.target = "_blank";
    return link;
  }

  function showSource(answer, claimId) {
    var source = answer.source;
    var body = el("div", "source-reader");
    body.dataset.source = source.id;
    body.dataset.claim = claimId || "";
    body.appendChild(heading(source.title || "source " + source.id));
    var meta = [source.publisher, source.published, source.kind].filter(Boolean).join(" · ");
    if (meta) { body.appendChild(el("div", "meta", meta)); }
    var link = sourceLink(source);
    if (link) { body.appendChild(link); }
    if (answer.note) { body.appendChild(el("p", "meta weak note", answer.note)); }
    var box = null;
    if (answer.text) {
      box = documentText(answer.text, answer.claims, claimId);
      body.appendChild(box);
    }
    body.appendChild(el("h3", null, "Claims from this source (" + answer.total_claims + ")"));
    var list = el("ul", "source-claims");
    answer.claims.forEach(function (c) {
      var item = el("li");
      item.dataset.claim = c.claim_id;
      var show = el("button", "linkish", c.subject.name + " " + c.reads + " " + c.object.name);
      show.type = "button";
      show.appendChild(el("div", "meta" + (c.confirmed ? "" : " weak"),
        [app.dates(c.date, c.end_date), c.modality, c.span ? "" : "not found in the text"].filter(Boolean).join(" · ")));
      show.title = c.span ? "show it in the text" : "";
      show.addEventListener("click", function () {
        if (box && c.span) { highlight(box, c.claim_id); }
        app.done();
      });
      item.appendChild(show);
      var relation = el("button", "read-source", "all evidence for this relation");
      relation.type = "button";
      relation.addEventListener("click", function () {
        app.showRelation({ kind: "relation", s: c.subject.id, p: c.predicate, o: c.object.id }).then(app.done);
      });
      item.appendChild(relation);
      list.appendChild(item);
    });
    body.appendChild(list);
    if (answer.truncated) { body.appendChild(el("div", "meta", "The first " + answer.claims.length + " claims are shown.")); }
    app.panel.replaceChildren(body);
    if (box) { highlight(box, claimId); }
  }

  function openSource(sourceId, claimId) {
    app.say("");
    return app.api("/api/source", { id: sourceId }).then(function (answer) { showSource(answer, claimId); })
      .catch(function (error) { app.say(error.message); });
  }

  app.openSource = openSource;

  app.desk = { findPaths: findPaths, ask: ask, showPaths: showPaths, showAnswer: showAnswer, showSource: showSource,
               shown: null };  // the path or question the canvas shows, for the address (views.js)
})();
