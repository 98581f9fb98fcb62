package org.opencpms.adapters.rest.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.rest.consent.ConsentFormJson;
import org.opencpms.adapters.rest.consent.DocumentReferenceJson;
import org.opencpms.adapters.rest.consent.GivenConsentJson;
import org.opencpms.application.patient.EnrolPatient;
import org.opencpms.application.patient.Identity;
import org.opencpms.application.patient.PatientSummary;
import org.opencpms.application.patient.PatientView;
import org.opencpms.domain.consent.ConsentForm;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.DocumentReference;
import org.opencpms.domain.consent.GivenConsent;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.NationalIdentifier;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.PseudonymId;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class PatientMappingTest {

    private static final ProviderId CENTRE = new ProviderId(UUID.fromString("11111111-1111-4111-8111-111111111111"));
    private static final Actor HP = Actor.of(UserId.random(), RoleGrant.healthProfessional(Ern.ERKNET, CENTRE));
    private static final LocalDate BORN = LocalDate.of(2011, 3, 14);

    static IdentifyingDataJson identifyingData() {
        return new IdentifyingDataJson("Ada", "Quetzalcoatl", BORN, "female", "MRN-0042",
                new NationalIdentifierJson("de", "X123"));
    }

    static GivenConsentJson careConsent() {
        return new GivenConsentJson("CARE", LocalDate.of(2025, 1, 2), new ConsentFormJson("v3", "de"),
                new DocumentReferenceJson("consents/42.pdf", "application/pdf"));
    }

    @Test
    void an_enrolment_request_becomes_the_command_field_by_field() {
        var request = new EnrolPatientRequest(CENTRE.value().toString(), null, identifyingData(),
                List.of(careConsent(), new GivenConsentJson("SHARING_WITHIN_ERN", LocalDate.of(2025, 1, 3),
                        new ConsentFormJson("v3", "DE"), null)));

        var command = request.toCommand(HP);

        assertThat(command.actor()).isEqualTo(HP);
        assertThat(command.centre()).isEqualTo(CENTRE);
        assertThat(command.enrollingHp()).as("the caller enrols for themselves").isEqualTo(HP.id());
        var data = command.identifyingData();
        assertThat(data.givenName()).isEqualTo("Ada");
        assertThat(data.familyName()).isEqualTo("Quetzalcoatl");
        assertThat(data.dateOfBirth()).isEqualTo(BORN);
        assertThat(data.sex()).isEqualTo(Sex.FEMALE);
        assertThat(data.hospitalIdentifier()).isEqualTo(new HospitalIdentifier("MRN-0042"));
        assertThat(data.nationalIdentifier()).isEqualTo(new NationalIdentifier(Country.of("DE"), "X123"));
        assertThat(command.consents()).containsExactly(
                new GivenConsent(ConsentKind.CARE, LocalDate.of(2025, 1, 2), new ConsentForm("v3", "de"),
                        new DocumentReference("consents/42.pdf", "application/pdf")),
                new GivenConsent(ConsentKind.SHARING_WITHIN_ERN, LocalDate.of(2025, 1, 3), new ConsentForm("v3", "de"),
                        null));
    }

    @Test
    void an_assistant_names_the_health_professional_they_enrol_for() {
        var hp = UserId.random();
        var assistant = Actor.of(UserId.random(), RoleGrant.centreAssistant(CENTRE, hp));
        var request = new EnrolPatientRequest(CENTRE.value().toString(), hp.value().toString(), identifyingData(),
                List.of(careConsent()));

        var command = request.toCommand(assistant);

        assertThat(command.actor()).isEqualTo(assistant);
        assertThat(command.enrollingHp()).isEqualTo(hp);
    }

    @Test
    void values_the_domain_refuses_are_invalid_values_named_after_the_field() {
        var badCentre = new EnrolPatientRequest("centre-7", null, identifyingData(), List.of(careConsent()));
        var badSex = new EnrolPatientRequest(CENTRE.value().toString(), null,
                new IdentifyingDataJson("Ada", "Q", BORN, "F", "MRN", null), List.of(careConsent()));
        var badKind = new EnrolPatientRequest(CENTRE.value().toString(), null, identifyingData(),
                List.of(new GivenConsentJson("TREATMENT", BORN, new ConsentFormJson("v1", "de"), null)));
        var badCountry = new EnrolPatientRequest(CENTRE.value().toString(), null,
                new IdentifyingDataJson("Ada", "Q", BORN, "OTHER", "MRN", new NationalIdentifierJson("US", "1")),
                List.of(careConsent()));

        assertThatThrownBy(() -> badCentre.toCommand(HP)).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.code()).isEqualTo("centre.invalid"));
        assertThatThrownBy(() -> badSex.toCommand(HP)).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.code()).isEqualTo("sex.invalid"));
        assertThatThrownBy(() -> badKind.toCommand(HP)).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.code()).isEqualTo("kind.invalid"));
        assertThatThrownBy(() -> badCountry.toCommand(HP)).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.code()).isEqualTo("country.invalid"));
    }

    @Test
    void the_enrolled_patient_is_its_id_and_pseudonym() {
        var enrolled = new EnrolPatient.Enrolled(PatientId.random(), new Nickname("nimble-okapi-0427"),
                PseudonymId.random());

        var json = EnrolledJson.of(enrolled);

        assertThat(json.id()).isEqualTo(enrolled.patient().value().toString());
        assertThat(json.nickname()).isEqualTo("nimble-okapi-0427");
        assertThat(json.pseudonymId()).isEqualTo(enrolled.pseudonymId().value().toString());
    }

    static Identity identity() {
        return new Identity("Ada", "Quetzalcoatl", BORN, new HospitalIdentifier("MRN-0042"),
                Optional.of(new NationalIdentifier(Country.of("DE"), "X123")), LocalDate.of(2025, 1, 2));
    }

    static PatientView view(Optional<Identity> identity) {
        return new PatientView(PatientId.random(), PseudonymId.random(), new Nickname("nimble-okapi-0427"), 13,
                Sex.FEMALE, CENTRE, Set.of(ConsentKind.SHARING_WITHIN_ERN, ConsentKind.CARE), identity, 4);
    }

    @Test
    void a_patient_view_with_identity_becomes_its_json_field_by_field() {
        var view = view(Optional.of(identity()));

        var json = PatientJson.of(view);

        assertThat(json.id()).isEqualTo(view.id().value().toString());
        assertThat(json.pseudonymId()).isEqualTo(view.pseudonymId().value().toString());
        assertThat(json.nickname()).isEqualTo("nimble-okapi-0427");
        assertThat(json.ageInYears()).isEqualTo(13);
        assertThat(json.sex()).isEqualTo("FEMALE");
        assertThat(json.centre()).isEqualTo(CENTRE.value().toString());
        assertThat(json.consentsInForce()).containsExactly("CARE", "SHARING_WITHIN_ERN");
        assertThat(json.version()).isEqualTo(4);
        assertThat(json.identity()).isEqualTo(new IdentityJson("Ada", "Quetzalcoatl", BORN, "MRN-0042",
                new NationalIdentifierJson("DE", "X123"), LocalDate.of(2025, 1, 2)));
    }

    @Test
    void a_pseudonymous_view_carries_no_identity_at_all() {
        var json = PatientJson.of(view(Optional.empty()));

        assertThat(json.identity()).isNull();
        assertThat(Json.write(json)).doesNotContain("identity", "Ada", "Quetzalcoatl", "MRN", "2011-03-14",
                "enrolledOn");
    }

    @Test
    void a_patient_in_the_list_becomes_its_summary() {
        var summary = new PatientSummary(PatientId.random(), new Nickname("brave-lynx-0001"), 40, Sex.MALE,
                Optional.of(identity()));

        var json = PatientSummaryJson.of(summary);

        assertThat(json).isEqualTo(new PatientSummaryJson(summary.id().value().toString(), "brave-lynx-0001", 40,
                "MALE", IdentityJson.of(identity())));
        assertThat(PatientSummaryJson.of(new PatientSummary(summary.id(), summary.nickname(), 40, Sex.MALE,
                Optional.empty())).identity()).isNull();
    }

    @Test
    void identity_never_prints_itself() {
        assertThat(identifyingData().toString()).doesNotContain("Ada", "Quetzalcoatl", "MRN");
        assertThat(IdentityJson.of(identity()).toString()).doesNotContain("Ada", "Quetzalcoatl", "MRN");
    }
}
