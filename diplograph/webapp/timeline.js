/* diplograph web app, time: a slider over the months the graph spans that sets the end of the
 * time window (Until) as it moves, so the canvas shows what was known up to then, and a play
 * button that steps through it by month or by year. At the right end it shows every date. */
(function () {
  "use strict";

  var app = window.diplographApp;
  var slider = document.getElementById("time-slider");
  var play = document.getElementById("time-play");
  var step = document.getElementById("time-step");
  var label = document.getElementById("time-label");
  var untilBox = document.getElementById("until");
  var STEP_MS = 700;
  var months = [];
  var timer = null;

  function monthsBetween(first, last) {
    var out = [];
    var year = Number(first.slice(0, 4)), month = Number(first.slice(5, 7) || "1");
    var endYear = Number(last.slice(0, 4)), endMonth = Number(last.slice(5, 7) || "12");
    while (year < endYear || (year === endYear && month <= endMonth)) {
      out.push(String(year) + "-" + (month < 10 ? "0" : "") + month);
      month += 1;
      if (month > 12) { month = 1; year += 1; }
    }
    return out;
  }

  function atEnd() { return Number(slider.value) >= Number(slider.max); }

  /* Until follows the slider; the filters redraw the canvas (app.js listens to their change). */
  function apply() {
    var month = months[Number(slider.value)];
    untilBox.value = atEnd() ? "" : month;
    label.textContent = atEnd() ? "all dates" : "known up to " + month;
    untilBox.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function stop() {
    clearTimeout(timer);
    timer = null;
    play.setAttribute("aria-pressed", "false");
    play.textContent = "▶ Play";
  }

  function tick() {
    var before = Number(document.documentElement.dataset.done || "0");
    slider.value = String(Math.min(Number(slider.value) + Number(step.value), Number(slider.max)));
    apply();
    if (atEnd()) { stop(); return; }
    // the next step once this one is drawn, and not sooner than STEP_MS
    (function wait() {
      if (!timer) { return; }
      if (Number(document.documentElement.dataset.done || "0") > before) { timer = setTimeout(tick, STEP_MS); }
      else { timer = setTimeout(wait, 50); }
    })();
  }

  app.ready.push(function (stats) {
    if (!stats.first_date || !stats.last_date) { slider.disabled = play.disabled = true; label.textContent = "no dates"; return; }
    months = monthsBetween(stats.first_date, stats.last_date);
    slider.max = String(months.length - 1);
    slider.value = slider.max;
    slider.addEventListener("input", function () { stop(); apply(); });
    play.addEventListener("click", function () {
      if (timer) { stop(); return; }
      if (atEnd()) { slider.value = "0"; }
      play.setAttribute("aria-pressed", "true");
      play.textContent = "❚❚ Pause";
      timer = setTimeout(tick, 0);
    });
  });

  app.time = { months: function () { return months.slice(); }, stop: stop };
})();
