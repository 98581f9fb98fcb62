package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.e2e.Accounts.ASSISTANT_BERLIN;
import static org.opencpms.e2e.Accounts.HP_BERLIN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.FamilyMemberHistory;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * What the FHIR end-to-end tests push as hp.berlin's hospital system and read back: a patient enrolled over FHIR, a
 * consultation opened over FHIR, clinical data of every kind (a condition, a phenotype, a laboratory result, a genetic
 * report, a family member's history, an MHD document), and every FHIR read and search a caller can make of them, for
 * {@link IdentityLeakIT}; the resources are also the bodies of {@link SecurityMatrixIT}'s FHIR lines.
 */
final class FhirClinic {

    private FhirClinic() {
    }

    /** A patient enrolled by hp.berlin's hospital system (a transaction with care and sharing consents). */
    static Clinic.Enrolled enrol(String given, String family, LocalDate birth, String mrn) {
        var patient = new Patient();
        patient.addIdentifier().setSystem("urn:oid:1.2.276.0.76.4.8").setValue(mrn).getType()
                .addCoding(new Coding("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", null));
        patient.addName().setUse(NameUse.OFFICIAL).setFamily(family).addGiven(given);
        patient.setGender(AdministrativeGender.FEMALE);
        patient.setBirthDateElement(new DateType(birth.toString()));
        var bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        var fullUrl = "urn:uuid:" + UUID.randomUUID();
        bundle.addEntry().setFullUrl(fullUrl).setResource(patient).getRequest().setMethod(Bundle.HTTPVerb.POST)
                .setUrl("Patient");
        for (var kind : List.of("care", "sharing-within-ern")) {
            bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(FhirIT.consent(kind, fullUrl))
                    .getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Consent");
        }
        var response = FhirIT.client(HP_BERLIN).transaction().withBundle(bundle).execute();
        var id = response.getEntryFirstRep().getResponse().getLocation().replace("Patient/", "");
        var read = Api.get("/api/patients/" + id, Accounts.token(HP_BERLIN));
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return new Clinic.Enrolled(id, read.json().getString("nickname"), given, family, birth, mrn);
    }

    /** A consultation opened over FHIR (ServiceRequest) by hp.berlin for the patient, in ERKNet; its id. */
    static String consultation(String patient) {
        return FhirIT.client(HP_BERLIN).create().resource(request(patient, "ERKNET")).execute().getId().getIdPart();
    }

    /** A consultation request (ServiceRequest, category consultation) for the patient, in the ERN. */
    static org.hl7.fhir.r4.model.ServiceRequest request(String patient, String ern) {
        var request = new org.hl7.fhir.r4.model.ServiceRequest()
                .setStatus(org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus.ACTIVE)
                .setIntent(org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent.ORDER)
                .setSubject(new Reference("Patient/" + patient));
        request.addCategory().addCoding(new Coding("http://snomed.info/sct", "11429006", "Consultation"));
        request.addPerformer().setIdentifier(new org.hl7.fhir.r4.model.Identifier()
                .setSystem("https://opencpms.org/fhir/sid/ern").setValue(ern));
        request.addReasonCode().setText("FHIR leak probe").addCoding(new Coding("http://hl7.org/fhir/sid/icd-10",
                "N04.1", null));
        request.addNote().setText("Which treatment fits best?");
        return request;
    }

    /** Clinical data of every kind the FHIR endpoint takes, pushed by hp.berlin's system into the panel. */
    static void feed(String panel, String patient) {
        var berlin = FhirIT.client(HP_BERLIN);
        for (var resource : List.of(condition(patient, panel), phenotype(patient, panel),
                FhirIT.labResult(patient, panel, "2160-0"), report(patient, panel), relative(patient, panel))) {
            berlin.create().resource(resource).execute();
        }
        berlin.transaction().withBundle(FhirIT.documentBundle(patient, panel, "Letter " + Clinic.unique())).execute();
    }

    static org.hl7.fhir.r4.model.Condition condition(String patient, String panel) {
        var condition = new org.hl7.fhir.r4.model.Condition().setSubject(new Reference("Patient/" + patient));
        condition.getCode().addCoding(new Coding("http://www.orpha.net", "ORPHA:63", "Alport syndrome"));
        condition.addExtension(FhirIT.CONSULTATION, new Reference("ServiceRequest/" + panel));
        return condition;
    }

    static Observation phenotype(String patient, String panel) {
        var phenotype = new Observation().setStatus(Observation.ObservationStatus.FINAL)
                .setSubject(new Reference("Patient/" + patient)).addBasedOn(new Reference("ServiceRequest/" + panel));
        phenotype.getCode().addCoding(new Coding("http://human-phenotype-ontology.org", "HP:0000365",
                "Hearing impairment"));
        return phenotype;
    }

    /** A genetic report with its variant as a contained result. */
    static DiagnosticReport report(String patient, String panel) {
        var report = new DiagnosticReport().setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL)
                .setSubject(new Reference("Patient/" + patient)).addBasedOn(new Reference("ServiceRequest/" + panel))
                .setConclusion("Pathogenic COL4A5 variant");
        report.getCode().addCoding(new Coding("http://loinc.org", "51969-4", "Genetic analysis report"));
        var variant = FhirIT.labResult(patient, panel, "69548-6");
        variant.setId("variant");
        variant.setValue(new StringType("COL4A5 c.1871G>A"));
        report.addContained(variant);
        report.addResult(new Reference("#variant"));
        return report;
    }

    /** The patient's mother, with Alport syndrome. */
    static FamilyMemberHistory relative(String patient, String panel) {
        var mother = new FamilyMemberHistory().setStatus(FamilyMemberHistory.FamilyHistoryStatus.COMPLETED)
                .setPatient(new Reference("Patient/" + patient));
        mother.getRelationship().addCoding(new Coding("http://terminology.hl7.org/CodeSystem/v3-RoleCode", "MTH",
                "mother"));
        mother.addCondition().getCode().addCoding(new Coding("http://www.orpha.net", "ORPHA:63", "Alport syndrome"));
        mother.addExtension(FhirIT.CONSULTATION, new Reference("ServiceRequest/" + panel));
        return mother;
    }

    /** Every FHIR read and search of the planted patients and panels (the outcome's PDF is a printed document). */
    static List<String> reads(List<String> patients, List<String> panels, String closedPanel) {
        var paths = new ArrayList<String>(List.of("/fhir/metadata", "/fhir/Patient?family=Qxfamily",
                "/fhir/Patient?given=Qxgiven", "/fhir/Patient?gender=female"));
        for (var patient : patients) {
            for (var read : List.of("Patient/%s", "Consent?patient=%s", "Condition?patient=%s",
                    "Condition?subject=Patient/%s", "Observation?patient=%s", "Observation?subject=Patient/%s",
                    "Observation?patient=%s&category=laboratory", "Observation?patient=%s&code=2160-0",
                    "Observation?patient=%s&category=laboratory&code=http://loinc.org%%7C2160-0",
                    "FamilyMemberHistory?patient=%s", "DocumentReference?patient=%s",
                    "DocumentReference?patient=%s&status=current", "AuditEvent?patient=%s",
                    "AuditEvent?patient=Patient/%s&action=R")) {
                paths.add("/fhir/" + read.formatted(patient));
            }
        }
        for (var panel : panels) {
            for (var read : List.of("ServiceRequest/%s", "Condition?consultation=ServiceRequest/%s",
                    "Observation?based-on=ServiceRequest/%s", "ImagingStudy?based-on=ServiceRequest/%s",
                    "FamilyMemberHistory?consultation=ServiceRequest/%s")) {
                paths.add("/fhir/" + read.formatted(panel));
            }
        }
        for (var read : List.of("Composition/%s", "Composition/%s/$document", "DiagnosticReport/%s",
                "Binary/outcome-%s")) {
            paths.add("/fhir/" + read.formatted(closedPanel));
        }
        return paths;
    }

    /**
     * Whether the FHIR answer may carry the identity for this reader: the enrolling health professional and their
     * assistant see the Patient, and the medical record number as the subject of their clinical resources; the
     * consultation (ServiceRequest), the outcome (Composition, its document, the report and the PDF) and the audit
     * name the patient by id and nickname to everyone.
     */
    static boolean identityFor(String reader, String path) {
        if (!reader.equals(HP_BERLIN) && !reader.equals(ASSISTANT_BERLIN)) {
            return false;
        }
        return List.of("/fhir/Patient", "/fhir/Consent", "/fhir/Condition", "/fhir/Observation",
                "/fhir/FamilyMemberHistory", "/fhir/DocumentReference", "/fhir/ImagingStudy").stream()
                .anyMatch(path::startsWith);
    }
}
