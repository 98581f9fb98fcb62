package org.opencpms.adapters.rest.panel;

/** How the OpenAPI document describes the parameters every endpoint of one panel takes, and the printed documents' type. */
final class PanelParameters {

    static final String PANEL_ID = "The panel's id";
    static final String IF_MATCH = "The ETag of the panel as last read (\"<version>\"); absent or * for no check";

    /** The media type of a panel's printed documents (outcome, consultation form). */
    static final String PDF = "application/pdf";

    private PanelParameters() {
    }
}
