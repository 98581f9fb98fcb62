package org.opencpms.adapters.persistence.panel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.PatientConsents;
import org.opencpms.domain.dataset.ErnConfiguration;
import org.opencpms.domain.imaging.ImagingStudy;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.panel.Agreement;
import org.opencpms.domain.panel.Attachment;
import org.opencpms.domain.panel.ClinicalSection;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.DataRequestId;
import org.opencpms.domain.panel.MeetingId;
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

/**
 * Panels built through the domain's own commands, for the panel storage tests: simple ones in a
 * given state, and one that went through every kind of change a panel knows.
 */
public final class PanelStories {

    public static final Instant T0 = Instant.parse("2026-03-02T09:00:00.123456789Z");
    public static final Ern ERN = Ern.EURO_NMD;
    public static final Ern OTHER_ERN = Ern.RND;
    public static final ProviderId CENTRE = ProviderId.of("00000000-0000-0000-0000-00000000c001");
    public static final ProviderId OTHER_CENTRE = ProviderId.of("00000000-0000-0000-0000-00000000c002");

    private PanelStories() {
    }

    public static Actor healthProfessional(Ern ern, ProviderId centre) {
        return Actor.of(UserId.random(), RoleGrant.healthProfessional(ern, centre));
    }

    public static Actor lead() {
        return healthProfessional(ERN, CENTRE);
    }

    public static Actor expert() {
        return healthProfessional(ERN, OTHER_CENTRE);
    }

    public static PatientConsents consenting(PatientId patient) {
        return new PatientConsents(patient, Set.of(ConsentKind.CARE, ConsentKind.SHARING_WITHIN_ERN));
    }

    public static ConsultationForm form(boolean urgent) {
        return new ConsultationForm("Unclear diagnosis", "Which dystrophy is it?", urgent,
                List.of(new ClinicalSection(SectionKind.MEDICAL_HISTORY, "Progressive weakness since age 4")),
                List.of(new CodedEntry(CodingSystem.ICD_10, "G71.0", "Muscular dystrophy")),
                List.of(), Map.of(), List.of(), Optional.empty());
    }

    /** A fresh DRAFT of {@code patient} led by {@code lead}, drafted at {@code at}; events pulled. */
    public static Panel draft(PatientId patient, Actor lead, Instant at) {
        Panel panel = Panel.draft(PanelId.random(), patient, CENTRE, ERN, lead, form(false), consenting(patient), at);
        panel.pullEvents();
        return panel;
    }

    /**
     * A panel of a new patient in PANEL_SELECTION, drafted and submitted at {@code at}: each of
     * {@code members} accepted, each of {@code invited} pending; events pulled.
     */
    public static Panel inSelection(Actor lead, Instant at, List<Actor> members, List<Actor> invited) {
        Panel panel = draft(PatientId.random(), lead, at);
        panel.submit(lead, consenting(panel.patient()), ErnConfiguration.defaultFor(ERN), at);
        members.forEach(m -> {
            panel.invite(m, lead, at);
            panel.accept(m, at);
        });
        invited.forEach(i -> panel.invite(i, lead, at));
        panel.pullEvents();
        return panel;
    }

    /** A fresh DRAFT of a new patient led in {@code ern} by {@code lead} (a health professional in it at {@link #CENTRE}). */
    public static Panel draftIn(Ern ern, Actor lead, Instant at) {
        PatientId patient = PatientId.random();
        Panel panel = Panel.draft(PanelId.random(), patient, CENTRE, ern, lead, form(true), consenting(patient), at);
        panel.pullEvents();
        return panel;
    }

    /**
     * A panel of a new patient opened at {@code at} with {@code member}, both contributing, its
     * outcome finalised 6 minutes later, closed and rated 5 by the lead; events pulled.
     */
    public static Panel closed(Actor lead, Actor member, Instant at) {
        Panel panel = inSelection(lead, at, List.of(member), List.of());
        panel.startAssessment(lead, at.plusSeconds(60));
        panel.contribute(lead, "Looks like Becker", at.plusSeconds(120));
        panel.contribute(member, "Agree", at.plusSeconds(180));
        panel.startSignOff(lead, at.plusSeconds(240));
        panel.draftOutcome(lead, "Becker muscular dystrophy", "Genetic testing of DMD", "Physiotherapy", at.plusSeconds(300));
        panel.finaliseOutcome(lead, at.plusSeconds(360));
        panel.close(lead, ErnConfiguration.defaultFor(ERN), at.plusSeconds(420));
        panel.rateUsefulness(lead, 5, at.plusSeconds(480));
        panel.pullEvents();
        return panel;
    }

    /**
     * A panel that went through every kind of change: copied from another, its form edited with
     * every part (sections, codes, custom data, documents, a pedigree) and an imaging study attached,
     * a deadline, submission, invitations of every kind (accepted, declined, pending), forwarding to
     * another ERN, a handover, timeline comments, data requests (answered with attachments, and
     * open), contributions (one revised) with comments, meetings (rescheduled and recorded,
     * cancelled), a step back, an outcome drafted, reviewed both ways, finalised, reopened and
     * finalised again, closing, rating and archiving. Events pulled; version 0.
     */
    public static Panel everyKindOfChange() {
        var clock = new Clock();
        PatientId patientId = PatientId.random();
        Actor lead = lead();
        Actor assistant = Actor.of(UserId.random(), RoleGrant.centreAssistant(CENTRE, lead.id()));
        Actor expert = expert();
        Actor decliner = expert();
        Actor latecomer = expert();
        Actor foreign = healthProfessional(OTHER_ERN, OTHER_CENTRE);
        Actor coordinator = Actor.of(UserId.random(), RoleGrant.coordinator(ERN, OTHER_CENTRE));
        Patient patient = Patient.restore(new NewPatient(patientId, Pseudonym.of(new Nickname("steady-heron-0042")),
                new IdentifyingData("Jan", "Jansen", LocalDate.of(2015, 4, 1), Sex.MALE, new HospitalIdentifier("MRN-7"), null),
                CENTRE, lead.id(), LocalDate.of(2026, 1, 5)), 0);

        Panel source = Panel.draft(PanelId.random(), patientId, CENTRE, ERN, lead, form(false), consenting(patientId),
                clock.tick());
        PanelId id = PanelId.random();
        Actor guest = Actor.of(UserId.random(), RoleGrant.guestExpert(id));
        Panel panel = Panel.copyOf(source, patient, id, lead, consenting(patientId), clock.tick());
        panel.editForm(assistant, new ConsultationForm("Unclear diagnosis", "Which dystrophy is it?", true,
                List.of(new ClinicalSection(SectionKind.GENETICS, "No variant found in the panel"),
                        new ClinicalSection(SectionKind.MEDICAL_HISTORY, "Progressive weakness since age 4")),
                List.of(new CodedEntry(CodingSystem.ICD_10, "G71.0", "Muscular dystrophy"),
                        new CodedEntry(CodingSystem.ORPHACODE, "ORPHA:98895", "")),
                List.of(new CodedEntry(CodingSystem.HPO, "HP:0003560", "Muscular dystrophy")),
                Map.of(), List.of(Attachment.document("doc-1", "Muscle biopsy report", "application/pdf")),
                Optional.of(Attachment.document("doc-2", "Pedigree", "image/png"))), clock.tick());
        panel.attachStudy(new ImagingStudy(new StudyInstanceUid("2.25.1234567890"), patientId, null, "MR", 2, 40, clock.tick()),
                "MRI of the thighs", lead, clock.tick());
        panel.setDeadline(lead, clock.now().plus(Duration.ofDays(30)), clock.tick());
        panel.submit(lead, consenting(patientId), ErnConfiguration.defaultFor(ERN), clock.tick());
        panel.editForm(lead, withCustomData(panel.form(), Map.of("walking-distance", "200 m", "age-at-onset", "4")),
                clock.tick());

        panel.invite(expert, lead, clock.tick());
        panel.invite(foreign, coordinator, clock.tick());
        panel.invite(guest, lead, clock.tick());
        panel.invite(decliner, lead, clock.tick());
        panel.accept(expert, clock.tick());
        panel.accept(foreign, clock.tick());
        panel.accept(guest, clock.tick());
        panel.decline(decliner, clock.tick());
        panel.forward(OTHER_ERN, coordinator, "Better placed in the network for rare neurological diseases", clock.tick());
        panel.handOver(foreign, lead, clock.tick());
        Actor newLead = foreign;
        panel.invite(latecomer, newLead, clock.tick());

        panel.comment(expert, "Any family history?", clock.tick());
        panel.comment(newLead, "None known", clock.tick());
        DataRequestId answered = panel.requestData(expert, "Please add the CK values", clock.tick());
        panel.requestData(lead, "Is there a recent ECG?", clock.tick());
        panel.answerDataRequest(answered, newLead, "CK 12,000 U/l, see the lab report",
                List.of(Attachment.document("doc-3", "Lab report", "application/pdf"),
                        Attachment.imagingStudy("2.25.99", "Muscle ultrasound")), clock.tick());

        panel.startAssessment(newLead, clock.tick());
        panel.returnToPanelSelection(newLead, "One more expert is needed", clock.tick());
        panel.startAssessment(newLead, clock.tick());
        panel.contribute(expert, "Looks like Becker", clock.tick());
        panel.contribute(expert, "Looks like Becker; test DMD", clock.tick());
        panel.contribute(newLead, "Agree", clock.tick());
        panel.commentOnContribution(expert.id(), newLead, "Which exons?", clock.tick());

        MeetingId recorded = panel.scheduleMeeting(newLead, clock.now().plus(Duration.ofHours(1)), Duration.ofMinutes(45),
                Set.of(newLead.id(), expert.id(), guest.id()), "https://meet.example.org/panel", clock.tick());
        panel.rescheduleMeeting(recorded, newLead, clock.now().plus(Duration.ofHours(2)), Duration.ofMinutes(60), clock.tick());
        MeetingId cancelled = panel.scheduleMeeting(newLead, clock.now().plus(Duration.ofDays(2)), Duration.ofMinutes(30),
                Set.of(newLead.id(), lead.id()), "https://meet.example.org/other", clock.tick());
        panel.cancelMeeting(cancelled, newLead, clock.tick());
        clock.advance(Duration.ofHours(3));
        panel.attachRecording(recorded, newLead, "recordings/meeting-1.mp4", clock.tick());

        panel.startSignOff(newLead, clock.tick());
        panel.draftOutcome(newLead, "Becker muscular dystrophy", "Genetic testing of DMD", "", clock.tick());
        panel.reviewOutcome(expert, Agreement.AGREE, "", clock.tick());
        panel.reviewOutcome(lead, Agreement.DISAGREE, "Consider LGMD as well", clock.tick());
        panel.finaliseOutcome(newLead, clock.tick());
        panel.returnToAssessment(newLead, "New genetic result", clock.tick());
        panel.startSignOff(newLead, clock.tick());
        panel.finaliseOutcome(newLead, clock.tick());
        panel.close(newLead, ErnConfiguration.defaultFor(OTHER_ERN), clock.tick());
        panel.rateUsefulness(newLead, 4, clock.tick());
        panel.archive(newLead, clock.tick());
        panel.pullEvents();
        return panel;
    }

    private static ConsultationForm withCustomData(ConsultationForm f, Map<String, String> customData) {
        return new ConsultationForm(f.reasonForRequest(), f.clinicalQuestion(), f.urgent(), f.sections(), f.diagnoses(),
                f.phenotypes(), customData, f.attachments(), f.pedigree());
    }

    /** Time that moves on by a minute and a few nanoseconds per tick. */
    private static final class Clock {

        private Instant now = T0;

        Instant tick() {
            now = now.plus(Duration.ofMinutes(1)).plusNanos(7);
            return now;
        }

        Instant now() {
            return now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }
    }
}
