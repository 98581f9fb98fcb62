package org.opencpms.adapters.fhir.panel;

import ca.uhn.fhir.rest.param.ReferenceParam;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opencpms.application.panel.FindClinicalEntries;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.user.Actor;

/**
 * The search parameters of Condition, Observation and FamilyMemberHistory read back: the patient ({@code patient} or {@code subject}, a
 * Patient id) and the consultation (a ServiceRequest id), at least one of them. An id that is not one of OpenCPMS's
 * finds nothing, as an unknown one does.
 */
public final class ClinicalSearch {

    private ClinicalSearch() {
    }

    public static List<FindClinicalEntries.PanelEntries> find(FindClinicalEntries use, Actor actor, ReferenceParam patient,
                                                    ReferenceParam subject, ReferenceParam consultation) {
        var who = Optional.ofNullable(patient).or(() -> Optional.ofNullable(subject));
        var patientId = who.map(p -> uuid(p).map(PatientId::new));
        var panelId = Optional.ofNullable(consultation).map(c -> uuid(c).map(PanelId::new));
        if (patientId.isPresent() && patientId.get().isEmpty() || panelId.isPresent() && panelId.get().isEmpty()) {
            return List.of();
        }
        return use.handle(new FindClinicalEntries.Query(actor, patientId.flatMap(p -> p).orElse(null),
                panelId.flatMap(p -> p).orElse(null)));
    }

    /** The entries of the one panel (the panel's not-found when the caller may not see it). */
    public static List<FindClinicalEntries.PanelEntries> inPanel(FindClinicalEntries use, Actor actor, PanelId panel) {
        return use.handle(new FindClinicalEntries.Query(actor, null, panel));
    }

    private static Optional<UUID> uuid(ReferenceParam reference) {
        try {
            return Optional.of(UUID.fromString(reference.getIdPart()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
