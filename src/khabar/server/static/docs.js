// Swagger UI for /openapi.json, from the swagger-ui-dist npm package (no CDN, no inline script).
if (window.SwaggerUIBundle) {
  window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
} else {
  document.getElementById("swagger-ui").textContent =
    "Swagger UI is not installed (run npm ci in src/khabar/server/frontend); the API description is at /openapi.json.";
}
document.body.dataset.ready = "true";
