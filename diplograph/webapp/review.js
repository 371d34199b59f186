/* diplograph web app, reviewing: confirm, reject, correct or note a claim, note or merge an
 * actor, undo any of it. Each act is POSTed to /api/review (or /api/undo) with this launch's
 * token, which `diplograph serve` puts in the address it opens: the page keeps it for the tab
 * (sessionStorage) and takes it out of the address bar. The server checks it, and that the
 * request comes from this page (Origin), before it records anything.
 *
 * As everywhere in the app, what the data says reaches the page as text only. */
(function () {
  "use strict";

  var app = window.diplographApp;
  var el = app.el;
  var KEY = "diplograph-token";

  (function keepToken() {
    var address = new URL(window.location.href);
    var token = address.searchParams.get("token");
    if (token) {
      window.sessionStorage.setItem(KEY, token);
      address.searchParams.delete("token");
      window.history.replaceState(window.history.state, "", address.pathname + address.search + address.hash);
    }
  })();

  function post(path, body) {
    return fetch(path, {
      method: "POST", cache: "no-store", credentials: "same-origin",
      headers: { "Content-Type": "application/json", Accept: "application/json",
                 "X-Diplograph-Token": window.sessionStorage.getItem(KEY) || "" },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (answer) {
        if (!response.ok) { throw new Error(answer.error || ("the server answered " + response.status)); }
        return answer;
      });
    });
  }

  /* Draw again whatever the panel shows, now that the graph reads differently. */
  function redraw() {
    var panel = app.panel;
    var reader = panel.querySelector(".source-reader");
    if (panel.querySelector(".ask-result")) { return app.desk.ask(); }
    if (panel.querySelector(".path-result")) { return app.desk.findPaths(); }
    if (reader) { return app.openSource(reader.dataset.source, reader.dataset.claim).then(app.done); }
    return app.refresh();
  }

  var saved = document.getElementById("saved");

  function notice(text) { saved.textContent = text; }

  function act(body, said) {
    app.say("");
    notice("");
    return post("/api/review", body).then(function (answer) {
      notice(said + " (" + answer.record.id + ")");
      if (answer.record.act === "merge") {  // the merged actor is gone: show the one it joined
        window.diplographMap.expanded.delete(answer.record.target);
        app.nodes.remove(answer.record.target);
        return app.expand(answer.record.fields.into);
      }
      if (answer.record.act === "split") {  // show the new actor, and the canvas as it now reads
        var made = answer.record.fields.new_id;
        window.diplographMap.expanded.set(made, 1);
        return app.select({ kind: "actor", id: made }).then(app.refresh);
      }
      return redraw();
    }).catch(function (error) { app.say(error.message); app.done(); });
  }

  function undo(record) {
    app.say("");
    return post("/api/undo", { id: record.id }).then(function () {
      notice("Undone: " + record.act + " (" + record.id + ")");
      return redraw();
    }).catch(function (error) { app.say(error.message); app.done(); });
  }

  function button(text, className, handler) {
    var b = el("button", className || "small", text);
    b.type = "button";
    b.addEventListener("click", handler);
    return b;
  }

  function describe(record) {
    var f = record.fields || {};
    if (record.act === "confirm") { return "✓ confirmed"; }
    if (record.act === "reject") { return "✗ rejected"; }
    if (record.act === "note") { return "note: " + f.text; }
    if (record.act === "merge") { return "merged into " + f.into; }
    if (record.act === "split") { return "split to " + f.new_id; }
    return "✎ corrected " + Object.keys(f).sort().map(function (k) { return k + "=" + (f[k] || "(none)"); }).join(", ");
  }

  function marks(records) {
    var list = el("ul", "marks");
    (records || []).forEach(function (record) {
      var item = el("li", "mark mark-" + record.act);
      item.dataset.record = record.id;
      item.appendChild(el("span", null, describe(record) + " · " + record.who + " · " + String(record.at).slice(0, 10) +
        (record.why ? " · " + record.why : "")));
      item.appendChild(button("Undo", "small undo", function () { undo(record); }));
      list.appendChild(item);
    });
    return list;
  }

  function field(labelText, input) {
    var label = el("label", "field");
    label.appendChild(el("span", null, labelText));
    label.appendChild(input);
    return label;
  }

  function select(options, current) {
    var box = el("select");
    box.appendChild(el("option", null, "(as is)")).value = "";
    options.forEach(function (name) {
      var option = el("option", null, name);
      option.value = name;
      box.appendChild(option);
    });
    box.value = "";
    box.title = "now: " + current;
    return box;
  }

  function reviewControls(claim) {
    var box = el("details", "review");
    box.appendChild(el("summary", null, "Review"));
    var why = el("input");
    why.type = "text";
    why.className = "why";
    why.placeholder = "why (kept with the record)";
    box.appendChild(why);
    var row = el("div", "review-buttons");
    row.appendChild(button("Confirm", "small confirm", function () {
      act({ act: "confirm", target: claim.claim_id, why: why.value }, "Confirmed");
    }));
    row.appendChild(button("Reject", "small reject", function () {
      act({ act: "reject", target: claim.claim_id, why: why.value }, "Rejected");
    }));
    box.appendChild(row);
    var predicate = select(Object.keys(app.onto.predicates).sort(), claim.predicate);
    var modality = select(Object.keys(app.onto.modalities), claim.modality);
    var date = el("input");
    date.type = "text";
    date.placeholder = claim.date || "YYYY[-MM[-DD]]";
    date.className = "date";
    box.appendChild(field("Predicate", predicate));
    box.appendChild(field("Modality", modality));
    box.appendChild(field("Date", date));
    box.appendChild(button("Save correction", "small correct", function () {
      var body = { act: "correct", target: claim.claim_id, why: why.value };
      if (predicate.value) { body.predicate = predicate.value; }
      if (modality.value) { body.modality = modality.value; }
      if (date.value.trim()) { body.date = date.value.trim(); }
      act(body, "Corrected");
    }));
    var note = el("textarea");
    note.rows = 2;
    note.placeholder = "a note on this claim";
    box.appendChild(note);
    box.appendChild(button("Add note", "small note", function () {
      act({ act: "note", target: claim.claim_id, text: note.value }, "Noted");
    }));
    if (claim.subject && typeof claim.subject === "object") { box.appendChild(splitControls(claim, why)); }
    return box;
  }

  /* "This claim is about another actor of the same name": the claim's end moves to a new actor
   * (a split of that actor); the same name and type later joins the same new actor. */
  function splitControls(claim, why) {
    var part = el("div", "split");
    var end = el("select", "split-end");
    [claim.subject, claim.object].forEach(function (actor) {
      var option = el("option", null, actor.name);
      option.value = actor.id;
      end.appendChild(option);
    });
    var name = el("input");
    name.type = "text";
    name.className = "split-name";
    name.placeholder = "the other actor's name";
    var type = el("select", "split-type");
    Object.keys(app.onto.types).forEach(function (t) {
      var option = el("option", null, app.onto.types[t].label);
      option.value = t;
      type.appendChild(option);
    });
    type.value = (claim.subject && claim.subject.type) || "state";
    end.addEventListener("change", function () {
      type.value = end.selectedIndex ? claim.object.type : claim.subject.type;
    });
    part.appendChild(field("Not this", end));
    part.appendChild(field("But", name));
    part.appendChild(field("A", type));
    part.appendChild(button("Split off", "small split-go", function () {
      act({ act: "split", target: end.value, name: name.value.trim(), type: type.value, claims: [claim.claim_id],
            why: why.value }, "Split off");
    }));
    return part;
  }

  app.decorateClaim = function (item, claim) {
    if (!claim.claim_id) { return; }
    item.dataset.claim = claim.claim_id;
    if (claim.review) { item.classList.add("review-" + claim.review); }
    if (claim.curation && claim.curation.length) { item.appendChild(marks(claim.curation)); }
    item.appendChild(reviewControls(claim));
  };

  app.decorateRelation = function (body, answer) {
    if (!answer.rejected || !answer.rejected.length) { return; }
    body.appendChild(el("h3", null, "Rejected (" + answer.rejected.length + ")"));
    var list = el("ul", "claims rejected");
    answer.rejected.forEach(function (claim) {
      var item = el("li", "claim review-rejected");
      item.dataset.claim = claim.claim_id;
      item.appendChild(el("div", "meta", [claim.predicate, app.dates(claim.date, ""), claim.modality].join(" · ")));
      if (claim.sentence) { item.appendChild(el("blockquote", "evidence", claim.sentence)); }
      item.appendChild(marks(claim.curation));
      list.appendChild(item);
    });
    body.appendChild(list);
  };

  app.decorateActor = function (body, answer) {
    var actor = answer.actor;
    if (answer.notes && answer.notes.length) {
      body.insertBefore(marks(answer.notes), body.querySelector("h3"));
    }
    var box = el("details", "review");
    box.appendChild(el("summary", null, "Review this actor"));
    var note = el("textarea");
    note.rows = 2;
    note.placeholder = "a note on " + actor.name;
    box.appendChild(note);
    box.appendChild(button("Add note", "small note", function () {
      act({ act: "note", target: actor.id, text: note.value }, "Noted");
    }));
    var into = el("input");
    into.type = "text";
    into.className = "into";
    into.placeholder = "the actor it is (name or id)";
    var why = el("input");
    why.type = "text";
    why.className = "why";
    why.placeholder = "why";
    box.appendChild(field("Same as", into));
    box.appendChild(why);
    box.appendChild(button("Merge into it", "small merge", function () {
      act({ act: "merge", target: actor.id, into: into.value.trim(), why: why.value }, "Merged");
    }));
    body.appendChild(box);
  };
})();
