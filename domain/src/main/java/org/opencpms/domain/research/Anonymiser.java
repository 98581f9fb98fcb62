package org.opencpms.domain.research;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.consent.PatientConsents;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.InvalidValue;

/**
 * Turns a patient, their consents and their panels into a {@link ResearchRecord} for a researcher of some ERNs, or
 * into nothing when their consents do not allow research use or none of their panels is led in those ERNs. Only the
 * panels led in those ERNs contribute, and deleted panels none. Codes go out without their display text (free text
 * stays out of the data set).
 */
public final class Anonymiser {

    private Anonymiser() {
    }

    public static Optional<ResearchRecord> anonymise(Patient patient, PatientConsents consents, Collection<Panel> panels,
                                                     Set<Ern> scope, Country centreCountry, LocalDate asOf) {
        if (!consents.patient().equals(patient.id())) {
            throw new InvalidValue("consents", "the consents of another patient");
        }
        List<Panel> kept = panels.stream()
                .filter(p -> p.patient().equals(patient.id()) && p.state() != PanelState.DELETED
                        && scope.contains(p.leadErn()))
                .toList();
        if (!consents.allowResearchUse() || kept.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ResearchRecord(
                AgeBand.of(patient.ageInYearsAt(asOf)),
                patient.sex(),
                Area.of(centreCountry),
                kept.stream().map(Panel::leadErn).collect(Collectors.toSet()),
                codes(kept.stream().flatMap(p -> p.form().diagnoses().stream()).toList()),
                codes(kept.stream().flatMap(p -> p.form().phenotypes().stream()).toList()),
                (int) kept.stream().filter(p -> p.state() == PanelState.CLOSED || p.state() == PanelState.ARCHIVED).count(),
                0));
    }

    /** The distinct codes, without display, in one order (by system, then code) whatever the forms' order. */
    static List<CodedEntry> codes(List<CodedEntry> entries) {
        var seen = new LinkedHashSet<CodedEntry>();
        entries.forEach(e -> seen.add(new CodedEntry(e.system(), e.code(), null)));
        return seen.stream().sorted(Comparator.comparing(CodedEntry::system).thenComparing(CodedEntry::code)).toList();
    }
}
