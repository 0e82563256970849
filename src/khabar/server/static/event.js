// Event: every coded field, the article with the evidence sentence and the other sentences that told the event
// highlighted and the argument spans marked, other reports of the same event, and the reviews of this one.
import { actorLinks, clear, el, getJSON, pathAfter, setTwin, status } from "./common.js";

const eventId = pathAfter("/events/");

function fieldRows(event) {
  const place = event.event_loc;
  const size = Object.entries(event.size || {}).filter(([, v]) => v !== null).map(([k, v]) => `${k} ${v}`);
  return [
    ["Category", event.event], ["Quad class", event.quad], ["Mode", event.mode], ["Context", event.context.join(", ")],
    ["CAMEO", event.cameo], ["ACLED type", [event.acled_event_type, event.acled_sub_event_type].filter(Boolean).join(" / ")],
    ["Date", [event.date, event.enddate && event.enddate !== event.date ? `to ${event.enddate}` : ""].join(" ")],
    ["Date precision", event.date_precision], ["Actor", actorLinks(event.actor)],
    ["Recipient", actorLinks(event.recipient)],
    ["Place", place ? [place.name, place.admin1, place.country].filter(Boolean).join(", ") : ""],
    ["Coordinates", place && place.lat !== null ? `${place.lat}, ${place.lon} (precision ${place.precision ?? "?"})` : ""],
    ["Size", size.join(", ")], ["Factuality", event.factuality], ["Trigger", event.trigger],
    ["Told again by", retold(event)],
    ["Confidence", event.confidence.toFixed(2)], ["Link", event.link], ["Article", event.doc_id], ["Id", event.id],
  ];
}

// The words of the other mentions, and how many other sentences they are in (a participle of the evidence
// sentence, "attacked ..., killing four", is a mention in no other sentence).
function retold(event) {
  if (!event.mentions.length) return "";
  const own = event.span.join("-");
  const others = new Set(event.mentions.map((m) => m.span.join("-")).filter((span) => span !== own)).size;
  const words = event.mentions.map((m) => m.trigger || "?").join(", ");
  return others ? `${words} (${others} other sentence${others > 1 ? "s" : ""})` : words;
}

function renderFields(event) {
  const list = clear(document.getElementById("fields"));
  for (const [name, value] of fieldRows(event)) {
    const empty = value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length);
    list.append(el("dt", {}, name), el("dd", { class: empty ? "muted" : "" }, empty ? "—" : value));
  }
}

// Split the text at every mark boundary; each piece carries the kinds of the marks covering it.
export function segments(text, marks) {
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const [start, end] = [points[i], points[i + 1]];
    const kinds = marks.filter((m) => m.start <= start && m.end >= end).map((m) => m.kind);
    out.push({ text: text.slice(start, end), kinds });
  }
  return out;
}

// Sentence marks, strongest first: a retelling of the evidence sentence itself is shown as the evidence.
const SENTENCES = ["evidence", "retelling"];

function spans({ text, kinds }) {
  let node = document.createTextNode(text);
  for (const kind of kinds.filter((k) => !SENTENCES.includes(k))) {
    node = el("span", { class: `m-${kind}`, title: kind }, node);
  }
  return node;
}

// Each sentence that told the event is one <mark> holding its marked words (a new one only after a paragraph
// break): the evidence sentence, and in another colour the sentences folded into the record.
function appendPiece(paragraph, piece) {
  const sentence = SENTENCES.find((kind) => piece.kinds.includes(kind));
  if (!sentence) {
    paragraph.append(spans(piece));
    return;
  }
  const last = paragraph.lastChild;
  const same = last?.nodeName === "MARK" && last.classList.contains(sentence);
  const mark = same ? last : paragraph.appendChild(el("mark", { class: sentence, title: sentence }));
  mark.append(spans(piece));
}

function renderArticle(body) {
  const container = clear(document.getElementById("article"));
  if (!body.article) {
    container.append(el("p", { class: "muted" }, "The article is not stored; the sentences that told the event:"),
      el("p", {}, el("mark", { class: "evidence" }, body.event.text)),
      ...body.event.mentions.map((m) => el("p", {}, el("mark", { class: "retelling" }, m.text))));
    return;
  }
  document.getElementById("article-title").textContent = body.article.title || body.article.id;
  for (const paragraph of paragraphs(segments(body.article.text, body.marks))) container.append(paragraph);
  container.querySelector("mark.evidence")?.scrollIntoView({ block: "center" });
}

// Blank lines start new paragraphs, without breaking marks that span them.
function paragraphs(pieces) {
  const out = [el("p")];
  for (const p of pieces) {
    const parts = p.text.split(/\n\s*\n/);
    parts.forEach((part, i) => {
      if (i > 0) out.push(el("p"));
      if (part) appendPiece(out[out.length - 1], { text: part, kinds: p.kinds });
    });
  }
  return out;
}

function renderLinked(linked) {
  const list = clear(document.getElementById("linked"));
  for (const e of linked) {
    list.append(el("li", {}, el("a", { href: `/events/${encodeURIComponent(e.id)}` }, `${e.date || ""} ${e.event}`),
      " — ", e.text));
  }
  if (!linked.length) list.append(el("li", { class: "muted" }, "No other report is linked to this event."));
}

function renderReviews(reviews) {
  const list = clear(document.getElementById("reviews"));
  for (const r of reviews) {
    list.append(el("li", {}, `${r.time} · ${r.reviewer} · ${r.action}`, r.note ? ` · ${r.note}` : "",
      el("code", {}, ` ${JSON.stringify(r.after)}`)));
  }
  if (!reviews.length) list.append(el("li", { class: "muted" }, "Not reviewed."));
}

async function main() {
  setTwin(`/api/events/${encodeURIComponent(eventId)}`);
  document.getElementById("review-link").href = `/review?event=${encodeURIComponent(eventId)}`;
  try {
    const body = await getJSON(`/api/events/${encodeURIComponent(eventId)}`);
    document.getElementById("title").textContent = `${body.event.event} · ${body.event.date || "undated"}`;
    document.title = `${body.event.event} · khabar`;
    renderFields(body.event);
    renderArticle(body);
    renderLinked(body.linked);
    renderReviews(body.reviews);
  } catch (error) {
    status(`Could not load event ${eventId}: ${error.message}`, true);
  }
  document.body.dataset.ready = "true";
}

main();
