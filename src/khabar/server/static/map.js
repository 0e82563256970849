// The event map: country shapes from the world-atlas npm package as the only base layer (no tiles
// from the internet), and event markers clustered at low zoom with Leaflet.markercluster.
import { el } from "./common.js";

const ATLAS = "/assets/world-atlas/countries-110m.json";
let atlasPromise = null;

function atlas() {
  atlasPromise ??= fetch(ATLAS).then((r) => {
    if (!r.ok) throw new Error("world boundaries are not installed (run npm ci in src/khabar/server/frontend)");
    return r.json();
  });
  return atlasPromise;
}

export function createMap(container) {
  const { L } = window;
  const map = L.map(container, { worldCopyJump: true, minZoom: 1, maxZoom: 12, attributionControl: false,
    preferCanvas: false }).setView([25, 30], 2);
  const markers = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 50 });
  map.addLayer(markers);
  atlas().then((topo) => {
    const countries = window.topojson.feature(topo, topo.objects.countries);
    L.geoJSON(countries, { style: { color: "#8a8f98", weight: 0.7, fillColor: "#e8e4d8", fillOpacity: 1 },
      className: "country", interactive: false }).addTo(map).bringToBack();
    container.dataset.countries = String(countries.features.length);
  }).catch((error) => container.append(el("p", { class: "error" }, error.message)));
  return { map, markers };
}

export function showPoints({ map, markers }, points) {
  const { L } = window;
  markers.clearLayers();
  const layers = points.map((p) => {
    const icon = L.divIcon({ className: "event-marker", html: "", iconSize: [12, 12] });
    const marker = L.marker([p.lat, p.lon], { icon, title: `${p.event} ${p.place || ""}` });
    marker.bindPopup(() => popup(p));
    return marker;
  });
  markers.addLayers(layers);
  map.getContainer().dataset.markers = String(layers.length);
  if (layers.length) map.fitBounds(markers.getBounds().pad(0.3), { maxZoom: 6 });
}

function popup(point) {
  return el("div", {}, el("strong", {}, point.event), " ", point.date || "", el("br"), point.place || "",
    el("br"), el("a", { href: `/events/${encodeURIComponent(point.id)}` }, "open event"));
}
