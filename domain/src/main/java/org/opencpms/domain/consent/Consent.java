package org.opencpms.domain.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.RecordedEvents;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

/**
 * One consent of one patient: the kind, the date given, the form, the signed document if any, who
 * recorded it and when, and its withdrawal if any.
 *
 * <p>Invariants:
 * <ul>
 *   <li>only those who {@linkplain Patient#isHandledBy(Actor) handle the patient} (the enrolling HP
 *       or their centre assistant) record or withdraw it;</li>
 *   <li>a consent is never deleted and never changed, except that it is withdrawn at most once; the
 *       withdrawal is kept, and its date is never before the date the consent was given;</li>
 *   <li>it is in force from the moment it is recorded until the moment its withdrawal is recorded
 *       ({@link #isInForceAt(Instant)}: withdrawal takes effect at once); by calendar, from the day it
 *       was given until the day before the day it was withdrawn ({@link #isInForceOn(LocalDate)}).</li>
 * </ul>
 * Recording a new consent of a kind does not withdraw earlier ones; a kind is in force while any of
 * its consents is ({@link PatientConsents#of}).
 */
public final class Consent {

    private final ConsentId id;
    private final PatientId patient;
    private final GivenConsent given;
    private final UserId recordedBy;
    private final Instant recordedAt;
    private Withdrawal withdrawal;
    private final long version;
    private final boolean isNew;
    private final RecordedEvents events = new RecordedEvents();

    private Consent(ConsentId id, PatientId patient, GivenConsent given, UserId recordedBy, Instant recordedAt,
                    Withdrawal withdrawal, long version, boolean isNew) {
        this.id = Require.present(id, "consent-id");
        this.patient = Require.present(patient, "patient");
        this.given = Require.present(given, "given-consent");
        this.recordedBy = Require.present(recordedBy, "recorded-by");
        this.recordedAt = Require.present(recordedAt, "recorded-at");
        this.withdrawal = withdrawal == null ? null : notBeforeGiven(withdrawal);
        this.version = version;
        this.isNew = isNew;
    }

    /**
     * Records a consent the patient gave.
     *
     * @throws ConsentForbidden {@code consent.forbidden} unless {@code by} handles the patient
     */
    public static Consent record(ConsentId id, Patient patient, GivenConsent given, Actor by, Instant now) {
        requireHandles(patient, by);
        var consent = new Consent(id, patient.id(), given, by.id(), now, null, 0, true);
        consent.events.record(new ConsentRecorded(id, patient.id(), given.kind(), by.id(), now));
        return consent;
    }

    /** Rebuilds a consent from storage, recording nothing; {@code withdrawal} is null if never withdrawn. */
    public static Consent restore(ConsentId id, PatientId patient, GivenConsent given, UserId recordedBy,
                                  Instant recordedAt, Withdrawal withdrawal, long version) {
        return new Consent(id, patient, given, recordedBy, recordedAt, withdrawal, version, false);
    }

    /**
     * Records that the patient withdrew this consent on {@code withdrawnOn}; it stops being in force at
     * once.
     *
     * @throws InvalidConsent   {@code consent.other-patient} if {@code patient} is not this consent's patient,
     *                          {@code consent.withdrawn-before-given} if {@code withdrawnOn} is before the date given
     * @throws ConsentForbidden {@code consent.forbidden} unless {@code by} handles the patient
     * @throws ConsentAlreadyWithdrawn {@code consent.already-withdrawn}
     */
    public void withdraw(Patient patient, LocalDate withdrawnOn, String reason, Actor by, Instant now) {
        if (!patient.id().equals(this.patient)) {
            throw InvalidConsent.otherPatient();
        }
        requireHandles(patient, by);
        if (withdrawal != null) {
            throw new ConsentAlreadyWithdrawn(id);
        }
        withdrawal = notBeforeGiven(new Withdrawal(withdrawnOn, now, by.id(), reason));
        events.record(new ConsentWithdrawn(id, this.patient, given.kind(), by.id(), now));
    }

    private static void requireHandles(Patient patient, Actor by) {
        if (!patient.isHandledBy(by)) {
            throw new ConsentForbidden(patient.id());
        }
    }

    private Withdrawal notBeforeGiven(Withdrawal w) {
        if (w.withdrawnOn().isBefore(given.givenOn())) {
            throw InvalidConsent.withdrawnBeforeGiven();
        }
        return w;
    }

    /** In force at this instant: recorded at or before it, and its withdrawal, if any, recorded after it. */
    public boolean isInForceAt(Instant at) {
        return !recordedAt.isAfter(at) && (withdrawal == null || at.isBefore(withdrawal.recordedAt()));
    }

    /** In force on this day: given on or before it, and withdrawn, if at all, after it. */
    public boolean isInForceOn(LocalDate day) {
        return !given.givenOn().isAfter(day) && (withdrawal == null || day.isBefore(withdrawal.withdrawnOn()));
    }

    public boolean isWithdrawn() {
        return withdrawal != null;
    }

    public ConsentId id() {
        return id;
    }

    public PatientId patient() {
        return patient;
    }

    public ConsentKind kind() {
        return given.kind();
    }

    public LocalDate givenOn() {
        return given.givenOn();
    }

    public ConsentForm form() {
        return given.form();
    }

    public Optional<DocumentReference> signedDocument() {
        return given.signed();
    }

    /** The consent as given, as recorded. */
    public GivenConsent given() {
        return given;
    }

    public UserId recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Optional<Withdrawal> withdrawal() {
        return Optional.ofNullable(withdrawal);
    }

    public long version() {
        return version;
    }

    /**
     * Whether this consent was just {@linkplain #record recorded} rather than {@linkplain #restore restored} from
     * storage: a store inserts a new consent without looking for a stored one first, and refuses to insert it a
     * second time (a concurrent update); to change a consent once saved, read it back.
     */
    public boolean isNew() {
        return isNew;
    }

    public List<DomainEvent> pullEvents() {
        return events.pull();
    }
}
