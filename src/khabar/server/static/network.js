// Network: actors as nodes, actor -> recipient events as edges coloured by quad class.
import {
  QUAD_COLOURS, clear, el, fillFilterForm, filterParams, formParams, getJSON, loadCategories, setTwin, status,
} from "./common.js";
import { drawGraph } from "./graph.js";

const form = document.getElementById("filters");

function quadLegend() {
  const box = clear(document.getElementById("quad-legend"));
  for (const [quad, colour] of Object.entries(QUAD_COLOURS)) {
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = colour;
    box.append(el("span", { class: "legend-item" }, swatch, quad));
  }
}

async function render() {
  const filter = filterParams();
  fillFilterForm(form, filter);
  setTwin("/api/network", filter);
  document.body.dataset.ready = "false";
  try {
    const body = await getJSON(`/api/network?${filter}`);
    const max = Math.max(1, ...body.edges.map((e) => e.n));
    const nodes = body.nodes.map((n) => ({ id: n.id, label: n.id, href: `/actors/${encodeURIComponent(n.id)}`,
      r: 4 + Math.sqrt(n.n) * 2 }));
    const edges = body.edges.map((e) => ({ ...e, colour: QUAD_COLOURS[e.quad] || "#777",
      width: 1 + (4 * e.n) / max, label: `${e.source} → ${e.target}: ${e.n} ${e.quad || "uncoded"}` }));
    drawGraph(document.getElementById("network"), nodes, edges);
    document.getElementById("summary").textContent =
      `${body.nodes.length} actors, ${body.edges.length} links from ${body.events} events`;
    status("");
  } catch (error) {
    status(`Could not load the network: ${error.message}`, true);
  }
  document.body.dataset.ready = "true";
}

async function main() {
  quadLegend();
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const params = formParams(form);
    window.history.pushState(null, "", `/network${params.toString() ? `?${params}` : ""}`);
    render();
  });
  window.addEventListener("popstate", render);
  await loadCategories(form.elements.event).catch((error) => status(error.message, true));
  await render();
}

main();
