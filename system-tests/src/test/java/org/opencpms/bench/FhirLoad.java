package org.opencpms.bench;

import ca.uhn.fhir.context.FhirContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * The FHIR benchmark's load: one R4 transaction Bundle (JSON) of 1 Patient + 10 Observations (LOINC laboratory
 * results, check digits valid) + 2 Conditions (ICD-10 N04.1, ORPHA:63), and what OpenCPMS's domain demands besides:
 * the Consents for care and for sharing within the ERN (no enrolment without care consent, no consultation without
 * both) and the consultation (ServiceRequest) the Observations are {@code basedOn} and the Conditions name by the
 * {@code consultation} extension (clinical data belong to a consultation). Entries refer to each other by
 * {@code urn:uuid}. The Patient's medical record number is {@link #MRN} in the text, for each request to replace.
 */
final class FhirLoad {

    static final String MRN = "BENCH-MRN-PLACEHOLDER";
    static final String MRN_SYSTEM = "urn:oid:1.2.276.0.76.4.8";
    /** Hemoglobin, creatinine, glucose, sodium, potassium, leukocytes, platelets, ALT, AST, urea nitrogen. */
    private static final List<String[]> LABS = List.of(new String[] {"718-7", "13.2", "g/dL"},
            new String[] {"2160-0", "1.8", "mg/dL"}, new String[] {"2345-7", "95", "mg/dL"},
            new String[] {"2951-2", "140", "mmol/L"}, new String[] {"2823-3", "4.2", "mmol/L"},
            new String[] {"6690-2", "6.1", "10*3/uL"}, new String[] {"777-3", "250", "10*3/uL"},
            new String[] {"1742-6", "31", "U/L"}, new String[] {"1920-8", "28", "U/L"},
            new String[] {"3094-0", "42", "mg/dL"});
    private static final String CONSULTATION = "https://opencpms.org/fhir/StructureDefinition/consultation";

    private FhirLoad() {
    }

    /** The transaction of the load, as JSON, for a patient of that family name in that ERN's consultation. */
    static String transaction(String family, String ern) {
        var bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        var patient = urn();
        post(bundle, patient, patient(family));
        for (var kind : List.of("care", "sharing-within-ern")) {
            post(bundle, urn(), consent(kind, patient));
        }
        var consultation = urn();
        post(bundle, consultation, consultation(patient, ern));
        for (var lab : LABS) {
            var result = new Observation().setStatus(Observation.ObservationStatus.FINAL)
                    .setSubject(new Reference(patient)).addBasedOn(new Reference(consultation))
                    .setEffective(new DateTimeType("2026-12-01T08:30:00Z"))
                    .setValue(new Quantity().setValue(new BigDecimal(lab[1])).setUnit(lab[2])
                            .setSystem("http://unitsofmeasure.org").setCode(lab[2]));
            result.addCategory(concept("http://terminology.hl7.org/CodeSystem/observation-category", "laboratory"));
            result.setCode(concept("http://loinc.org", lab[0]));
            post(bundle, urn(), result);
        }
        for (var code : List.of(new Coding("http://hl7.org/fhir/sid/icd-10", "N04.1", "Nephrotic syndrome"),
                new Coding("http://www.orpha.net", "ORPHA:63", "Alport syndrome"))) {
            var condition = new Condition().setSubject(new Reference(patient))
                    .setClinicalStatus(concept("http://terminology.hl7.org/CodeSystem/condition-clinical", "active"));
            condition.getCode().addCoding(code);
            condition.addExtension(CONSULTATION, new Reference(consultation));
            post(bundle, urn(), condition);
        }
        return FhirContext.forR4Cached().newJsonParser().encodeResourceToString(bundle);
    }

    private static Patient patient(String family) {
        var patient = new Patient().setGender(AdministrativeGender.FEMALE).setBirthDateElement(new DateType("2012-05-04"));
        patient.addIdentifier(new Identifier().setSystem(MRN_SYSTEM).setValue(MRN)
                .setType(concept("http://terminology.hl7.org/CodeSystem/v2-0203", "MR")));
        patient.addName().setUse(NameUse.OFFICIAL).setFamily(family).addGiven("Greta");
        return patient;
    }

    private static Consent consent(String kind, String patient) {
        var consent = new Consent().setStatus(Consent.ConsentState.ACTIVE)
                .setScope(concept("http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy"))
                .setPatient(new Reference(patient)).setDateTimeElement(new DateTimeType("2026-12-01"))
                .setSource(new Attachment().setTitle("ERN-2024-1").setLanguage("de"));
        consent.addCategory(concept("https://opencpms.org/fhir/CodeSystem/consent-kind", kind));
        consent.addPolicy().setUri("https://opencpms.org/consent/" + kind);
        return consent;
    }

    private static ServiceRequest consultation(String patient, String ern) {
        var request = new ServiceRequest().setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE)
                .setIntent(ServiceRequest.ServiceRequestIntent.ORDER).setSubject(new Reference(patient));
        request.addCategory().addCoding(new Coding("http://snomed.info/sct", "11429006", "Consultation"));
        request.addPerformer().setIdentifier(new Identifier().setSystem("https://opencpms.org/fhir/sid/ern").setValue(ern));
        request.addReasonCode().setText("Haematuria and hearing loss");
        request.addNote().setText("Alport syndrome?");
        return request;
    }

    private static CodeableConcept concept(String system, String code) {
        return new CodeableConcept().addCoding(new Coding(system, code, null));
    }

    private static String urn() {
        return "urn:uuid:" + UUID.randomUUID();
    }

    private static void post(Bundle bundle, String fullUrl, Resource resource) {
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource).getRequest().setMethod(Bundle.HTTPVerb.POST)
                .setUrl(resource.fhirType());
    }
}
