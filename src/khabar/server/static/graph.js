// A tiny force-directed layout and its SVG drawing, for the network and actor-relation graphs.
import { clear, el, svg } from "./common.js";

const WIDTH = 900;
const HEIGHT = 560;

// Fruchterman-Reingold, deterministic: nodes start on a circle, then a fixed number of cooling steps of
// repulsion between all nodes, spring pull along edges and a little gravity toward the centre.
export function layout(nodes, edges, { steps = 250, width = WIDTH, height = HEIGHT } = {}) {
  const centre = { x: width / 2, y: height / 2 };
  const pos = new Map(nodes.map((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(nodes.length, 1);
    return [n.id, { x: centre.x + (width / 4) * Math.cos(angle), y: centre.y + (height / 4) * Math.sin(angle) }];
  }));
  const k = Math.sqrt((width * height) / Math.max(nodes.length, 1)) * 0.5;
  for (let step = 0; step < steps; step += 1) {
    const moves = new Map([...pos.keys()].map((id) => [id, { x: 0, y: 0 }]));
    repel(pos, moves, k);
    attract(pos, moves, edges, k);
    const limit = (width / 10) * (1 - step / steps) + 0.5;
    for (const [id, p] of pos) {
      const m = moves.get(id);
      m.x += (centre.x - p.x) * 0.15;
      m.y += (centre.y - p.y) * 0.15;
      const length = Math.hypot(m.x, m.y) || 1;
      p.x = clamp(p.x + (m.x / length) * Math.min(length, limit), 20, width - 140);
      p.y = clamp(p.y + (m.y / length) * Math.min(length, limit), 20, height - 20);
    }
  }
  return pos;
}

function clamp(value, low, high) {
  return Math.min(high, Math.max(low, value));
}

function repel(pos, moves, k) {
  const ids = [...pos.keys()];
  for (let i = 0; i < ids.length; i += 1) {
    for (let j = i + 1; j < ids.length; j += 1) {
      const [a, b] = [pos.get(ids[i]), pos.get(ids[j])];
      const dx = a.x - b.x || 0.1 * (i - j);
      const dy = a.y - b.y || 0.1;
      const d = Math.hypot(dx, dy);
      if (d > 2 * k) continue;  // far nodes no longer push: gravity keeps separate groups in view
      const force = (k * k) / d / d;
      const [ma, mb] = [moves.get(ids[i]), moves.get(ids[j])];
      ma.x += dx * force; ma.y += dy * force;
      mb.x -= dx * force; mb.y -= dy * force;
    }
  }
}

function attract(pos, moves, edges, k) {
  for (const e of edges) {
    const [a, b] = [pos.get(e.source), pos.get(e.target)];
    if (!a || !b || a === b) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const force = Math.hypot(dx, dy) / k;
    const [ma, mb] = [moves.get(e.source), moves.get(e.target)];
    ma.x += dx * force; ma.y += dy * force;
    mb.x -= dx * force; mb.y -= dy * force;
  }
}

// edges: {source, target, colour, label, width}; nodes: {id, label, href, r}
export function drawGraph(container, nodes, edges, { width = WIDTH, height = HEIGHT } = {}) {
  clear(container);
  if (!nodes.length) {
    container.append(el("p", { class: "muted empty" }, "Nothing to draw for this filter."));
    return;
  }
  const pos = layout(nodes, edges, { width, height });
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "graph", role: "img" });
  chart.append(arrowDefs(edges));
  for (const e of edges) chart.append(edgeLine(e, pos));
  for (const n of nodes) chart.append(nodeMark(n, pos.get(n.id)));
  container.append(chart);
}

function arrowDefs(edges) {
  const defs = svg("defs");
  for (const colour of new Set(edges.map((e) => e.colour))) {
    defs.append(svg("marker", { id: markerId(colour), viewBox: "0 0 10 10", refX: 20, refY: 5, markerWidth: 9,
      markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" }, svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: colour })));
  }
  return defs;
}

function markerId(colour) {
  return `arrow-${colour.replace(/[^a-z0-9]/gi, "")}`;
}

function edgeLine(e, pos) {
  const [a, b] = [pos.get(e.source), pos.get(e.target)];
  return svg("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: e.colour, "stroke-width": e.width || 1.5,
    "marker-end": `url(#${markerId(e.colour)})`, class: "edge", "data-quad": e.quad || "" },
  svg("title", {}, e.label));
}

function nodeMark(n, p) {
  const link = svg("a", { href: n.href, class: "node" });
  link.append(svg("circle", { cx: p.x, cy: p.y, r: n.r || 6 }), svg("text", { x: p.x + (n.r || 6) + 3, y: p.y + 4 },
    n.label), svg("title", {}, n.label));
  return link;
}
