package org.opencpms.domain.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.PatientConsents;
import org.opencpms.domain.panel.ClinicalSection;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.SectionKind;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.NewPatient;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.Pseudonym;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

/** A patient enrolled at {@link #CENTRE} by {@link #HP}, and a panel of theirs in {@link #ERN}. */
final class AccessFixtures {

    static final Instant NOW = Instant.parse("2026-04-01T08:00:00Z");
    static final Ern ERN = Ern.ERKNET;
    static final Ern OTHER_ERN = Ern.ITHACA;
    static final ProviderId CENTRE = ProviderId.of("00000000-0000-0000-0000-0000000000c1");
    static final ProviderId OTHER_CENTRE = ProviderId.of("00000000-0000-0000-0000-0000000000c2");
    static final UserId HP_ID = UserId.of("00000000-0000-0000-0000-0000000000a1");
    static final Actor HP = Actor.of(HP_ID, RoleGrant.healthProfessional(ERN, CENTRE));
    static final Actor ASSISTANT = Actor.of(UserId.random(), RoleGrant.centreAssistant(CENTRE, HP_ID));

    private AccessFixtures() {
    }

    static Actor person(RoleGrant... grants) {
        return Actor.of(UserId.random(), grants);
    }

    static Patient patient() {
        var data = new IdentifyingData("Aurelio", "Zwanenburg", LocalDate.of(2015, 2, 3), Sex.MALE,
                new HospitalIdentifier("H-991"), null);
        var patient = Patient.enrol(new NewPatient(PatientId.random(), Pseudonym.of(new Nickname("quiet-heron-0001")),
                data, CENTRE, HP_ID, LocalDate.of(2026, 4, 1)), HP, NOW);
        patient.pullEvents();
        return patient;
    }

    static Panel panelOf(Patient patient) {
        var form = new ConsultationForm("Unexplained proteinuria", "Which genetic work-up?", false,
                List.of(new ClinicalSection(SectionKind.LABORATORY, "Proteinuria 3 g/day")),
                List.of(), List.of(), Map.of(), List.of(), Optional.empty());
        var panel = Panel.draft(PanelId.random(), patient.id(), patient.centre(), ERN, HP, form,
                new PatientConsents(patient.id(), Set.of(ConsentKind.CARE, ConsentKind.SHARING_WITHIN_ERN)), NOW);
        panel.pullEvents();
        return panel;
    }
}
