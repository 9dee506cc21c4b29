// The entity timeline: states as bars over their validity, events as marks linked to their sentence, and an
// as-of line to drag. Data comes from the JSON API; everything is built with DOM calls and textContent, so
// text from articles can never become markup.
(() => {
  "use strict";
  const section = document.getElementById("timeline");
  if (!section) return;
  const entity = section.dataset.entity;
  const chart = document.getElementById("timeline-chart");
  const panel = document.getElementById("as-of-panel");
  const input = document.getElementById("as-of-input");
  const SVG = "http://www.w3.org/2000/svg";
  const DAY = 86400000;
  const LABEL = 230, ROW = 28, TOP = 34, RIGHT = 16;

  const api = (path, params) =>
    fetch(path + "?" + new URLSearchParams(params)).then(r => (r.ok ? r.json() : Promise.reject(new Error(path + ": " + r.status))));
  const parseDay = text => {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(text || "");
    return m ? Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1) : null;
  };
  const iso = t => new Date(t).toISOString().slice(0, 10);
  const docLink = (doc, sentence) => "/doc/" + encodeURIComponent(doc) + "?find=" + encodeURIComponent(sentence) + "#target";
  const el = (name, attrs, text) => {
    const node = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const html = (name, attrs, text) => {
    const node = document.createElement(name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const factKey = f => [f.relation, f.subject, f.object, f.valid_from].join("|");
  // A fact known on a day may name its object less fully than the bar drawn from everything known later:
  // it is the same state when the relation is the same and they share a source sentence.
  const sameState = (fact, state) => fact.relation === state.relation && (fact.object === state.object
    || fact.sources.some(s => state.sources.some(t => t.doc === s.doc && t.sentence === s.sentence)));
  const factLabel = f => f.relation.replace(/_/g, " ") + (f.object ? ": " + f.object : "");

  const today = iso(Date.now());
  Promise.all([
    api("/api/timeline", { entity }),
    api("/api/changes", { from: "0001-01-01", to: "9999-12-31", entity }),
    api("/api/asof", { date: today, entity }),
  ]).then(([events, changes, current]) => {
    const states = new Map();
    for (const f of [...changes, ...current]) if (!states.has(factKey(f))) states.set(factKey(f), f);
    draw(events, [...states.values()]);
  }).catch(error => { chart.textContent = "The timeline could not be loaded (" + error.message + ")."; });

  function draw(events, states) {
    chart.textContent = "";
    for (const e of events) e.when = parseDay(e.date) ?? parseDay(e.sources[0] && e.sources[0].date);
    const dated = events.filter(e => e.when !== null);
    const times = [...dated.map(e => e.when), ...states.flatMap(s => [parseDay(s.valid_from), parseDay(s.valid_to)])].filter(t => t !== null);
    if (times.length === 0) { chart.append(html("p", { class: "hint" }, "No dated events or states for " + entity + " yet.")); return; }
    let start = Math.min(...times), end = Math.max(...times);
    const pad = Math.max((end - start) * 0.06, 20 * DAY);
    start -= pad; end += pad;
    const width = Math.max(chart.clientWidth, 640), height = TOP + ROW * (states.length + 1) + 24;
    const x = t => LABEL + ((t - start) / (end - start)) * (width - LABEL - RIGHT);
    const dayAt = px => Math.round((start + ((px - LABEL) / (width - LABEL - RIGHT)) * (end - start)) / DAY) * DAY;
    const svg = el("svg", { viewBox: `0 0 ${width} ${height}`, width, height, class: "timeline-svg", role: "img", "aria-label": "Timeline of " + entity });
    // A state whose start no article gives fades in from the left edge (a mask over the bar).
    const defs = el("defs"), fade = el("linearGradient", { id: "unknown-start" });
    fade.append(el("stop", { offset: "0", "stop-color": "#fff", "stop-opacity": "0.1" }), el("stop", { offset: "0.4", "stop-color": "#fff", "stop-opacity": "1" }));
    const mask = el("mask", { id: "unknown-start-mask", maskContentUnits: "objectBoundingBox" });
    mask.append(el("rect", { width: 1, height: 1, fill: "url(#unknown-start)" }));
    defs.append(fade, mask);
    svg.append(defs);

    // Axis: month or year ticks, about eight of them.
    const months = (end - start) / (30 * DAY), step = [1, 2, 3, 6, 12, 24, 60].find(s => months / s <= 9) || 120;
    const first = new Date(start);
    for (let d = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() - (first.getUTCMonth() % Math.min(step, 12)) + 1, 1)); d.getTime() < end; d.setUTCMonth(d.getUTCMonth() + step)) {
      const px = x(d.getTime());
      if (px < LABEL) continue;
      svg.append(el("line", { x1: px, x2: px, y1: TOP - 6, y2: height - 20, class: "grid" }));
      svg.append(el("text", { x: px, y: TOP - 12, class: "tick" }, step >= 12 ? String(d.getUTCFullYear()) : iso(d.getTime()).slice(0, 7)));
    }

    // Events: one row of marks, each linked to the sentence that reports it.
    svg.append(el("text", { x: 8, y: TOP + ROW / 2 + 4, class: "row-label" }, "events"));
    for (const e of dated) {
      const source = e.sources[0];
      const link = el("a", { href: docLink(source.doc, source.sentence), class: "event-mark " + e.modality });
      link.append(el("circle", { cx: x(e.when), cy: TOP + ROW / 2, r: 6 }));
      link.append(el("title", {}, e.date + " — " + e.summary + (e.modality === "asserted" ? "" : " [" + e.modality + "]") + "\n" + source.date + ": " + source.sentence));
      svg.append(link);
    }

    // States: a bar over the time each held; an open end fades out.
    const bars = [];
    states.sort((a, b) => (parseDay(a.valid_from) ?? start) - (parseDay(b.valid_from) ?? start));
    states.forEach((s, i) => {
      const y = TOP + ROW * (i + 1);
      const from = parseDay(s.valid_from) ?? start, to = parseDay(s.valid_to);
      const label = el("text", { x: 8, y: y + ROW / 2 + 4, class: "row-label" }, factLabel(s).slice(0, 34));
      label.append(el("title", {}, factLabel(s)));
      svg.append(label);
      const known = parseDay(s.valid_from) !== null;
      const link = el("a", { href: s.sources[0] ? docLink(s.sources[0].doc, s.sources[0].sentence) : "#", class: "state-bar" + (to === null ? " open" : "") + (s.conflicting ? " conflicting" : "") + (known ? "" : " unknown-start") });
      const rect = el("rect", { x: x(from), y: y + 6, width: Math.max(x(to ?? end) - x(from), 3), height: ROW - 12, rx: 4 });
      if (!known) rect.setAttribute("mask", "url(#unknown-start-mask)");
      link.append(rect);
      link.append(el("title", {}, factLabel(s) + "\n" + (s.valid_from || "?") + " to " + (s.valid_to || "now") + (s.ended_by ? "\nended by " + s.ended_by : "")));
      svg.append(link);
      bars.push({ state: s, from, to, link });
    });

    // The as-of line: drag it (or pick a day) to see what held that day.
    const line = el("g", { class: "as-of", tabindex: "0", role: "slider", "aria-label": "as-of date" });
    const rule = el("line", { y1: TOP - 4, y2: height - 20 });
    const handle = el("rect", { y: height - 22, width: 84, height: 20, rx: 4, class: "handle" });
    const caption = el("text", { y: height - 8, class: "handle-text" });
    line.append(rule, handle, caption);
    svg.append(line);
    chart.append(svg);

    let current = null, pending = null;
    const place = day => {
      day = Math.min(Math.max(day, start), end);
      const px = x(day);
      rule.setAttribute("x1", px); rule.setAttribute("x2", px);
      const tag = Math.min(Math.max(px, LABEL + 42), width - 44);
      handle.setAttribute("x", tag - 42); caption.setAttribute("x", tag); caption.textContent = iso(day);
      line.setAttribute("aria-valuetext", iso(day));
      input.value = iso(day);
      current = iso(day);
      clearTimeout(pending);
      pending = setTimeout(() => showAsOf(current, bars), 120);
    };
    const fromPointer = event => {
      const box = svg.getBoundingClientRect();
      place(dayAt(((event.clientX - box.left) / box.width) * width));
    };
    let dragging = false;
    svg.addEventListener("pointerdown", event => {
      if (event.target.closest("a")) return;
      dragging = true; svg.setPointerCapture(event.pointerId); fromPointer(event);
    });
    svg.addEventListener("pointermove", event => { if (dragging) fromPointer(event); });
    svg.addEventListener("pointerup", () => { dragging = false; });
    line.addEventListener("keydown", event => {
      const by = { ArrowLeft: -1, ArrowRight: 1, PageDown: -30, PageUp: 30 }[event.key];
      if (by) { event.preventDefault(); place(parseDay(current) + by * DAY); }
    });
    input.addEventListener("change", () => { if (parseDay(input.value) !== null) place(parseDay(input.value)); });
    const initial = parseDay(section.dataset.asOf) ?? (dated.length ? dated[dated.length - 1].when : end - pad);
    place(initial);
  }

  // What held on the day, as the articles published by then tell it: the panel lists it, the bars light up.
  function showAsOf(day, bars) {
    api("/api/asof", { date: day, entity }).then(facts => {
      if (day !== input.value) return;
      for (const b of bars) b.link.classList.toggle("holds", facts.some(f => sameState(f, b.state)));
      panel.textContent = "";
      panel.dataset.date = day;
      panel.append(html("h3", {}, "What held on " + day), html("p", { class: "hint" }, "according to the articles published by then"));
      if (facts.length === 0) { panel.append(html("p", { class: "hint" }, "Nothing held, according to the articles published by then.")); return; }
      const list = html("ul", { class: "facts" });
      for (const f of facts) {
        const item = html("li", { class: "fact" });
        item.append(html("strong", {}, factLabel(f)), document.createTextNode(" — " + f.subject + ", since " + (f.valid_from || "?") + (f.valid_to ? " until " + f.valid_to : "")));
        for (const s of f.sources.slice(0, 2)) {
          const quote = html("blockquote", {});
          const link = html("a", { href: docLink(s.doc, s.sentence) }, s.date);
          quote.append(link, document.createTextNode(" " + s.sentence));
          item.append(quote);
        }
        list.append(item);
      }
      panel.append(list);
    }).catch(error => { panel.textContent = "Could not load what held on " + day + " (" + error.message + ")."; });
  }
})();
