package org.opencpms.application.panel;

import org.opencpms.domain.shared.Require;

/**
 * One item of a panel (a meeting, a data request) as a participant reads it on its own, with the version of the
 * panel it belongs to: the {@code ETag} to send in {@code If-Match} with a change of the item, which is a change of
 * the panel. Never identifying data of the patient.
 */
public record PanelItem<T>(T item, long panelVersion) {

    public PanelItem {
        Require.present(item, "panel-item");
    }
}
