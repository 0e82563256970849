// Overview: filter bar, weekly timeline stacked by category, map, top actors and countries, event table.
// The whole state (filter, sort, page) lives in the URL query string.
import {
  actorLinks, clear, el, fillFilterForm, filterParams, formParams, getJSON, loadCategories, setTwin, status,
} from "./common.js";
import { legend, rankedBars, stackedTimeline } from "./charts.js";
import { createMap, showPoints } from "./map.js";

const PAGE_SIZE = 25;
const form = document.getElementById("filters");
const table = document.querySelector("#events tbody");
let categories = [];
let mapView = null;

function pageState() {
  const url = new URLSearchParams(window.location.search);
  return { sort: url.get("sort") || "date", desc: url.get("desc") !== "false",
    offset: Math.max(0, parseInt(url.get("offset") || "0", 10) || 0) };
}

function navigate(params) {
  window.history.pushState(null, "", `/events${params.toString() ? `?${params}` : ""}`);
  render();
}

function withPage(filter, state) {
  const params = new URLSearchParams(filter);
  params.set("sort", state.sort);
  params.set("desc", String(state.desc));
  if (state.offset) params.set("offset", String(state.offset));
  return params;
}

async function render() {
  const filter = filterParams();
  const state = pageState();
  fillFilterForm(form, filter);
  setTwin("/api/events", withPage(filter, state));
  linkDownloads(filter);
  document.body.dataset.ready = "false";
  status("Loading…");
  try {
    await Promise.all([renderTimeline(filter), renderTable(filter, state), renderMap(filter),
      renderRanks(filter)]);
    status("");
  } catch (error) {
    status(`Could not load events: ${error.message}`, true);
  }
  document.body.dataset.ready = "true";
}

function linkDownloads(filter) {
  for (const link of document.querySelectorAll(".downloads a")) {
    link.href = `/api/download/${link.dataset.format}?${filter}`;
  }
}

async function renderTimeline(filter) {
  const body = await getJSON(`/api/aggregates/week?${filter}`);
  const container = document.getElementById("timeline");
  stackedTimeline(container, body.rows, categories);
  legend(document.getElementById("legend"), body.rows, categories);
  container.dataset.total = String(body.rows.reduce((sum, row) => sum + row[2], 0));
}

async function renderRanks(filter) {
  const actors = await getJSON(`/api/aggregates/actor?${filter}&top=10`);
  rankedBars(document.getElementById("actors"),
    actors.rows.map(([name, n]) => [name, n, `/actors/${encodeURIComponent(name)}`]));
  const countries = await getJSON(`/api/aggregates/country?${filter}&top=10`);
  rankedBars(document.getElementById("countries"), countries.rows.map(([code, n]) => {
    const next = new URLSearchParams(filter);
    next.set("country", code);
    return [code, n, `/events?${next}`];
  }));
}

async function renderMap(filter) {
  mapView ??= createMap(document.getElementById("map"));
  const body = await getJSON(`/api/points?${filter}`);
  showPoints(mapView, body.points);
}

async function renderTable(filter, state) {
  const params = withPage(filter, state);
  params.set("limit", String(PAGE_SIZE));
  const body = await getJSON(`/api/events?${params}`);
  clear(table);
  for (const event of body.events) table.append(row(event));
  if (!body.events.length) table.append(el("tr", {}, el("td", { colspan: 7, class: "muted" }, "No events.")));
  document.getElementById("total").textContent = `${body.total} events`;
  const last = Math.min(body.offset + body.events.length, body.total);
  document.getElementById("page").textContent = body.total ? `${body.offset + 1}–${last} of ${body.total}` : "";
  document.getElementById("prev").disabled = body.offset === 0;
  document.getElementById("next").disabled = last >= body.total;
  for (const button of document.querySelectorAll("[data-sort]")) {
    button.classList.toggle("sorted", button.dataset.sort === state.sort);
    button.dataset.direction = button.dataset.sort === state.sort ? (state.desc ? "desc" : "asc") : "";
  }
}

function row(event) {
  const link = el("a", { href: `/events/${encodeURIComponent(event.id)}` }, event.date || "undated");
  return el("tr", { dataset: { id: event.id, category: event.event } },
    el("td", {}, link), el("td", {}, event.event), el("td", {}, actorLinks(event.actor)),
    el("td", {}, actorLinks(event.recipient)), el("td", {}, event.event_loc?.name || ""),
    el("td", { class: "num" }, event.confidence.toFixed(2)), el("td", { class: "sentence" }, event.text));
}

function bind() {
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const state = pageState();
    navigate(withPage(formParams(form), { ...state, offset: 0 }));
  });
  for (const button of document.querySelectorAll("[data-sort]")) {
    button.addEventListener("click", () => {
      const state = pageState();
      const desc = state.sort === button.dataset.sort ? !state.desc : true;
      navigate(withPage(filterParams(), { sort: button.dataset.sort, desc, offset: 0 }));
    });
  }
  document.getElementById("prev").addEventListener("click", () => turn(-PAGE_SIZE));
  document.getElementById("next").addEventListener("click", () => turn(PAGE_SIZE));
  window.addEventListener("popstate", render);
}

function turn(step) {
  const state = pageState();
  navigate(withPage(filterParams(), { ...state, offset: Math.max(0, state.offset + step) }));
}

async function main() {
  bind();
  try {
    categories = await loadCategories(form.elements.event);
  } catch (error) {
    status(`Could not load categories: ${error.message}`, true);
  }
  await render();
}

main();
