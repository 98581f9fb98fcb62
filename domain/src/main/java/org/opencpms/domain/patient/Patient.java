package org.opencpms.domain.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.RecordedEvents;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

/**
 * A patient enrolled at a centre: identifying data, pseudonym, enrolling centre, enrolling health
 * professional and enrolment date.
 *
 * <p>Invariants:
 * <ul>
 *   <li>only a health professional of the centre enrols, as the enrolling HP, or a centre assistant
 *       of the centre, on behalf of the HP they act for, who becomes the enrolling HP;</li>
 *   <li>the date of birth is never after the enrolment date;</li>
 *   <li>the pseudonym, the centre, the enrolling HP and the enrolment date never change;</li>
 *   <li>identifying data is corrected only by those who {@linkplain #isHandledBy(Actor) handle the
 *       patient}; no event carries identifying data.</li>
 * </ul>
 * Uniqueness of the nickname and of the hospital identifier within the centre is checked by the
 * use case against {@link Patients}.
 */
public final class Patient {

    private final PatientId id;
    private final Pseudonym pseudonym;
    private IdentifyingData identifyingData;
    private final ProviderId centre;
    private final UserId enrollingHp;
    private final LocalDate enrolledOn;
    private final long version;
    private final boolean isNew;
    private final RecordedEvents events = new RecordedEvents();

    private Patient(NewPatient patient, long version, boolean isNew) {
        Require.present(patient, "patient");
        this.id = patient.id();
        this.pseudonym = patient.pseudonym();
        this.centre = patient.centre();
        this.enrollingHp = patient.enrollingHp();
        this.enrolledOn = patient.enrolledOn();
        this.identifyingData = bornBy(patient.identifyingData(), enrolledOn);
        this.version = version;
        this.isNew = isNew;
    }

    /**
     * Enrols a patient.
     *
     * @throws PatientForbidden {@code patient.enrol-forbidden} unless {@code by} is a health professional at
     *         the centre enrolling as themselves, or a centre assistant there acting for the enrolling HP
     * @throws BornAfterEnrolment {@code patient.born-after-enrolment}
     */
    public static Patient enrol(NewPatient patient, Actor by, Instant now) {
        Require.present(patient, "patient");
        if (!handles(by, patient.enrollingHp(), patient.centre())) {
            throw PatientForbidden.enrol();
        }
        var enrolled = new Patient(patient, 0, true);
        enrolled.events.record(new PatientEnrolled(enrolled.id, enrolled.pseudonym.id(), enrolled.centre,
                enrolled.enrollingHp, by.id(), now));
        return enrolled;
    }

    /** Rebuilds a patient from storage, recording nothing. */
    public static Patient restore(NewPatient patient, long version) {
        return new Patient(patient, version, false);
    }

    /**
     * Replaces the identifying data with a corrected version.
     *
     * @throws PatientForbidden {@code patient.edit-forbidden} unless {@code by} {@linkplain #isHandledBy(Actor) handles} the patient
     * @throws BornAfterEnrolment {@code patient.born-after-enrolment}
     */
    public void correctIdentifyingData(IdentifyingData corrected, Actor by, Instant now) {
        if (!isHandledBy(by)) {
            throw PatientForbidden.edit();
        }
        identifyingData = bornBy(Require.present(corrected, "identifying-data"), enrolledOn);
        events.record(new IdentifyingDataCorrected(id, by.id(), now));
    }

    /**
     * Whether the actor is the enrolling HP (still a health professional at the enrolling centre) or
     * a centre assistant acting for them there: those who edit the patient, record their consents
     * and, in strict mode, alone see their identifying data.
     */
    public boolean isHandledBy(Actor actor) {
        return handles(actor, enrollingHp, centre);
    }

    private static boolean handles(Actor actor, UserId healthProfessional, ProviderId centre) {
        return actor.enrolsForAll(centre).contains(healthProfessional);
    }

    private static IdentifyingData bornBy(IdentifyingData data, LocalDate enrolledOn) {
        if (data.dateOfBirth().isAfter(enrolledOn)) {
            throw new BornAfterEnrolment();
        }
        return data;
    }

    /**
     * The patient's age in whole years on a date: a year is added on each birthday; someone born on
     * 29 February gains it on 1 March in common years.
     *
     * @throws InvalidValue {@code age-date.invalid} for a date before the birth
     */
    public int ageInYearsAt(LocalDate date) {
        LocalDate born = identifyingData.dateOfBirth();
        if (Require.present(date, "age-date").isBefore(born)) {
            throw new InvalidValue("age-date", "the age is asked for a date before the birth");
        }
        return Period.between(born, date).getYears();
    }

    public PatientId id() {
        return id;
    }

    public Pseudonym pseudonym() {
        return pseudonym;
    }

    public Nickname nickname() {
        return pseudonym.nickname();
    }

    public IdentifyingData identifyingData() {
        return identifyingData;
    }

    public Sex sex() {
        return identifyingData.sex();
    }

    public ProviderId centre() {
        return centre;
    }

    public UserId enrollingHp() {
        return enrollingHp;
    }

    public LocalDate enrolledOn() {
        return enrolledOn;
    }

    public long version() {
        return version;
    }

    /**
     * Whether this patient was just {@linkplain #enrol enrolled} rather than {@linkplain #restore restored} from
     * storage: a store inserts a new patient without looking for a stored one first, and refuses to insert it a
     * second time (a concurrent update); to change a patient once saved, read it back.
     */
    public boolean isNew() {
        return isNew;
    }

    public List<DomainEvent> pullEvents() {
        return events.pull();
    }
}
