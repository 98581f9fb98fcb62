package org.opencpms.domain.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.opencpms.domain.patient.NewPatient;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * The enrolment of a patient together with the consents they gave: no enrolment without consent
 * for care.
 *
 * <p>Invariants: among the consents given there is one for {@link ConsentKind#CARE} given on or before
 * the enrolment date; the patient is enrolled and every consent recorded by the same actor at the
 * same instant, under the same rules as {@link Patient#enrol} and {@link Consent#record}.
 */
public final class Enrolment {

    private final Patient patient;
    private final List<Consent> consents;

    private Enrolment(Patient patient, List<Consent> consents) {
        this.patient = patient;
        this.consents = List.copyOf(consents);
    }

    /**
     * Enrols the patient and records the consents given.
     *
     * @throws org.opencpms.domain.patient.PatientForbidden {@code patient.enrol-forbidden} (see {@link Patient#enrol})
     * @throws InvalidConsent {@code enrolment.care-consent-required} without a consent for care given by the enrolment date
     */
    public static Enrolment enrol(NewPatient newPatient, Collection<GivenConsent> given, Actor by, Instant now) {
        var patient = Patient.enrol(newPatient, by, now);
        Require.present(given, "consents");
        if (given.stream().noneMatch(c -> c.kind() == ConsentKind.CARE && !c.givenOn().isAfter(newPatient.enrolledOn()))) {
            throw InvalidConsent.careConsentRequired();
        }
        var consents = new ArrayList<Consent>();
        for (GivenConsent consent : given) {
            consents.add(Consent.record(ConsentId.timeOrdered(now), patient, consent, by, now));
        }
        return new Enrolment(patient, consents);
    }

    public Patient patient() {
        return patient;
    }

    /** The consents recorded, in the order given. */
    public List<Consent> consents() {
        return consents;
    }

    /** The events of the patient, then of each consent, and forgets them. */
    public List<DomainEvent> pullEvents() {
        var events = new ArrayList<DomainEvent>(patient.pullEvents());
        consents.forEach(c -> events.addAll(c.pullEvents()));
        return List.copyOf(events);
    }
}
