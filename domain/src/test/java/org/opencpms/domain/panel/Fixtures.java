package org.opencpms.domain.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.PatientConsents;
import org.opencpms.domain.dataset.ErnConfiguration;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.NewPatient;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.Pseudonym;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

/** People, times and panels in every state, for the panel tests. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant NOW = T0.plus(Duration.ofDays(1));
    static final Instant LATER = NOW.plus(Duration.ofDays(1));

    static final Ern ERN = Ern.EURO_NMD;
    static final Ern OTHER_ERN = Ern.RND;
    static final ProviderId CENTRE = ProviderId.of("00000000-0000-0000-0000-00000000c001");
    static final ProviderId OTHER_CENTRE = ProviderId.of("00000000-0000-0000-0000-00000000c002");
    static final PatientId PATIENT = PatientId.of("00000000-0000-0000-0000-00000000a001");

    static final Actor LEAD = person(RoleGrant.healthProfessional(ERN, CENTRE));
    static final Actor COLLEAGUE = person(RoleGrant.healthProfessional(ERN, CENTRE));
    static final Actor EXPERT = person(RoleGrant.healthProfessional(ERN, OTHER_CENTRE));
    static final Actor SECOND_EXPERT = person(RoleGrant.healthProfessional(ERN, OTHER_CENTRE));
    static final Actor FOREIGN_EXPERT = person(RoleGrant.healthProfessional(OTHER_ERN, OTHER_CENTRE));
    static final Actor COORDINATOR = person(RoleGrant.coordinator(ERN, OTHER_CENTRE));
    static final Actor DISPATCHER = person(RoleGrant.dispatcher(ERN, OTHER_CENTRE));
    static final Actor PANEL_MANAGER = person(RoleGrant.panelManager(ERN, OTHER_CENTRE));
    static final Actor OTHER_COORDINATOR = person(RoleGrant.coordinator(OTHER_ERN, OTHER_CENTRE));
    static final Actor OTHER_DISPATCHER = person(RoleGrant.dispatcher(OTHER_ERN, OTHER_CENTRE));
    static final Actor OTHER_PANEL_MANAGER = person(RoleGrant.panelManager(OTHER_ERN, OTHER_CENTRE));
    static final Actor ASSISTANT = person(RoleGrant.centreAssistant(CENTRE, LEAD.id()));
    static final Actor COLLEAGUES_ASSISTANT = person(RoleGrant.centreAssistant(CENTRE, COLLEAGUE.id()));
    static final Actor RESEARCHER = person(RoleGrant.researcher(ERN));
    static final Actor AUDITOR = person(RoleGrant.auditor(null));
    static final Actor NEWCOMER = person();

    static final PatientConsents CONSENTING = new PatientConsents(PATIENT, Set.of(ConsentKind.CARE, ConsentKind.SHARING_WITHIN_ERN));
    static final PatientConsents CARE_ONLY = new PatientConsents(PATIENT, Set.of(ConsentKind.CARE));
    static final ErnConfiguration CONFIGURATION = ErnConfiguration.defaultFor(ERN);

    static final String VIDEO_LINK = "https://meet.example.org/panel";

    private Fixtures() {
    }

    static Actor person(RoleGrant... grants) {
        return Actor.of(UserId.random(), grants);
    }

    static Actor guestOn(PanelId panel) {
        return person(RoleGrant.guestExpert(panel));
    }

    /** {@link #PATIENT}, enrolled at {@link #CENTRE} by {@code hp}. */
    static Patient patientEnrolledBy(Actor hp) {
        return patient(PATIENT, hp);
    }

    /** A patient enrolled at {@link #CENTRE} by {@code hp}. */
    static Patient patient(PatientId id, Actor hp) {
        var identity = new IdentifyingData("Jan", "Jansen", LocalDate.of(2015, 4, 1), Sex.MALE,
                new HospitalIdentifier("MRN-7"), null);
        return Patient.restore(new NewPatient(id, Pseudonym.of(new Nickname("steady-heron-0042")), identity, CENTRE,
                hp.id(), LocalDate.of(2026, 1, 5)), 0);
    }

    static ConsultationForm form(String reason, String question) {
        return new ConsultationForm(reason, question, false,
                List.of(new ClinicalSection(SectionKind.MEDICAL_HISTORY, "Progressive weakness since age 4")),
                List.of(new CodedEntry(CodingSystem.ICD_10, "G71.0", "Muscular dystrophy")),
                List.of(new CodedEntry(CodingSystem.HPO, "HP:0003560", "Muscular dystrophy")),
                Map.of(), List.of(Attachment.document("doc-1", "Muscle biopsy report", "application/pdf")), Optional.empty());
    }

    static ConsultationForm completeForm() {
        return form("Unclear diagnosis", "Which dystrophy is it?");
    }

    /** A fresh DRAFT led by {@link #LEAD}, events already pulled. */
    static Panel draft() {
        Panel panel = Panel.draft(PanelId.random(), PATIENT, CENTRE, ERN, LEAD, completeForm(), CONSENTING, T0);
        panel.pullEvents();
        return panel;
    }

    /** In PANEL_SELECTION, with the given experts invited and accepted; events pulled. */
    static Panel inSelection(Actor... members) {
        Panel panel = draft();
        panel.submit(LEAD, CONSENTING, CONFIGURATION, T0);
        for (Actor member : members) {
            panel.invite(member, LEAD, T0);
            panel.accept(member, T0);
        }
        panel.pullEvents();
        return panel;
    }

    /** In ASSESSMENT, with the given members; events pulled. */
    static Panel inAssessment(Actor... members) {
        Panel panel = inSelection(members);
        panel.startAssessment(LEAD, T0);
        panel.pullEvents();
        return panel;
    }

    /** In SIGN_OFF with {@link #EXPERT} as member; lead and expert contributed; events pulled. */
    static Panel inSignOff() {
        Panel panel = inAssessment(EXPERT);
        panel.contribute(LEAD, "Looks like Becker", T0);
        panel.contribute(EXPERT, "Agree, test DMD", T0);
        panel.startSignOff(LEAD, T0);
        panel.pullEvents();
        return panel;
    }

    /** In SIGN_OFF with a final outcome and the quorum reached; events pulled. */
    static Panel readyToClose() {
        Panel panel = inSignOff();
        panel.draftOutcome(LEAD, "Becker muscular dystrophy", "Genetic testing of DMD", "Physiotherapy", T0);
        panel.finaliseOutcome(LEAD, T0);
        panel.pullEvents();
        return panel;
    }

    static Panel closed() {
        Panel panel = readyToClose();
        panel.close(LEAD, CONFIGURATION, T0);
        panel.pullEvents();
        return panel;
    }

    /** Asserts that the action fails with a domain exception and returns an assertion on its code. */
    static AbstractStringAssert<?> assertFailsWith(ThrowingCallable action) {
        Throwable thrown = catchThrowable(action);
        assertThat(thrown).isInstanceOf(DomainException.class);
        return assertThat(((DomainException) thrown).code());
    }
}
