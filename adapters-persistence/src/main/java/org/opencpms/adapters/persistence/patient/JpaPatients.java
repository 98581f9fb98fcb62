package org.opencpms.adapters.persistence.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.opencpms.adapters.persistence.Stores;
import org.opencpms.domain.patient.DuplicateHospitalIdentifier;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.NewPatient;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.PatientCursor;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.patient.Pseudonym;
import org.opencpms.domain.patient.PseudonymId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * The patients, in two tables: {@code patient} holds the pseudonymous data (pseudonym id, nickname,
 * centre, enrolling health professional, enrolment date, sex, version) and {@code patient_identity}
 * the identifying data (names, date of birth, hospital and national identifiers), each column
 * encrypted with AES-GCM by the {@link IdentityCipher}, plus a keyed blind index of the hospital
 * identifier.
 *
 * <p>Invariants:
 * <ul>
 *   <li>nicknames and pseudonym ids are unique across all patients, hospital identifiers within a
 *       centre: unique constraints, the latter on ({@code centre_id}, {@code hospital_identifier_hash});
 *       a save that would duplicate a hospital identifier at a centre fails with
 *       {@link DuplicateHospitalIdentifier}, also between concurrent transactions; any other unique
 *       violation (the same new patient or nickname saved concurrently) with {@code ConcurrentUpdate};</li>
 *   <li>entity version = domain version + 1; every save of a known patient increments the version
 *       of its {@code patient} row by exactly one, and fails with {@code ConcurrentUpdate}
 *       ({@code patient.concurrent-update}) on a stale version, also when another transaction updates
 *       the row between the check and the flush; the identity row is rewritten (new IVs) only when
 *       the identifying data changed. {@link #save} inserts a {@linkplain Patient#isNew() new} patient
 *       without looking for its row first (its primary key refuses a second insert: {@code ConcurrentUpdate});
 *       any other patient it looks up, even at version 0 (a patient read back after its first save is at
 *       version 0 too), and inserts it only if no row is found;</li>
 *   <li>{@link #findByHospitalIdentifier} looks up the blind index, never a clear value;
 *       {@link #listAtCentre} is ordered most recently enrolled first, ties by id, on the index
 *       ({@code centre_id}, {@code enrolled_on DESC}, {@code id}), its rows read only (not kept in the persistence
 *       context, so that a later flush in the transaction need not compare them); {@link #page} by id, which both
 *       databases order as the id's canonical text, as {@link PatientCursor#LIST_ORDER} does; the
 *       keyset page after a cursor seeks that index with {@code enrolled_on <= :on} and drops the
 *       same day's patients up to the cursor's id ({@code enrolled_on < :on OR id > :id}), so it
 *       costs the same on every page, unlike an offset.</li>
 * </ul>
 */
@ApplicationScoped
public class JpaPatients implements Patients {

    /** The most ids one look-up puts in an {@code IN} list. */
    private static final int IN_LIST = 500;

    static final String AGGREGATE = "patient";
    static final String HOSPITAL_IDENTIFIER_CONSTRAINT = "uq_patient_identity_hospital_identifier";

    private final EntityManager em;
    private final IdentityColumns identity;

    @Inject
    public JpaPatients(EntityManager em, IdentityCipher cipher) {
        this.em = em;
        this.identity = new IdentityColumns(cipher);
    }

    @Override
    public Optional<Patient> find(PatientId id) {
        return Optional.ofNullable(em.find(PatientIdentityEntity.class, id.value())).map(this::toDomain);
    }

    /** In chunks of {@value #IN_LIST}, read only (nothing to compare at a later flush). */
    @Override
    public Map<PatientId, Patient> findAll(Collection<PatientId> ids) {
        var values = ids.stream().map(id -> Require.present(id, "patient-id").value()).distinct().toList();
        var found = new HashMap<PatientId, Patient>();
        for (int from = 0; from < values.size(); from += IN_LIST) {
            em.createQuery("SELECT i FROM PatientIdentityEntity i JOIN FETCH i.patient p WHERE p.id IN :ids",
                            PatientIdentityEntity.class)
                    .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                    .setParameter("ids", values.subList(from, Math.min(values.size(), from + IN_LIST)))
                    .getResultList().stream().map(this::toDomain).forEach(p -> found.put(p.id(), p));
        }
        return found;
    }

    @Override
    public void save(Patient patient) {
        var entity = patient.isNew() ? null : em.find(PatientEntity.class, patient.id().value());
        if (entity == null) {
            Stores.checkNew(AGGREGATE, patient.id(), patient.version());
            entity = new PatientEntity(patient.id().value());
            copy(patient, entity);
            var row = new PatientIdentityEntity(entity);
            row.centre = entity.centre;
            identity.write(patient.identifyingData(), row);
            Stores.persistNew(em, AGGREGATE, patient.id(), entity, row);
        } else {
            Stores.checkVersion(AGGREGATE, patient.id(), entity.version, patient.version());
            copy(patient, entity);
            var row = em.find(PatientIdentityEntity.class, patient.id().value());
            if (!row.centre.equals(entity.centre) || !identity.read(row, entity.sex).equals(patient.identifyingData())) {
                row.centre = entity.centre;
                identity.write(patient.identifyingData(), row);
            }
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        Stores.flush(em, AGGREGATE, patient.id(),
                Map.of(HOSPITAL_IDENTIFIER_CONSTRAINT, () -> new DuplicateHospitalIdentifier(patient.centre())));
    }

    @Override
    public Optional<Patient> findByHospitalIdentifier(ProviderId centre, HospitalIdentifier identifier) {
        return em.createNamedQuery(PatientIdentityEntity.BY_HOSPITAL_IDENTIFIER, PatientIdentityEntity.class)
                .setParameter("centre", centre.value())
                .setParameter("hash", identity.hospitalIdentifierIndex(centre.value(), identifier))
                .getResultList().stream().findFirst().map(this::toDomain);
    }

    @Override
    public boolean nicknameTaken(Nickname nickname) {
        return em.createNamedQuery(PatientEntity.COUNT_BY_NICKNAME, Long.class)
                .setParameter("nickname", nickname.value())
                .getSingleResult() > 0;
    }

    @Override
    public List<Patient> listAtCentre(ProviderId centre, int offset, int limit) {
        Require.page(offset, limit);
        return em.createQuery("SELECT i FROM PatientIdentityEntity i JOIN FETCH i.patient p WHERE p.centre = :centre"
                        + " ORDER BY p.enrolledOn DESC, p.id", PatientIdentityEntity.class)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .setParameter("centre", centre.value())
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList().stream().map(this::toDomain).toList();
    }

    @Override
    public List<Patient> listAtCentre(ProviderId centre, Optional<PatientCursor> after, int limit) {
        Require.page(0, limit);
        if (after.isEmpty()) {
            return listAtCentre(centre, 0, limit);
        }
        return em.createQuery("SELECT i FROM PatientIdentityEntity i JOIN FETCH i.patient p WHERE p.centre = :centre"
                        + " AND p.enrolledOn <= :on AND (p.enrolledOn < :on OR p.id > :id)"
                        + " ORDER BY p.enrolledOn DESC, p.id", PatientIdentityEntity.class)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .setParameter("centre", centre.value())
                .setParameter("on", after.get().enrolledOn())
                .setParameter("id", after.get().id().value())
                .setMaxResults(limit)
                .getResultList().stream().map(this::toDomain).toList();
    }

    @Override
    public List<Patient> page(int offset, int limit) {
        Require.page(offset, limit);
        return em.createQuery("SELECT i FROM PatientIdentityEntity i JOIN FETCH i.patient p ORDER BY p.id",
                        PatientIdentityEntity.class)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList().stream().map(this::toDomain).toList();
    }

    private static void copy(Patient patient, PatientEntity entity) {
        entity.pseudonymId = patient.pseudonym().id().value();
        entity.nickname = patient.nickname().value();
        entity.centre = patient.centre().value();
        entity.enrollingHp = patient.enrollingHp().value();
        entity.enrolledOn = patient.enrolledOn();
        entity.sex = patient.sex();
    }

    private Patient toDomain(PatientIdentityEntity row) {
        PatientEntity entity = row.patient;
        return Patient.restore(new NewPatient(new PatientId(entity.id),
                new Pseudonym(new Nickname(entity.nickname), new PseudonymId(entity.pseudonymId)),
                identity.read(row, entity.sex), new ProviderId(entity.centre), new UserId(entity.enrollingHp),
                entity.enrolledOn), Stores.domainVersion(entity.version));
    }
}
