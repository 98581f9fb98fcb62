package org.opencpms.application.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.application.PeopleFixtures.given;
import static org.opencpms.application.PeopleFixtures.identifying;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.ConsentRecorded;
import org.opencpms.domain.patient.PatientEnrolled;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.user.Actor;

class EnrolPatientTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final EnrolPatient enrol = world.enrolPatient();
    private final ProviderId centre = world.centre(PeopleFixtures.ERN);
    private final Actor hp = world.hp(centre);

    private EnrolPatient.Command command(Actor by, String hospitalIdentifier, List<ConsentKind> kinds) {
        return new EnrolPatient.Command(by, centre, hp.id(), identifying(hospitalIdentifier),
                kinds.stream().map(PeopleFixtures::given).toList());
    }

    @Test
    void a_health_professional_enrols_a_patient_with_their_consents() {
        var enrolled = enrol.handle(command(hp, "MRN-1", List.of(ConsentKind.CARE, ConsentKind.REGISTRY_INCLUSION)));

        var patient = world.patients.get(enrolled.patient());
        assertThat(patient.nickname()).isEqualTo(enrolled.nickname());
        assertThat(patient.pseudonym().id()).isEqualTo(enrolled.pseudonymId());
        assertThat(patient.identifyingData()).isEqualTo(identifying("MRN-1"));
        assertThat(patient.centre()).isEqualTo(centre);
        assertThat(patient.enrollingHp()).isEqualTo(hp.id());
        assertThat(patient.enrolledOn()).isEqualTo(PeopleFixtures.TODAY);
        assertThat(world.consents.ofPatient(enrolled.patient()))
                .extracting(c -> c.kind()).containsExactly(ConsentKind.CARE, ConsentKind.REGISTRY_INCLUSION);
        assertThat(world.events.published(PatientEnrolled.class)).singleElement()
                .satisfies(e -> assertThat(e.enrolledBy()).isEqualTo(hp.id()));
        assertThat(world.events.published(ConsentRecorded.class)).hasSize(2);
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
        assertThat(entry.actor()).isEqualTo(hp.id());
        assertThat(entry.resourceType()).isEqualTo("Patient");
        assertThat(entry.resourceId()).isEqualTo(enrolled.patient().toString());
        assertThat(entry.patient()).isEqualTo(enrolled.patient());
    }

    @Test
    void an_assistant_enrols_a_patient_for_the_health_professional_they_act_for() {
        var assistant = world.assistantOf(hp, centre);

        var enrolled = enrol.handle(command(assistant, "MRN-2", List.of(ConsentKind.CARE)));

        assertThat(world.patients.get(enrolled.patient()).enrollingHp()).isEqualTo(hp.id());
        assertThat(world.events.published(PatientEnrolled.class)).singleElement()
                .satisfies(e -> assertThat(e.enrolledBy()).isEqualTo(assistant.id()));
        assertThat(world.lastAudit().actor()).isEqualTo(assistant.id());
    }

    @Test
    void a_hospital_identifier_is_used_once_per_centre_and_nothing_more_is_saved() {
        var first = enrol.handle(command(hp, "MRN-3", List.of(ConsentKind.CARE)));
        int audited = world.audit().size();
        int published = world.events.published().size();

        assertThatThrownBy(() -> enrol.handle(command(hp, "MRN-3", List.of(ConsentKind.CARE))))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.duplicate-hospital-identifier");
        assertThat(world.patients.listAtCentre(centre, 0, 10)).extracting(p -> p.id()).containsExactly(first.patient());
        assertThat(world.audit()).hasSize(audited);
        assertThat(world.events.published()).hasSize(published);
    }

    @Test
    void the_same_hospital_identifier_may_be_used_at_another_centre() {
        var otherCentre = world.centre(PeopleFixtures.ERN);
        var otherHp = world.hp(otherCentre);
        enrol.handle(command(hp, "MRN-4", List.of(ConsentKind.CARE)));

        var enrolled = enrol.handle(new EnrolPatient.Command(otherHp, otherCentre, otherHp.id(), identifying("MRN-4"),
                List.of(given(ConsentKind.CARE))));

        assertThat(world.patients.get(enrolled.patient()).centre()).isEqualTo(otherCentre);
    }

    @Test
    void without_consent_for_care_nothing_is_saved() {
        assertThatThrownBy(() -> enrol.handle(command(hp, "MRN-5", List.of(ConsentKind.SHARING_WITHIN_ERN))))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("enrolment.care-consent-required");
        assertThat(world.patients.listAtCentre(centre, 0, 10)).isEmpty();
        assertThat(world.events.published()).isEmpty();
        assertThat(world.audit()).isEmpty();
    }

    @Test
    void someone_who_may_not_enrol_there_learns_nothing_about_the_centres_identifiers() {
        enrol.handle(command(hp, "MRN-6", List.of(ConsentKind.CARE)));
        var outsider = world.hp(world.centre(PeopleFixtures.ERN));

        assertThatThrownBy(() -> enrol.handle(command(outsider, "MRN-6", List.of(ConsentKind.CARE))))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.enrol-forbidden");
        assertThatThrownBy(() -> enrol.handle(command(outsider, "MRN-7", List.of(ConsentKind.CARE))))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.enrol-forbidden");
        assertThat(world.patients.listAtCentre(centre, 0, 10)).hasSize(1);
    }
}
