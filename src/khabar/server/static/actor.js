// Actor: identity and aliases, relations as a small graph, and weekly timelines as actor and as recipient.
import { clear, el, filterParams, getJSON, loadCategories, pathAfter, setTwin, status } from "./common.js";
import { stackedTimeline } from "./charts.js";
import { drawGraph } from "./graph.js";

const name = pathAfter("/actors/");

function renderIdentity(body) {
  document.getElementById("name").textContent = body.name;
  const list = clear(document.getElementById("identity"));
  for (const [label, values] of [["Ids", body.ids], ["Aliases seen", body.aliases], ["Countries", body.countries],
    ["Sectors", body.sectors]]) {
    list.append(el("dt", {}, label), el("dd", {}, values.length ? values.join("; ") : "—"));
  }
}

function renderRelations(relations) {
  const list = clear(document.getElementById("relations"));
  const nodes = new Map([[name, { id: name, label: name, href: "#", r: 9 }]]);
  const edges = [];
  for (const r of relations) {
    for (const who of [r.subject.name, r.object.name]) {
      if (!nodes.has(who)) nodes.set(who, { id: who, label: who, href: `/actors/${encodeURIComponent(who)}` });
    }
    edges.push({ source: r.subject.name, target: r.object.name, colour: "#555", label: `${r.relation}: ${r.text}` });
    list.append(el("li", {}, `${r.subject.name} `, el("em", {}, r.relation), ` ${r.object.name}`,
      r.text ? el("span", { class: "muted" }, ` — “${r.text}”`) : ""));
  }
  if (!relations.length) list.append(el("li", { class: "muted" }, "No relations stated in the stored articles."));
  drawGraph(document.getElementById("relations-graph"), [...nodes.values()], edges, { width: 600, height: 260 });
}

async function main() {
  const filter = filterParams();
  setTwin(`/api/actors/${encodeURIComponent(name)}`, filter);
  const events = new URLSearchParams(filter);
  events.set("actor", name);
  document.getElementById("actor-events").href = `/events?${events}`;
  try {
    const categories = await loadCategories();
    const body = await getJSON(`/api/actors/${encodeURIComponent(name)}?${filter}`);
    renderIdentity(body);
    for (const role of ["as_actor", "as_recipient"]) {
      const id = role.replace("_", "-");
      document.getElementById(`${id}-total`).textContent = `${body[role].total} events`;
      stackedTimeline(document.getElementById(id), body[role].weeks, categories);
    }
    renderRelations(body.relations);
  } catch (error) {
    status(`Could not load actor ${name}: ${error.message}`, true);
  }
  document.body.dataset.ready = "true";
}

main();
