// Swagger UI for the OpenCPMS API: the document WildFly generates at /openapi. Use "Authorize" with a bearer
// token (in training mode: POST /api/training/tokens {"username":"hp.berlin"}).
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi?format=JSON",
    dom_id: "#swagger-ui",
    deepLinking: true,
    persistAuthorization: false,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: "StandaloneLayout"
  });
};
