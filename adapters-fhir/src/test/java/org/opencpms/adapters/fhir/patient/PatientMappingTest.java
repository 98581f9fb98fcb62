package org.opencpms.adapters.fhir.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.opencpms.application.patient.Identity;
import org.opencpms.application.patient.PatientView;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.PseudonymId;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;

class PatientMappingTest {

    private static final Identity IDENTITY = new Identity("Greta", "Fhirmann", LocalDate.of(2012, 5, 4),
            new HospitalIdentifier("MRN-7"), Optional.empty(), LocalDate.of(2026, 12, 1));

    private static PatientView view(Optional<Identity> identity) {
        return new PatientView(PatientId.random(), new PseudonymId(UUID.randomUUID()), new Nickname("nimble-okapi-0427"),
                14, Sex.FEMALE, ProviderId.random(), Set.of(), identity, 0);
    }

    @Test
    void a_pseudonymised_patient_carries_pseudonym_nickname_gender_and_age_and_nothing_identifying() {
        var view = view(Optional.empty());

        var patient = PatientMapping.toFhir(view);

        assertThat(patient.getIdPart()).isEqualTo(view.id().value().toString());
        assertThat(patient.getIdentifier()).singleElement().satisfies(i -> {
            assertThat(i.getSystem()).isEqualTo(PatientMapping.PSEUDONYM_SYSTEM);
            assertThat(i.getValue()).isEqualTo(view.pseudonymId().value().toString());
        });
        assertThat(patient.getName()).singleElement().satisfies(n -> {
            assertThat(n.getUse()).isEqualTo(NameUse.ANONYMOUS);
            assertThat(n.getText()).isEqualTo("nimble-okapi-0427");
            assertThat(n.hasFamily()).isFalse();
        });
        assertThat(patient.getGender()).isEqualTo(AdministrativeGender.FEMALE);
        assertThat(patient.hasBirthDate()).isFalse();
        assertThat(patient.hasManagingOrganization()).isFalse();
        assertThat(((org.hl7.fhir.r4.model.Age) patient.getExtensionByUrl(PatientMapping.AGE_EXTENSION).getValue())
                .getValue().intValue()).isEqualTo(14);
        assertThat(patient.getMeta().getSecurity()).extracting(Coding::getCode).containsExactly("PSEUDED");
    }

    @Test
    void an_identified_patient_adds_the_official_name_birth_date_record_number_and_centre() {
        var view = view(Optional.of(IDENTITY));

        var patient = PatientMapping.toFhir(view);

        assertThat(patient.getName()).extracting(n -> n.getUse()).containsExactly(NameUse.ANONYMOUS, NameUse.OFFICIAL);
        assertThat(patient.getName().get(1).getFamily()).isEqualTo("Fhirmann");
        assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("2012-05-04");
        assertThat(PatientMapping.medicalRecordNumber(patient)).isEqualTo("MRN-7");
        assertThat(patient.getManagingOrganization().getReference()).isEqualTo("Organization/" + view.centre().value());
        assertThat(patient.getMeta().getSecurity()).isEmpty();
    }

    @Test
    void an_incoming_patient_becomes_identifying_data_with_the_typed_record_number() {
        var patient = new Patient();
        patient.addIdentifier().setSystem("urn:oid:1.2.3").setValue("NI-1").getType()
                .addCoding(new Coding(PatientMapping.IDENTIFIER_TYPES, "NI", null));
        patient.addIdentifier().setSystem("urn:oid:1.2.4").setValue("MRN-9").getType()
                .addCoding(new Coding(PatientMapping.IDENTIFIER_TYPES, "MR", null));
        patient.addName().setUse(NameUse.NICKNAME).setFamily("Nick");
        patient.addName().setUse(NameUse.OFFICIAL).setFamily("Fhirmann").addGiven("Greta").addGiven("Maria");
        patient.setGender(AdministrativeGender.OTHER);
        patient.setBirthDateElement(new DateType("2012-05-04"));

        var data = PatientMapping.identifyingData(patient);

        assertThat(data.hospitalIdentifier()).isEqualTo(new HospitalIdentifier("MRN-9"));
        assertThat(data.familyName()).isEqualTo("Fhirmann");
        assertThat(data.givenName()).isEqualTo("Greta Maria");
        assertThat(data.sex()).isEqualTo(Sex.OTHER);
        assertThat(data.dateOfBirth()).isEqualTo(LocalDate.of(2012, 5, 4));
        assertThat(data.nationalIdentifier()).as("an NI without its issuing country").isNull();
    }

    @Test
    void a_national_identifier_naming_its_country_comes_in_and_goes_out_the_same_way() {
        var national = new org.opencpms.domain.patient.NationalIdentifier(
                org.opencpms.domain.reference.Country.of("DE"), "T123456789");
        var patient = new Patient().addIdentifier(NationalIdentifiers.toFhir(national));
        patient.addIdentifier().setValue("MRN-9");

        assertThat(NationalIdentifiers.of(patient)).isEqualTo(national);
        assertThat(PatientMapping.medicalRecordNumber(patient)).isEqualTo("MRN-9");
    }

    @Test
    void a_partial_birth_date_or_a_missing_record_number_is_refused_with_the_domains_code() {
        var patient = new Patient();
        patient.addName().setFamily("Fhirmann").addGiven("Greta");
        patient.setGender(AdministrativeGender.FEMALE);
        patient.setBirthDateElement(new DateType("2012"));
        assertThatThrownBy(() -> PatientMapping.identifyingData(patient))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("date-of-birth.invalid"));

        patient.setBirthDateElement(new DateType("2012-05-04"));
        assertThatThrownBy(() -> PatientMapping.identifyingData(patient))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("hospital-identifier.invalid"));
    }
}
