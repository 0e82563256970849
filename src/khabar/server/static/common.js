// Shared helpers for the dashboard pages. Data is only ever put into the page with textContent.

export const FILTER_KEYS = ["since", "until", "event", "actor", "initiator", "recipient", "country", "text"];
export const QUAD_COLOURS = {
  "verbal cooperation": "#4e9a06", "material cooperation": "#1f78b4",
  "verbal conflict": "#e6a100", "material conflict": "#c4302b",
};

// el("a", {href: "/x", class: "y"}, "text", child): children are text or nodes, never HTML.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function status(message, isError = false) {
  const line = document.getElementById("status");
  line.textContent = message;
  line.classList.toggle("error", isError);
}

export async function getJSON(url, options = {}) {
  const response = await fetch(url, { headers: { Accept: "application/json" }, ...options });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = body.error || { code: String(response.status), message: response.statusText };
    throw Object.assign(new Error(error.message), { code: error.code, status: response.status });
  }
  return body;
}

// The page's filter, from the URL: a URLSearchParams holding only the filter keys and factuality.
export function filterParams(search = window.location.search) {
  const from = new URLSearchParams(search);
  const out = new URLSearchParams();
  for (const key of [...FILTER_KEYS, "factuality"]) {
    for (const value of from.getAll(key)) if (value) out.append(key, value);
  }
  return out;
}

export function fillFilterForm(form, params) {
  for (const key of FILTER_KEYS) {
    if (form.elements[key]) form.elements[key].value = params.get(key) || "";
  }
  form.elements.asserted.checked = params.get("factuality") !== "all";
}

export function formParams(form) {
  const out = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = (form.elements[key]?.value || "").trim();
    if (value) out.set(key, value);
  }
  if (!form.elements.asserted.checked) out.set("factuality", "all");
  return out;
}

export async function loadCategories(...selects) {
  const body = await getJSON("/api/categories");
  for (const select of selects) {
    for (const { category } of body.categories) select.append(el("option", { value: category }, category));
  }
  return body.categories;
}

// Point the "JSON" link of the header at this page's twin.
export function setTwin(path, params = new URLSearchParams()) {
  const query = params.toString();
  document.getElementById("twin-link").href = query ? `${path}?${query}` : path;
}

// The last path segment after a prefix, decoded ("/events/abc" -> "abc").
export function pathAfter(prefix) {
  return decodeURIComponent(window.location.pathname.slice(prefix.length));
}

export function actorNames(actors) {
  return (actors || []).map((a) => a.name || a.text).join("; ");
}

export function actorLinks(actors) {
  const out = [];
  for (const [i, actor] of (actors || []).entries()) {
    if (i) out.push("; ");
    out.push(el("a", { href: `/actors/${encodeURIComponent(actor.name || actor.text)}` }, actor.name || actor.text));
  }
  return out;
}

export function categoryColour(category, categories) {
  const entry = categories.find((c) => c.category === category);
  const base = QUAD_COLOURS[entry?.quad] || "#777";
  const sameQuad = categories.filter((c) => c.quad === entry?.quad);
  const shade = sameQuad.findIndex((c) => c.category === category);
  return shadeOf(base, shade, sameQuad.length);
}

function shadeOf(hex, index, count) {
  // Lighten the quad's colour step by step, so categories of one quad share a hue.
  const amount = count > 1 ? (index / count) * 0.45 : 0;
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const mixed = channels.map((c) => Math.round(c + (255 - c) * amount));
  return `#${mixed.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}
