// Review: correct an event's fields, mark it wrong, or record a missed event; the audit trail below.
// Only changed fields are sent, so the review records exactly what the analyst changed.
import { actorNames, clear, el, getJSON, loadCategories, setTwin, status } from "./common.js";

const params = new URLSearchParams(window.location.search);
const eventId = params.get("event");
const correctForm = document.getElementById("correct-form");
const missedForm = document.getElementById("missed-form");
const SIZE_FIELDS = ["dead", "injured", "arrested", "count"];
let current = null;

function reviewer() {
  const value = document.getElementById("reviewer").value.trim();
  if (!value) throw new Error("enter your name as reviewer first");
  window.localStorage.setItem("khabar-reviewer", value);
  return value;
}

async function post(body) {
  const token = document.getElementById("token").value.trim();
  if (token) window.sessionStorage.setItem("khabar-token", token);
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  return getJSON("/api/reviews", { method: "POST", headers, body: JSON.stringify(body) });
}

function prefill(event) {
  const f = correctForm.elements;
  f.event.value = event.event;
  f.actor.value = actorNames(event.actor);
  f.recipient.value = actorNames(event.recipient);
  f.date.value = event.date || "";
  f.place.value = event.event_loc?.name || "";
  for (const key of SIZE_FIELDS) f[key].value = event.size?.[key] ?? "";
  document.getElementById("event-id").textContent = event.id;
  document.getElementById("event-sentence").textContent = event.text;
  missedForm.elements.doc_id.value = event.doc_id;
  document.getElementById("event-panel").hidden = false;
}

function actorsFrom(text) {
  return text.split(";").map((s) => s.trim()).filter(Boolean).map((name) => ({ name }));
}

// The corrections: only the fields whose value differs from the event as currently coded.
function changes() {
  const f = correctForm.elements;
  const after = {};
  if (f.event.value !== current.event) after.event = f.event.value;
  if (f.actor.value.trim() !== actorNames(current.actor)) after.actor = actorsFrom(f.actor.value);
  if (f.recipient.value.trim() !== actorNames(current.recipient)) after.recipient = actorsFrom(f.recipient.value);
  if (f.date.value !== (current.date || "") && f.date.value) after.date = f.date.value;
  if (f.place.value.trim() !== (current.event_loc?.name || "")) {
    after.event_loc = f.place.value.trim() ? { name: f.place.value.trim() } : null;
  }
  const size = {};
  for (const key of SIZE_FIELDS) {
    const value = f[key].value === "" ? null : Number(f[key].value);
    if (value !== (current.size?.[key] ?? null)) size[key] = value;
  }
  if (Object.keys(size).length) after.size = size;
  return after;
}

async function submit(body, message) {
  try {
    const saved = await post({ ...body, reviewer: reviewer() });
    showResult(message, saved);
    if (saved.event && current) { current = saved.event; prefill(current); }
    await renderTrail();
  } catch (error) {
    showResult(`Not saved: ${error.message}`);
  }
}

function showResult(message, saved = null) {
  const result = clear(document.getElementById("result"));
  result.append(message);
  if (saved?.event) {
    result.append(" ", el("a", { href: `/events/${encodeURIComponent(saved.event.id)}` }, "open the event"));
  }
  result.dataset.reviewId = saved?.review?.id || "";
}

function bind() {
  correctForm.addEventListener("submit", (e) => {
    e.preventDefault();
    const after = changes();
    if (!Object.keys(after).length) { showResult("Nothing changed."); return; }
    submit({ action: "correct", event_id: current.id, after, note: correctForm.elements.note.value },
      "Correction saved.");
  });
  document.getElementById("mark-wrong").addEventListener("click", () => submit(
    { action: "wrong", event_id: current.id, note: correctForm.elements.note.value }, "Marked wrong."));
  missedForm.addEventListener("submit", (e) => {
    e.preventDefault();
    const f = missedForm.elements;
    const after = { event: f.event.value };
    if (f.date.value) after.date = f.date.value;
    submit({ action: "missed", doc_id: f.doc_id.value.trim(), sentence: f.sentence.value.trim(), after,
      note: f.note.value }, "Missed event recorded.");
  });
}

async function renderTrail() {
  const body = await getJSON("/api/reviews");
  const rows = clear(document.querySelector("#trail tbody"));
  for (const r of [...body.reviews].reverse()) {
    const target = r.event_id ? el("a", { href: `/events/${encodeURIComponent(r.event_id)}` }, r.event_id) : "";
    rows.append(el("tr", { dataset: { action: r.action } }, el("td", {}, r.time), el("td", {}, r.reviewer),
      el("td", {}, r.action), el("td", {}, target), el("td", {}, el("code", {}, before(r))),
      el("td", {}, el("code", {}, JSON.stringify(r.after))), el("td", {}, r.note || "")));
  }
  if (!body.reviews.length) rows.append(el("tr", {}, el("td", { colspan: 7, class: "muted" }, "No reviews yet.")));
}

// The machine's values of the fields the review changed (the full record stays in /api/reviews).
function before(review) {
  if (!review.before) return "";
  const keys = Object.keys(review.after || {});
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, review.before[k]])));
}

async function main() {
  setTwin("/api/reviews");
  document.getElementById("reviewer").value = window.localStorage.getItem("khabar-reviewer") || "";
  document.getElementById("token").value = window.sessionStorage.getItem("khabar-token") || "";
  bind();
  try {
    await loadCategories(correctForm.elements.event, missedForm.elements.event);
    if (eventId) {
      current = (await getJSON(`/api/events/${encodeURIComponent(eventId)}`)).event;
      prefill(current);
    }
    await renderTrail();
  } catch (error) {
    status(`Could not load: ${error.message}`, true);
  }
  document.body.dataset.ready = "true";
}

main();
