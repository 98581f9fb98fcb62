package org.opencpms.adapters.persistence.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.PatientConsents;
import org.opencpms.domain.dataset.ErnConfiguration;
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

/**
 * The benchmark's synthetic but rule-abiding data, derived from a seed: centres spread over the 24
 * ERNs (the same number in each), health professionals at every centre, patients enrolled round
 * robin at the centres over five years, and panels built through the panel's own commands — each
 * led by a health professional of the patient's centre, with three experts of the same ERN at other
 * centres invited (two accept), two timeline comments, and for three panels in four the assessment
 * started with two contributions.
 */
final class Population {

    static final Instant T0 = Instant.parse("2021-01-04T08:00:00Z");
    private static final LocalDate FIRST_ENROLMENT = LocalDate.of(2021, 1, 4);
    private static final Sex[] SEXES = {Sex.FEMALE, Sex.MALE, Sex.FEMALE, Sex.MALE, Sex.OTHER, Sex.UNKNOWN};
    private static final Ern[] ERNS = Ern.values();

    private final int centres;
    private final int patients;
    private final int panels;
    private final ProviderId[] centreIds;
    private final Actor[][] healthProfessionals;
    private final PatientId[] patientIds;
    private final PanelId[] panelIds;

    Population(long seed, int centres, int professionalsPerCentre, int patients, int panels) {
        if (centres % ERNS.length != 0 || centres / ERNS.length < 4) {
            throw new IllegalArgumentException("centres must be a multiple of " + ERNS.length + ", at least 4 per ERN");
        }
        this.centres = centres;
        this.patients = patients;
        this.panels = panels;
        var random = new Random(seed);
        this.centreIds = new ProviderId[centres];
        this.healthProfessionals = new Actor[centres][professionalsPerCentre];
        for (int c = 0; c < centres; c++) {
            centreIds[c] = new ProviderId(uuid(random));
            for (int h = 0; h < professionalsPerCentre; h++) {
                healthProfessionals[c][h] = Actor.of(new UserId(uuid(random)), RoleGrant.healthProfessional(ernOf(c), centreIds[c]));
            }
        }
        this.patientIds = new PatientId[patients];
        for (int i = 0; i < patients; i++) {
            patientIds[i] = new PatientId(uuid(random));
        }
        this.panelIds = new PanelId[panels];
        for (int j = 0; j < panels; j++) {
            panelIds[j] = new PanelId(uuid(random));
        }
    }

    private static UUID uuid(Random random) {
        long high = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private static Ern ernOf(int centre) {
        return ERNS[centre % ERNS.length];
    }

    int centres() {
        return centres;
    }

    int patients() {
        return patients;
    }

    int panels() {
        return panels;
    }

    ProviderId centre(int c) {
        return centreIds[c];
    }

    Actor healthProfessional(int centre, int h) {
        return healthProfessionals[centre][h];
    }

    int professionalsPerCentre() {
        return healthProfessionals[0].length;
    }

    PatientId patientId(int i) {
        return patientIds[i];
    }

    PanelId panelId(int j) {
        return panelIds[j];
    }

    /** The day patient {@code i} was enrolled. */
    LocalDate enrolledOn(int i) {
        return FIRST_ENROLMENT.plusDays(i % 1_826);
    }

    /** When panel {@code j} was drafted. */
    Instant draftedAt(int j) {
        return T0.plus(Duration.ofMinutes(15L * j));
    }

    /** The lead of panel {@code j}. */
    Actor leadOf(int j) {
        int c = patientOf(j) % centres;
        return healthProfessionals[c][j % professionalsPerCentre()];
    }

    private int patientOf(int j) {
        return (int) ((long) j * patients / panels);
    }

    /** Patient {@code i}, enrolled at centre {@code i % centres}, as stored for the first time. */
    Patient patient(int i) {
        int c = i % centres;
        var identifying = new IdentifyingData("Given" + (i % 997), "Family" + (i % 10_007),
                LocalDate.of(1950, 1, 1).plusDays(i % 25_000), SEXES[i % SEXES.length], new HospitalIdentifier("MRN-" + i), null);
        var newPatient = new NewPatient(patientIds[i], Pseudonym.of(new Nickname("bench-patient-" + i)), identifying, centreIds[c],
                healthProfessionals[c][i % professionalsPerCentre()].id(), enrolledOn(i));
        return Patient.restore(newPatient, 0);
    }

    /** Panel {@code j}, about patient {@code j * patients / panels}, as stored for the first time. */
    Panel panel(int j) {
        int i = patientOf(j);
        int c = i % centres;
        Ern ern = ernOf(c);
        PatientId patient = patientIds[i];
        var consents = new PatientConsents(patient, Set.of(ConsentKind.CARE, ConsentKind.SHARING_WITHIN_ERN));
        Actor lead = leadOf(j);
        Instant at = draftedAt(j);
        Panel panel = Panel.draft(panelIds[j], patient, centreIds[c], ern, lead, form(j), consents, at);
        panel.submit(lead, consents, ErnConfiguration.defaultFor(ern), at.plusSeconds(60));
        Actor first = expert(c, 1, j);
        Actor second = expert(c, 2, j);
        Actor third = expert(c, 3, j);
        panel.invite(first, lead, at.plusSeconds(120));
        panel.invite(second, lead, at.plusSeconds(121));
        panel.invite(third, lead, at.plusSeconds(122));
        panel.accept(first, at.plusSeconds(3_600));
        panel.accept(second, at.plusSeconds(7_200));
        panel.comment(first, "Is there a family history of similar symptoms?", at.plusSeconds(8_000));
        panel.comment(lead, "None known; parents are not related.", at.plusSeconds(9_000));
        if (j % 4 != 0) {
            panel.startAssessment(lead, at.plusSeconds(10_000));
            panel.contribute(first, "The findings fit a limb-girdle dystrophy; I suggest a gene panel.", at.plusSeconds(20_000));
            panel.contribute(second, "Agree; add a muscle MRI of the thighs.", at.plusSeconds(30_000));
        }
        panel.pullEvents();
        return panel;
    }

    /** A health professional of the same ERN at the {@code k}-th other centre of that ERN. */
    private Actor expert(int centre, int k, int j) {
        int other = (centre + k * ERNS.length) % centres;
        return healthProfessionals[other][(j + k) % professionalsPerCentre()];
    }

    private static ConsultationForm form(int j) {
        return new ConsultationForm("Unclear diagnosis " + j, "Which muscular dystrophy is it, and which test comes next?",
                j % 10 == 0,
                List.of(new ClinicalSection(SectionKind.MEDICAL_HISTORY, "Progressive proximal weakness since age 4; CK raised.")),
                List.of(new CodedEntry(CodingSystem.ICD_10, "G71.0", "Muscular dystrophy")),
                List.of(), Map.of(), List.of(), Optional.empty());
    }
}
