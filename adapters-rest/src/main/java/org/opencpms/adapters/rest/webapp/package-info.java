/**
 * The clinician's web application (the {@code web} module, a single-page application) as this WAR serves it at
 * {@code /}: its built files are overlaid onto the WAR ({@code /index.html}, {@code /assets/...}), and
 * {@link org.opencpms.adapters.rest.webapp.SinglePageRoutes} answers the application's own addresses (deep links such
 * as {@code /panels/<id>} in e-mails) with its {@code index.html}. The application talks to the server only through
 * the public REST API.
 */
package org.opencpms.adapters.rest.webapp;
