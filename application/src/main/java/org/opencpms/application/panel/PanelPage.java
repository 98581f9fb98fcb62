package org.opencpms.application.panel;

import java.util.List;
import java.util.Optional;
import org.opencpms.domain.shared.Require;

/**
 * One page of "my panels", and the token that continues it ({@code after} of the next query) when
 * more panels follow; the last page has none.
 */
public record PanelPage(List<PanelSummary> items, Optional<String> next) {

    public PanelPage {
        items = List.copyOf(Require.present(items, "items"));
        Require.present(next, "next");
    }
}
