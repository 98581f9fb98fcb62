package org.opencpms.domain.research;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.consent.PatientConsents;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.InvalidValue;

/**
 * Turns a patient, their consents and their panels into a {@link ResearchRecord}, or into nothing
 * when their consents do not allow research use. Deleted panels contribute nothing.
 */
public final class Anonymiser {

    private Anonymiser() {
    }

    public static Optional<ResearchRecord> anonymise(Patient patient, PatientConsents consents, Collection<Panel> panels,
                                                     Country centreCountry, LocalDate asOf) {
        if (!consents.patient().equals(patient.id())) {
            throw new InvalidValue("consents", "the consents of another patient");
        }
        if (!consents.allowResearchUse()) {
            return Optional.empty();
        }
        List<Panel> kept = panels.stream()
                .filter(p -> p.patient().equals(patient.id()) && p.state() != PanelState.DELETED)
                .toList();
        return Optional.of(new ResearchRecord(
                AgeBand.of(patient.ageInYearsAt(asOf)),
                patient.sex(),
                centreCountry,
                kept.stream().map(Panel::leadErn).collect(Collectors.toSet()),
                distinct(kept.stream().flatMap(p -> p.form().diagnoses().stream()).toList()),
                distinct(kept.stream().flatMap(p -> p.form().phenotypes().stream()).toList()),
                (int) kept.stream().filter(p -> p.state() == PanelState.CLOSED || p.state() == PanelState.ARCHIVED).count()));
    }

    private static List<CodedEntry> distinct(List<CodedEntry> entries) {
        var seen = new LinkedHashSet<String>();
        return entries.stream().filter(e -> seen.add(e.system() + "|" + e.code())).toList();
    }
}
