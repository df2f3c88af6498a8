// The bedside guide: the steps written into this page by `windown cramp --page` (the same
// data as the guide in the terminal), walked on deadlines (a step moves on with a tap or when
// its time is up, counted from the deadline before it, so a phone that slept catches up), a
// clock from the first tap (a page left open in a tab waits at 0:00 for the next cramp), speech through the browser's own voice when there is one.
// Records nothing and fetches nothing.
"use strict";
(function () {
  var data = JSON.parse(document.getElementById("guide-data").getAttribute("data-guide"));
  function $(id) { return document.getElementById(id); }
  var lang = document.documentElement.lang || "en";
  var opened = null; // the first tap: when the cramp's clock starts
  var leg = data.leg;
  var muscle = null; // the muscle's entry in data.muscles once chosen
  var step = 0; // index in muscle.steps; muscle.steps.length once over
  var deadline = 0;
  var timer = 0;
  var urgentShown = false;
  var muted = false;
  var synth = null;
  try {
    if ("speechSynthesis" in window && typeof window.SpeechSynthesisUtterance === "function") {
      synth = window.speechSynthesis;
    }
  } catch (e) { synth = null; }

  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function clockText(ms) {
    var s = Math.max(0, Math.floor(ms / 1000));
    var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60);
    return (h > 0 ? h + ":" + pad(m) : String(m)) + ":" + pad(s % 60);
  }
  function hhmm(t) { var d = new Date(t); return pad(d.getHours()) + ":" + pad(d.getMinutes()); }
  // A sentence of data.words with its {name} slots filled from `args`.
  function fmt(text, args) {
    return text.replace(/\{(\w+)\}/g, function (all, k) { return k in args ? String(args[k]) : all; });
  }
  var w = data.words;
  function minutes(ms) {
    var m = Math.round(ms / 60000);
    return m < w.lasted.length ? w.lasted[m] : fmt(w.lastedMore, { n: m });
  }

  // Said calmly and slower, one piece after another; a new step cuts the one before short.
  function say(pieces) {
    if (!synth || muted) { return; }
    try {
      synth.cancel();
      for (var i = 0; i < pieces.length; i++) {
        var u = new window.SpeechSynthesisUtterance(pieces[i]);
        u.lang = lang;
        u.rate = data.rate;
        synth.speak(u);
      }
    } catch (e) { /* no voice: the page goes on without one */ }
  }
  function announce(text) { $("live").textContent = text; }

  function show(id) {
    ["choose", "step", "end"].forEach(function (s) { $(s).hidden = s !== id; });
  }

  // Show step `i` (the end past the last); its time is up at `due`, or its wait from `now`.
  function enter(i, now, due) {
    step = Math.max(0, Math.min(i, muscle.steps.length));
    if (step < muscle.steps.length) {
      deadline = due === undefined ? now + muscle.steps[step].wait * 1000 : due;
      var s = muscle.steps[step];
      show("step");
      var at = { n: step + 1, total: muscle.steps.length, place: muscle.places[leg] };
      $("step-count").textContent = fmt(w.step, at);
      $("step-title").textContent = s.title;
      $("step-detail").textContent = s.detail;
      $("next").textContent = step + 1 < muscle.steps.length ? w.next : w.done;
      announce(fmt(w.stepSaid, at) + " " + s.title + ". " + s.detail);
      say([s.say]);
    } else {
      finish();
    }
    tick();
  }

  function finish() {
    var lasted = Date.now() - opened;
    show("end");
    var at = hhmm(opened);
    $("end-when").textContent = fmt(w.started, { at: at, lasted: minutes(lasted) });
    $("end-log").textContent = "windown cramp log --leg " + leg + " --muscle " + muscle.word + " --at " + at;
    announce(fmt(w.overAnnounced, { at: at }));
    say([data.over]);
    $("end-h").focus();
  }

  // Move past every step whose time is up, each from the deadline of the one before.
  function advance(now) {
    if (!muscle || step >= muscle.steps.length || now < deadline) { return; }
    var i = step;
    var due = deadline;
    while (i < muscle.steps.length && now >= due) {
      i += 1;
      if (i < muscle.steps.length) { due += muscle.steps[i].wait * 1000; }
    }
    if (i >= muscle.steps.length) { step = i; finish(); return; }
    enter(i, now, due);
  }

  function tick() {
    if (timer) { clearTimeout(timer); timer = 0; }
    var now = Date.now();
    advance(now);
    if (opened === null) { $("clock").textContent = clockText(0); return; } // nothing runs yet
    var lasted = now - opened;
    var over = muscle !== null && step >= muscle.steps.length;
    $("clock").textContent = clockText(lasted);
    if (!urgentShown && lasted >= data.urgentAfter * 1000) {
      urgentShown = true;
      $("urgent").className = "now";
      $("urgent-now").hidden = false;
      announce(data.urgentNow + " " + data.urgent);
      say([data.urgentNow].concat(data.urgentPieces));
    }
    if (muscle && !over) {
      var left = Math.max(0, Math.ceil((deadline - now) / 1000));
      $("step-left").textContent = fmt(w.movesOn, { s: left });
    }
    if (timer) { clearTimeout(timer); timer = 0; } // a step entered above may have set one
    if (over) { return; } // nothing moves any more: no more wake-ups
    var toSecond = 1000 - (lasted % 1000);
    var wait = muscle ? Math.min(toSecond, Math.max(0, deadline - now)) : toSecond;
    timer = setTimeout(tick, Math.max(wait, 20));
  }

  function begin() { if (opened === null) { opened = Date.now(); tick(); } }
  function chooseLeg(w) {
    leg = w;
    var bs = document.querySelectorAll("[data-leg]");
    for (var i = 0; i < bs.length; i++) {
      bs[i].setAttribute("aria-pressed", bs[i].getAttribute("data-leg") === w ? "true" : "false");
    }
  }
  function start(word) {
    begin();
    for (var i = 0; i < data.muscles.length; i++) {
      if (data.muscles[i].word === word) { muscle = data.muscles[i]; }
    }
    enter(0, Date.now());
    $("next").focus();
  }
  function next() { if (muscle && step < muscle.steps.length) { enter(step + 1, Date.now()); if (step < muscle.steps.length) { $("next").focus(); } } }
  function back() { if (muscle) { enter(step - 1, Date.now()); $("back").focus(); } }

  var legs = document.querySelectorAll("[data-leg]");
  for (var i = 0; i < legs.length; i++) {
    legs[i].addEventListener("click", function (e) { begin(); chooseLeg(e.currentTarget.getAttribute("data-leg")); });
  }
  var ms = document.querySelectorAll("[data-muscle]");
  for (var j = 0; j < ms.length; j++) {
    ms[j].addEventListener("click", function (e) { start(e.currentTarget.getAttribute("data-muscle")); });
  }
  $("next").addEventListener("click", next);
  $("back").addEventListener("click", back);
  $("end-back").addEventListener("click", function () { enter(muscle.steps.length - 1, Date.now()); $("next").focus(); });
  // Another cramp: the clock and the urgent line start afresh.
  $("again").addEventListener("click", function () {
    muscle = null; step = 0; opened = null; urgentShown = false;
    $("urgent").className = "";
    $("urgent-now").hidden = true;
    show("choose");
    announce(w.againSaid);
    $("choose-h").setAttribute("tabindex", "-1");
    $("choose-h").focus();
    tick();
  });
  if (synth) {
    var mute = $("mute");
    mute.hidden = false;
    mute.addEventListener("click", function () {
      muted = !muted;
      mute.setAttribute("aria-pressed", muted ? "true" : "false");
      if (muted) { try { synth.cancel(); } catch (e) { /* nothing to stop */ } }
    });
  }
  // Keys beside the buttons: the arrows (or n and b) move between steps, m mutes.
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    var onStep = !$("step").hidden;
    if (onStep && (e.key === "ArrowRight" || e.key === "n")) { next(); e.preventDefault(); }
    else if (onStep && (e.key === "ArrowLeft" || e.key === "b")) { back(); e.preventDefault(); }
    else if (e.key === "m" && synth) { $("mute").click(); e.preventDefault(); }
  });
  // A phone that slept: catch up at once when the page is seen again.
  document.addEventListener("visibilitychange", function () { if (!document.hidden) { tick(); } });
  chooseLeg(leg);
  // The chosen muscle has the focus (autofocus alone may come late, or not at all).
  var first = document.querySelector("[autofocus]");
  if (first) { first.focus(); }
  tick();
})();
