package org.opencpms.application.patient;

import java.util.List;
import java.util.Optional;
import org.opencpms.domain.shared.Require;

/**
 * One page of a centre's patient list, and the token that continues it ({@code after} of the next
 * query) when more patients follow; the last page has none.
 */
public record PatientPage(List<PatientSummary> items, Optional<String> next) {

    public PatientPage {
        items = List.copyOf(Require.present(items, "items"));
        Require.present(next, "next");
    }
}
