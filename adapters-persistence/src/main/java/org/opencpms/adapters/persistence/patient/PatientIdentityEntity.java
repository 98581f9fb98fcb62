package org.opencpms.adapters.persistence.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.eclipse.persistence.config.QueryHints;
import org.opencpms.adapters.persistence.UuidColumns;

/**
 * A row of {@code patient_identity}: the identifying data of one patient, each column an
 * {@link IdentityCipher} ciphertext, plus the blind index of the hospital identifier. It refers to
 * its {@link PatientEntity} (which does not know it), so the patient row is inserted first.
 */
@Entity
@Table(name = "patient_identity")
@Customizer(UuidColumns.class)
@NamedQuery(name = PatientIdentityEntity.BY_HOSPITAL_IDENTIFIER, query = "SELECT i FROM PatientIdentityEntity i JOIN FETCH i.patient"
        + " WHERE i.centre = :centre AND i.hospitalIdentifierHash = :hash", hints = @QueryHint(name = QueryHints.FLUSH, value = "false"))
class PatientIdentityEntity {

    /**
     * The identity (with its patient) of a centre's hospital identifier, by its blind index, on
     * {@code uq_patient_identity_hospital_identifier}. It does not flush first: {@code JpaPatients.save}
     * flushes every patient it writes.
     */
    static final String BY_HOSPITAL_IDENTIFIER = "PatientIdentityEntity.byHospitalIdentifier";

    @Id
    @Column(name = "patient_id")
    UUID patientId;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "patient_id")
    PatientEntity patient;

    @Column(name = "centre_id", nullable = false)
    UUID centre;

    @Column(name = "given_name", nullable = false)
    String givenName;

    @Column(name = "family_name", nullable = false)
    String familyName;

    @Column(name = "date_of_birth", nullable = false)
    String dateOfBirth;

    @Column(name = "hospital_identifier", nullable = false)
    String hospitalIdentifier;

    @Column(name = "hospital_identifier_hash", nullable = false)
    String hospitalIdentifierHash;

    @Column(name = "national_identifier")
    String nationalIdentifier;

    protected PatientIdentityEntity() {
    }

    PatientIdentityEntity(PatientEntity patient) {
        this.patientId = patient.id;
        this.patient = patient;
    }
}
