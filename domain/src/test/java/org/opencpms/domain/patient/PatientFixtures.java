package org.opencpms.domain.patient;

import java.time.Instant;
import java.time.LocalDate;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

/** A centre, its health professional, the professional's assistant, and a patient they enrolled. */
public final class PatientFixtures {

    public static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    public static final LocalDate ENROLLED_ON = LocalDate.of(2026, 3, 1);
    public static final ProviderId CENTRE = ProviderId.random();
    public static final UserId HP_ID = UserId.random();
    public static final Actor HP = Actor.of(HP_ID, RoleGrant.healthProfessional(Ern.ERKNET, CENTRE));
    public static final Actor ASSISTANT = Actor.of(UserId.random(), RoleGrant.centreAssistant(CENTRE, HP_ID));
    public static final Actor OTHER_HP_OF_CENTRE = Actor.of(UserId.random(), RoleGrant.healthProfessional(Ern.ERKNET, CENTRE));
    public static final Pseudonym PSEUDONYM = new Pseudonym(new Nickname("nimble-okapi-0427"), PseudonymId.random());

    private PatientFixtures() {
    }

    public static IdentifyingData identifyingData() {
        return new IdentifyingData("Marie", "Dupont", LocalDate.of(2012, 5, 14), Sex.FEMALE,
                new HospitalIdentifier("MRN-0042"), new NationalIdentifier(Country.of("FR"), "2120575123456"));
    }

    public static NewPatient newPatient(PatientId id) {
        return new NewPatient(id, PSEUDONYM, identifyingData(), CENTRE, HP_ID, ENROLLED_ON);
    }

    /** A patient enrolled by {@link #HP}, its events already pulled. */
    public static Patient enrolledPatient() {
        var patient = Patient.enrol(newPatient(PatientId.random()), HP, NOW);
        patient.pullEvents();
        return patient;
    }
}
