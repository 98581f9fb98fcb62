package org.opencpms.adapters.persistence.patient;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.UUID;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.NationalIdentifier;
import org.opencpms.domain.patient.NewPatient;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.Pseudonym;
import org.opencpms.domain.patient.PseudonymId;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

/** Patients for the storage tests: unique nicknames and hospital identifiers unless told otherwise. */
final class PatientFixtures {

    static final LocalDate ENROLLED_ON = LocalDate.of(2025, 3, 1);
    /** A cipher with a fresh random key, as the deployment's would be. */
    static final IdentityCipher CIPHER = new IdentityCipher(randomKey());

    private PatientFixtures() {
    }

    static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    static Nickname uniqueNickname() {
        return new Nickname("test-" + UUID.randomUUID());
    }

    static HospitalIdentifier uniqueHospitalIdentifier() {
        return new HospitalIdentifier("MRN-" + UUID.randomUUID());
    }

    static IdentifyingData identifyingData(HospitalIdentifier hospitalIdentifier) {
        return new IdentifyingData("Émilie", "van der Berg-Øster", LocalDate.of(2012, 2, 29), Sex.FEMALE,
                hospitalIdentifier, new NationalIdentifier(Country.of("NL"), "123456782"));
    }

    static Patient patient(ProviderId centre, LocalDate enrolledOn) {
        return patient(PatientId.random(), centre, enrolledOn);
    }

    static Patient patient(PatientId id, ProviderId centre, LocalDate enrolledOn) {
        return patient(id, centre, enrolledOn, identifyingData(uniqueHospitalIdentifier()));
    }

    static Patient patient(PatientId id, ProviderId centre, LocalDate enrolledOn, IdentifyingData data) {
        return Patient.restore(new NewPatient(id, new Pseudonym(uniqueNickname(), PseudonymId.random()), data, centre,
                UserId.random(), enrolledOn), 0);
    }

    /** The patient's enrolling health professional, who may correct their identifying data. */
    static Actor enrollingHp(Patient patient) {
        return Actor.of(patient.enrollingHp(), RoleGrant.healthProfessional(Ern.ERKNET, patient.centre()));
    }
}
