package org.opencpms.application.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.application.audit.Auditing;
import org.opencpms.application.audit.CallerOrigin;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.access.IdentityVisibility;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.NationalIdentifier;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class ViewPatientTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final ProviderId centre = world.centre(PeopleFixtures.ERN);
    private final Actor hp = world.hp(centre);
    private final PatientId patient = world.enrol(hp, centre, "MRN-1", ConsentKind.RESEARCH_CONTACT);

    private ViewPatient viewPatient(AccessPolicy policy) {
        return new ViewPatient(world.patients, world.panels, world.consents, policy, world.auditing, world.clock);
    }

    @Test
    void the_enrolling_health_professional_sees_the_patient_with_their_identity() {
        var view = viewPatient(world.strict).handle(new ViewPatient.Query(hp, patient));

        var stored = world.patients.get(patient);
        assertThat(view.id()).isEqualTo(patient);
        assertThat(view.pseudonymId()).isEqualTo(stored.pseudonym().id());
        assertThat(view.nickname()).isEqualTo(stored.nickname());
        assertThat(view.sex()).isEqualTo(stored.sex());
        assertThat(view.centre()).isEqualTo(centre);
        assertThat(view.consentsInForce()).containsExactlyInAnyOrder(ConsentKind.CARE, ConsentKind.SHARING_WITHIN_ERN,
                ConsentKind.RESEARCH_CONTACT);
        assertThat(view.version()).isZero();
        assertThat(view.identity()).contains(new Identity("Anna", "Muster", PeopleFixtures.BORN,
                new HospitalIdentifier("MRN-1"), Optional.of(new NationalIdentifier(Country.of("DE"), "12 345 678 X")),
                PeopleFixtures.TODAY));
    }

    @Test
    void the_age_is_in_whole_years_and_grows_on_the_birthday() {
        assertThat(viewPatient(world.strict).handle(new ViewPatient.Query(hp, patient)).ageInYears()).isEqualTo(14);

        var birthday = Clock.fixed(PeopleFixtures.NOW.plusSeconds(24 * 3600), ZoneOffset.UTC);
        var onBirthday = new ViewPatient(world.patients, world.panels, world.consents, world.strict,
                new Auditing(world.trail, CallerOrigin.embedded(), birthday), birthday);
        assertThat(onBirthday.handle(new ViewPatient.Query(hp, patient)).ageInYears()).isEqualTo(15);
    }

    @Test
    void the_assistant_of_the_enrolling_health_professional_sees_the_identity() {
        var assistant = world.assistantOf(hp, centre);

        assertThat(viewPatient(world.strict).handle(new ViewPatient.Query(assistant, patient)).identity()).isPresent();
    }

    @Test
    void reading_a_patient_is_audited_with_the_patient() {
        viewPatient(world.strict).handle(new ViewPatient.Query(hp, patient));

        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.READ);
        assertThat(entry.actor()).isEqualTo(hp.id());
        assertThat(entry.resourceType()).isEqualTo("Patient");
        assertThat(entry.resourceId()).isEqualTo(patient.toString());
        assertThat(entry.patient()).isEqualTo(patient);
        assertThat(entry.purpose()).isEqualTo("view patient");
    }

    @Test
    void the_coordination_of_a_panel_of_the_patient_sees_the_pseudonymous_patient_only() {
        world.draftPanel(patient, hp, PeopleFixtures.ERN, ConsultationForm.empty());
        var coordinator = world.coordinator(PeopleFixtures.ERN, world.centre(PeopleFixtures.ERN));

        var view = viewPatient(world.strict).handle(new ViewPatient.Query(coordinator, patient));

        assertThat(view.identity()).isEmpty();
        assertThat(view.nickname()).isEqualTo(world.patients.get(patient).nickname());
        assertThat(view.ageInYears()).isEqualTo(14);
        assertThat(world.lastAudit().purpose()).isEqualTo("view pseudonymous patient");
        assertThat(world.lastAudit().actor()).isEqualTo(coordinator.id());
    }

    @Test
    void a_pseudonymous_view_has_no_enrolment_date_nor_any_other_date() {
        world.draftPanel(patient, hp, PeopleFixtures.ERN, ConsultationForm.empty());
        var coordinator = world.coordinator(PeopleFixtures.ERN, world.centre(PeopleFixtures.ERN));

        var view = viewPatient(world.strict).handle(new ViewPatient.Query(coordinator, patient));

        assertThat(view.identity()).isEmpty();
        assertThat(Arrays.stream(PatientView.class.getRecordComponents()).map(c -> valueOf(c, view)))
                .noneMatch(value -> value instanceof Temporal);
    }

    private static Object valueOf(RecordComponent component, PatientView view) {
        try {
            return component.getAccessor().invoke(view);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void withdrawn_consents_are_not_in_force() {
        var consent = world.consents.ofPatient(patient).stream()
                .filter(c -> c.kind() == ConsentKind.RESEARCH_CONTACT).findFirst().orElseThrow();
        consent.withdraw(world.patients.get(patient), PeopleFixtures.TODAY, "no more", hp, PeopleFixtures.NOW);
        world.consents.save(consent);

        assertThat(viewPatient(world.strict).handle(new ViewPatient.Query(hp, patient)).consentsInForce())
                .containsExactlyInAnyOrder(ConsentKind.CARE, ConsentKind.SHARING_WITHIN_ERN);
    }

    @Test
    void in_strict_mode_a_colleague_of_the_centre_may_not_see_the_patient() {
        var colleague = world.hp(centre);

        assertThatThrownBy(() -> viewPatient(world.strict).handle(new ViewPatient.Query(colleague, patient)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.not-found");
        assertThat(world.audit()).extracting(e -> e.action()).doesNotContain(AuditAction.READ);
    }

    @Test
    void in_centre_mode_a_colleague_of_the_centre_sees_the_identity() {
        var colleague = world.hp(centre);

        var view = viewPatient(new AccessPolicy(IdentityVisibility.CENTRE)).handle(new ViewPatient.Query(colleague, patient));

        assertThat(view.identity()).map(Identity::familyName).contains("Muster");
    }

    @Test
    void a_researcher_or_a_coordinator_without_a_panel_of_the_patient_may_not_see_them() {
        var coordinator = world.coordinator(PeopleFixtures.ERN, world.centre(PeopleFixtures.ERN));
        var researcher = world.person(RoleGrant.researcher(PeopleFixtures.ERN));

        for (Actor actor : new Actor[] {coordinator, researcher}) {
            assertThatThrownBy(() -> viewPatient(world.strict).handle(new ViewPatient.Query(actor, patient)))
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.not-found");
        }
    }

    @Test
    void an_unknown_patient_is_not_found() {
        assertThatThrownBy(() -> viewPatient(world.strict).handle(new ViewPatient.Query(hp, PatientId.random())))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.not-found");
    }

    @Test
    void an_identity_never_prints_itself() {
        var view = viewPatient(world.strict).handle(new ViewPatient.Query(hp, patient));

        assertThat(view.toString()).doesNotContain("Anna", "Muster", "MRN-1", "2010");
    }
}
