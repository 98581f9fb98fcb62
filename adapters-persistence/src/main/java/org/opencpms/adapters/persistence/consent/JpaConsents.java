package org.opencpms.adapters.persistence.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.opencpms.adapters.persistence.Stores;
import org.opencpms.domain.consent.Consent;
import org.opencpms.domain.consent.ConsentForm;
import org.opencpms.domain.consent.ConsentId;
import org.opencpms.domain.consent.Consents;
import org.opencpms.domain.consent.DocumentReference;
import org.opencpms.domain.consent.GivenConsent;
import org.opencpms.domain.consent.Withdrawal;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.UserId;

/**
 * The consents in {@code consent}, one row per consent: the consent as given (kind, date, form,
 * signed document), who recorded it and when, and its withdrawal in nullable columns. Instants are
 * stored as {@code TIMESTAMP WITH TIME ZONE} in UTC, to the microsecond.
 *
 * <p>Invariants: rows are never deleted; entity version = domain version + 1; every save of a known
 * consent increments the version by exactly one and fails with {@code ConcurrentUpdate}
 * ({@code consent.concurrent-update}) on a stale version, so a consent is withdrawn once even by
 * two concurrent users. {@link #ofPatient} lists in the order recorded: by the instant recorded,
 * then by the order first saved (the database's {@code seq}), on the index
 * ({@code patient_id}, {@code recorded_at}, {@code seq}).
 *
 * <p>Every save is flushed, a new consent's too: {@code seq} numbers rows in the order the
 * database inserts them, and EclipseLink does not keep the order in which new objects of one class
 * were persisted when it writes them together, so new consents left to one batch would lose the
 * order in which they were saved. A {@linkplain Consent#isNew() new} consent is inserted without
 * looking for its row first (its primary key refuses a second insert: {@code ConcurrentUpdate}); any
 * other consent is looked up first, even at version 0: a consent read back after its first save is at
 * version 0 too.
 */
@ApplicationScoped
public class JpaConsents implements Consents {

    static final String AGGREGATE = "consent";

    private final EntityManager em;

    @Inject
    public JpaConsents(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Consent> find(ConsentId id) {
        return Optional.ofNullable(em.find(ConsentEntity.class, id.value())).map(JpaConsents::toDomain);
    }

    @Override
    public void save(Consent consent) {
        var entity = consent.isNew() ? null : em.find(ConsentEntity.class, consent.id().value());
        if (entity == null) {
            Stores.checkNew(AGGREGATE, consent.id(), consent.version());
            entity = new ConsentEntity(consent.id().value());
            copy(consent, entity);
            Stores.persistNew(em, AGGREGATE, consent.id(), entity);
        } else {
            Stores.checkVersion(AGGREGATE, consent.id(), entity.version, consent.version());
            copy(consent, entity);
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        Stores.flush(em, AGGREGATE, consent.id());
    }

    @Override
    public List<Consent> ofPatient(PatientId patient) {
        return em.createNamedQuery(ConsentEntity.OF_PATIENT, ConsentEntity.class)
                .setParameter("patient", patient.value())
                .getResultList().stream().map(JpaConsents::toDomain).toList();
    }

    private static void copy(Consent consent, ConsentEntity entity) {
        var given = consent.given();
        entity.patient = consent.patient().value();
        entity.kind = given.kind();
        entity.givenOn = given.givenOn();
        entity.formVersion = given.form().version();
        entity.formLanguage = given.form().language();
        entity.documentStorageKey = given.signed().map(DocumentReference::storageKey).orElse(null);
        entity.documentMediaType = given.signed().map(DocumentReference::mediaType).orElse(null);
        entity.recordedBy = consent.recordedBy().value();
        entity.recordedAt = consent.recordedAt().atOffset(ZoneOffset.UTC);
        var withdrawal = consent.withdrawal();
        entity.withdrawnOn = withdrawal.map(Withdrawal::withdrawnOn).orElse(null);
        entity.withdrawalRecordedAt = withdrawal.map(w -> w.recordedAt().atOffset(ZoneOffset.UTC)).orElse(null);
        entity.withdrawalRecordedBy = withdrawal.map(w -> w.recordedBy().value()).orElse(null);
        entity.withdrawalReason = withdrawal.map(Withdrawal::reason).orElse(null);
    }

    private static Consent toDomain(ConsentEntity entity) {
        var document = entity.documentStorageKey == null ? null
                : new DocumentReference(entity.documentStorageKey, entity.documentMediaType);
        var given = new GivenConsent(entity.kind, entity.givenOn, new ConsentForm(entity.formVersion, entity.formLanguage),
                document);
        var withdrawal = entity.withdrawnOn == null ? null
                : new Withdrawal(entity.withdrawnOn, entity.withdrawalRecordedAt.toInstant(),
                        new UserId(entity.withdrawalRecordedBy), entity.withdrawalReason);
        return Consent.restore(new ConsentId(entity.id), new PatientId(entity.patient), given,
                new UserId(entity.recordedBy), entity.recordedAt.toInstant(), withdrawal,
                Stores.domainVersion(entity.version));
    }
}
