package org.opencpms.application.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.consent.Consent;
import org.opencpms.domain.consent.ConsentId;
import org.opencpms.domain.consent.Consents;
import org.opencpms.domain.consent.Enrolment;
import org.opencpms.domain.consent.GivenConsent;
import org.opencpms.domain.patient.DuplicateHospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.NewPatient;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.NicknameGenerator;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.patient.Pseudonym;
import org.opencpms.domain.patient.PseudonymId;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

/**
 * A health professional (or the centre assistant acting for them) enrols a patient at their centre
 * with the consents given; the patient gets a generated pseudonym.
 */
@ApplicationScoped
@Transactional
public class EnrolPatient {

    /**
     * @param enrollingHp the health professional the patient is enrolled for: the actor themselves,
     *                    or the HP a centre assistant acts for
     */
    public record Command(Actor actor, ProviderId centre, UserId enrollingHp, IdentifyingData identifyingData,
                          List<GivenConsent> consents) {
        public Command {
            Require.present(actor, "actor");
            Require.present(centre, "centre");
            Require.present(enrollingHp, "enrolling-hp");
            Require.present(identifyingData, "identifying-data");
            consents = List.copyOf(Require.present(consents, "consents"));
        }
    }

    /** What the enrolling side learns: the new patient's id and pseudonym, and the consents recorded, in order given. */
    public record Enrolled(PatientId patient, Nickname nickname, PseudonymId pseudonymId, List<ConsentId> consents) {
        public Enrolled {
            consents = List.copyOf(consents);
        }

        public Enrolled(PatientId patient, Nickname nickname, PseudonymId pseudonymId) {
            this(patient, nickname, pseudonymId, List.of());
        }
    }

    private final Patients patients;
    private final Consents consents;
    private final DomainEvents events;
    private final Auditing auditing;
    private final Clock clock;
    private final NicknameGenerator nicknames;

    @Inject
    public EnrolPatient(Patients patients, Consents consents, DomainEvents events, Auditing auditing, Clock clock) {
        this(patients, consents, events, auditing, clock, new SecureRandom());
    }

    /** For embedding and tests: nicknames drawn from the given source of randomness. */
    public EnrolPatient(Patients patients, Consents consents, DomainEvents events, Auditing auditing, Clock clock,
                        RandomGenerator random) {
        this.patients = patients;
        this.consents = consents;
        this.events = events;
        this.auditing = auditing;
        this.clock = clock;
        this.nicknames = new NicknameGenerator(random);
    }

    /**
     * Enrols the patient and records the consents; nothing is stored when any rule is broken.
     *
     * @throws org.opencpms.domain.patient.PatientForbidden {@code patient.enrol-forbidden}
     * @throws org.opencpms.domain.consent.InvalidConsent {@code enrolment.care-consent-required}
     * @throws DuplicateHospitalIdentifier {@code patient.duplicate-hospital-identifier}, by the store when it saves
     *         the patient, hence only once the actor is known to enrol at the centre, so that nobody else can probe a
     *         centre's identifiers
     */
    public Enrolled handle(Command cmd) {
        var pseudonym = Pseudonym.of(nicknames.generate(patients::nicknameTaken));
        var newPatient = new NewPatient(PatientId.random(), pseudonym, cmd.identifyingData(), cmd.centre(),
                cmd.enrollingHp(), LocalDate.ofInstant(clock.instant(), clock.getZone()));

        var enrolment = Enrolment.enrol(newPatient, cmd.consents(), cmd.actor(), clock.instant());
        patients.save(enrolment.patient());
        enrolment.consents().forEach(consents::save);
        events.publish(enrolment.pullEvents());
        auditing.record(cmd.actor(), AuditAction.CREATE, "Patient", newPatient.id(), newPatient.id(), "enrolment");
        return new Enrolled(newPatient.id(), pseudonym.nickname(), pseudonym.id(),
                enrolment.consents().stream().map(Consent::id).toList());
    }
}
