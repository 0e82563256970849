// Small SVG charts: a stacked bar timeline of (period, category, n) rows, and ranked bars.
import { clear, el, svg, categoryColour } from "./common.js";

const WIDTH = 900;
const HEIGHT = 220;
const PAD = { left: 36, right: 8, top: 8, bottom: 28 };

// Every Monday from the first week to the last, so empty weeks show as gaps.
export function weeksBetween(first, last) {
  const out = [];
  const day = new Date(`${first}T00:00:00Z`);
  const end = new Date(`${last}T00:00:00Z`);
  while (day <= end && out.length < 5000) {
    out.push(day.toISOString().slice(0, 10));
    day.setUTCDate(day.getUTCDate() + 7);
  }
  return out;
}

function stacks(rows) {
  const byPeriod = new Map();
  for (const [period, category, n] of rows) {
    if (!byPeriod.has(period)) byPeriod.set(period, []);
    byPeriod.get(period).push([category, n]);
  }
  return byPeriod;
}

export function stackedTimeline(container, rows, categories, { weekly = true } = {}) {
  clear(container);
  if (!rows.length) {
    container.append(el("p", { class: "muted empty" }, "No dated events match this filter."));
    return;
  }
  const byPeriod = stacks(rows);
  const periods = weekly ? weeksBetween(rows[0][0], rows[rows.length - 1][0]) : [...byPeriod.keys()];
  const max = Math.max(...[...byPeriod.values()].map((parts) => parts.reduce((s, [, n]) => s + n, 0)));
  const chart = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "timeline", role: "img",
    "aria-label": "events per week, stacked by category" });
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const barW = plotW / periods.length;
  chart.append(axis(max, plotH));
  periods.forEach((period, i) => {
    let y = PAD.top + plotH;
    for (const [category, n] of byPeriod.get(period) || []) {
      const h = (n / max) * plotH;
      y -= h;
      chart.append(svg("rect", { x: PAD.left + i * barW, y, width: Math.max(barW - 1, 1), height: h,
        fill: categoryColour(category, categories), class: "bar", "data-period": period,
        "data-category": category }, svg("title", {}, `${period} ${category}: ${n}`)));
    }
  });
  chart.append(...labels(periods, barW, plotH));
  container.append(chart);
}

function axis(max, plotH) {
  const group = svg("g", { class: "axis" });
  for (const value of [0, Math.round(max / 2), max]) {
    const y = PAD.top + plotH - (value / max) * plotH;
    group.append(svg("line", { x1: PAD.left - 4, x2: WIDTH - PAD.right, y1: y, y2: y }),
      svg("text", { x: PAD.left - 6, y: y + 4, "text-anchor": "end" }, String(value)));
  }
  return group;
}

function labels(periods, barW, plotH) {
  const every = Math.max(1, Math.ceil(periods.length / 8));
  return periods.filter((_, i) => i % every === 0).map((period) => {
    const i = periods.indexOf(period);
    return svg("text", { x: PAD.left + i * barW, y: PAD.top + plotH + 18, class: "tick" }, period);
  });
}

export function legend(container, rows, categories) {
  clear(container);
  const present = [...new Set(rows.map((row) => row[1]))].sort();
  for (const category of present) {
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = categoryColour(category, categories);
    container.append(el("span", { class: "legend-item" }, swatch, category));
  }
}

// Ranked horizontal bars as list items: [[label, n, href], ...]
export function rankedBars(list, items) {
  clear(list);
  const max = Math.max(1, ...items.map(([, n]) => n));
  for (const [label, n, href] of items) {
    const bar = el("span", { class: "bar-fill" });
    bar.style.width = `${(100 * n) / max}%`;
    list.append(el("li", {}, el("a", { href }, label), el("span", { class: "count" }, String(n)), bar));
  }
  if (!items.length) list.append(el("li", { class: "muted" }, "none"));
}
