package org.opencpms.adapters.persistence.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import org.eclipse.persistence.config.QueryHints;
import org.opencpms.adapters.persistence.UuidColumns;
import org.opencpms.domain.patient.Sex;

/** A row of {@code patient}: the pseudonymous data of one patient. */
@Entity
@Table(name = "patient")
@Customizer(UuidColumns.class)
@NamedQuery(name = PatientEntity.COUNT_BY_NICKNAME, query = "SELECT COUNT(p.id) FROM PatientEntity p WHERE p.nickname = :nickname",
        hints = @QueryHint(name = QueryHints.FLUSH, value = "false"))
class PatientEntity {

    /**
     * How many patients have a nickname (0 or 1: nicknames are unique), on {@code uq_patient_nickname}.
     * It does not flush first: {@code JpaPatients.save} flushes every patient it writes.
     */
    static final String COUNT_BY_NICKNAME = "PatientEntity.countByNickname";

    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "pseudonym_id", nullable = false)
    UUID pseudonymId;

    @Column(name = "nickname", nullable = false)
    String nickname;

    @Column(name = "centre_id", nullable = false)
    UUID centre;

    @Column(name = "enrolling_hp", nullable = false)
    UUID enrollingHp;

    @Column(name = "enrolled_on", nullable = false)
    LocalDate enrolledOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false)
    Sex sex;

    @Version
    @Column(name = "version", nullable = false)
    long version;

    protected PatientEntity() {
    }

    PatientEntity(UUID id) {
        this.id = id;
    }
}
