package org.opencpms.adapters.fhir.patient;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.hl7.fhir.r4.model.Age;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.opencpms.adapters.fhir.http.NamingSystems;
import org.opencpms.application.patient.Identity;
import org.opencpms.application.patient.PatientView;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PatientId;

/**
 * FHIR Patient to and from OpenCPMS. In: the official (else first) name, birth date, gender, the hospital's
 * medical record number (the identifier typed {@code MR} in v2-0203, else the only other than a national one) and the
 * national identifier ({@link NationalIdentifiers}) become the identifying data of an enrolment or a correction; what
 * is missing is refused by the domain's own rules. Out: everyone gets the patient's id and version
 * ({@code meta.versionId}, the ETag), the pseudonym id ({@value #PSEUDONYM_SYSTEM}), the nickname as the
 * {@code anonymous} name, gender and age in years ({@value #AGE_EXTENSION}); only a view that carries the identity adds
 * the official name, birth date, the MR and national identifiers and the enrolling centre. A pseudonymised Patient is
 * labelled {@code PSEUDED} in {@code meta.security}.
 */
public final class PatientMapping {

    static final String PSEUDONYM_SYSTEM = NamingSystems.PSEUDONYM;
    static final String AGE_EXTENSION = "https://opencpms.org/fhir/StructureDefinition/age-in-years";
    static final String IDENTIFIER_TYPES = NamingSystems.IDENTIFIER_TYPES;
    static final String ORGANIZATION = "Organization/";

    private PatientMapping() {
    }

    static IdentifyingData identifyingData(Patient patient) {
        var name = patient.getName().stream().filter(n -> n.getUse() == NameUse.OFFICIAL).findFirst()
                .orElse(patient.getNameFirstRep());
        var given = name.getGiven().isEmpty() ? null : name.getGivenAsSingleString();
        return new IdentifyingData(given, name.getFamily(), birthDate(patient), sex(patient.getGender()),
                new HospitalIdentifier(medicalRecordNumber(patient)), NationalIdentifiers.of(patient));
    }

    /** The hospital's identifier of the patient: typed MR, else the only one there is; null if none. */
    static String medicalRecordNumber(Patient patient) {
        var typed = patient.getIdentifier().stream().filter(i -> i.getType().getCoding().stream()
                .anyMatch(c -> IDENTIFIER_TYPES.equals(c.getSystem()) && "MR".equals(c.getCode()))).findFirst();
        if (typed.isPresent()) {
            return typed.get().getValue();
        }
        var others = patient.getIdentifier().stream().filter(i -> !NationalIdentifiers.isNational(i)).toList();
        return others.size() == 1 ? others.get(0).getValue() : null;
    }

    static Patient toFhir(PatientView view) {
        var patient = pseudonymised(view.id(), view.nickname(), view.ageInYears(), view.sex());
        patient.setId(new IdType("Patient", view.id().value().toString(), String.valueOf(view.version())));
        patient.getMeta().setVersionId(String.valueOf(view.version()));
        patient.addIdentifier().setSystem(PSEUDONYM_SYSTEM).setValue(view.pseudonymId().value().toString());
        view.identity().ifPresent(identity -> {
            patient.getMeta().getSecurity().clear();
            identify(patient, identity, view);
        });
        return patient;
    }

    /** The Patient everyone may see: id, nickname as the {@code anonymous} name, gender, age; labelled PSEUDED. */
    public static Patient pseudonymised(PatientId id, Nickname nickname, int ageInYears, Sex sex) {
        var patient = new Patient();
        patient.setId(id.value().toString());
        patient.addName().setUse(NameUse.ANONYMOUS).setText(nickname.value());
        patient.setGender(gender(sex));
        patient.addExtension(AGE_EXTENSION, new Age().setValue(ageInYears).setUnit("a")
                .setSystem("http://unitsofmeasure.org").setCode("a"));
        patient.getMeta().addSecurity(new Coding(
                "http://terminology.hl7.org/CodeSystem/v3-ObservationValue", "PSEUDED", "pseudonymized"));
        return patient;
    }

    private static void identify(Patient patient, Identity identity, PatientView view) {
        patient.addIdentifier(new Identifier().setValue(identity.hospitalIdentifier().value())
                .setType(new org.hl7.fhir.r4.model.CodeableConcept().addCoding(new Coding(IDENTIFIER_TYPES, "MR", null)))
                .setAssigner(new Reference(ORGANIZATION + view.centre().value())));
        identity.nationalIdentifier().map(NationalIdentifiers::toFhir).ifPresent(patient::addIdentifier);
        patient.addName(new HumanName().setUse(NameUse.OFFICIAL).setFamily(identity.familyName())
                .addGiven(identity.givenName()));
        patient.setBirthDateElement(new DateType(identity.dateOfBirth().toString()));
        patient.setManagingOrganization(new Reference(ORGANIZATION + view.centre().value()));
    }

    private static LocalDate birthDate(Patient patient) {
        var text = patient.getBirthDateElement().getValueAsString();
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValue("date-of-birth", "a full birth date (YYYY-MM-DD) is needed, not " + text);
        }
    }

    private static Sex sex(AdministrativeGender gender) {
        if (gender == null || gender == AdministrativeGender.NULL) {
            return null;
        }
        return switch (gender) {
            case FEMALE -> Sex.FEMALE;
            case MALE -> Sex.MALE;
            case OTHER -> Sex.OTHER;
            default -> Sex.UNKNOWN;
        };
    }

    private static AdministrativeGender gender(Sex sex) {
        return switch (sex) {
            case FEMALE -> AdministrativeGender.FEMALE;
            case MALE -> AdministrativeGender.MALE;
            case OTHER -> AdministrativeGender.OTHER;
            case UNKNOWN -> AdministrativeGender.UNKNOWN;
        };
    }
}
