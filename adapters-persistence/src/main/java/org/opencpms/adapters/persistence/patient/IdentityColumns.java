package org.opencpms.adapters.persistence.patient;

import java.time.LocalDate;
import java.util.UUID;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.NationalIdentifier;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Country;

/**
 * Encrypts identifying data into the columns of {@code patient_identity} and back. Each value is
 * encrypted for the context {@code patient_identity.<column>:<patient id>}; the date of birth as
 * ISO-8601 text, the national identifier as {@code <issuer country>:<value>}. The blind index is
 * computed over the centre and the hospital identifier, so the same identifier at two centres gives
 * two unrelated indexes.
 */
final class IdentityColumns {

    private final IdentityCipher cipher;

    IdentityColumns(IdentityCipher cipher) {
        this.cipher = cipher;
    }

    String hospitalIdentifierIndex(UUID centre, HospitalIdentifier identifier) {
        return cipher.blindIndex("hospital-identifier\n" + centre + "\n" + identifier.value());
    }

    void write(IdentifyingData data, PatientIdentityEntity row) {
        UUID patient = row.patientId;
        row.givenName = cipher.encrypt(data.givenName(), context("given_name", patient));
        row.familyName = cipher.encrypt(data.familyName(), context("family_name", patient));
        row.dateOfBirth = cipher.encrypt(data.dateOfBirth().toString(), context("date_of_birth", patient));
        row.hospitalIdentifier = cipher.encrypt(data.hospitalIdentifier().value(), context("hospital_identifier", patient));
        row.hospitalIdentifierHash = hospitalIdentifierIndex(row.centre, data.hospitalIdentifier());
        row.nationalIdentifier = data.national()
                .map(n -> cipher.encrypt(n.issuer().code() + ":" + n.value(), context("national_identifier", patient)))
                .orElse(null);
    }

    IdentifyingData read(PatientIdentityEntity row, Sex sex) {
        UUID patient = row.patientId;
        NationalIdentifier national = null;
        if (row.nationalIdentifier != null) {
            String issuerAndValue = cipher.decrypt(row.nationalIdentifier, context("national_identifier", patient));
            int colon = issuerAndValue.indexOf(':');
            national = new NationalIdentifier(Country.of(issuerAndValue.substring(0, colon)), issuerAndValue.substring(colon + 1));
        }
        return new IdentifyingData(
                cipher.decrypt(row.givenName, context("given_name", patient)),
                cipher.decrypt(row.familyName, context("family_name", patient)),
                LocalDate.parse(cipher.decrypt(row.dateOfBirth, context("date_of_birth", patient))),
                sex,
                new HospitalIdentifier(cipher.decrypt(row.hospitalIdentifier, context("hospital_identifier", patient))),
                national);
    }

    private static String context(String column, UUID patient) {
        return "patient_identity." + column + ":" + patient;
    }
}
