package org.opencpms.e2e;

import static org.opencpms.e2e.Accounts.ASSISTANT_BERLIN;
import static org.opencpms.e2e.Accounts.AUDITOR_ERKNET;
import static org.opencpms.e2e.Accounts.DISPATCHER_ERKNET;
import static org.opencpms.e2e.Accounts.DISPATCHER_RND;
import static org.opencpms.e2e.Accounts.HP_BERLIN;
import static org.opencpms.e2e.Accounts.HP_MADRID;
import static org.opencpms.e2e.SecurityMatrixIT.ACTING_AS_HP;
import static org.opencpms.e2e.SecurityMatrixIT.OTHER_VIEWERS;
import static org.opencpms.e2e.SecurityMatrixIT.OWN_VIEWERS;
import static org.opencpms.e2e.SecurityMatrixIT.SIGNED_IN;
import static org.opencpms.e2e.SecurityMatrixIT.both;
import static org.opencpms.e2e.SecurityMatrixIT.line;

import ca.uhn.fhir.context.FhirContext;
import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.util.Set;
import java.util.function.BiFunction;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.StringType;
import org.opencpms.adapters.fhir.consent.ConsentMapping;
import org.opencpms.e2e.SecurityMatrixIT.Expect;
import org.opencpms.e2e.SecurityMatrixIT.Relation;
import org.opencpms.e2e.SecurityMatrixIT.Stage;
import org.opencpms.e2e.SecurityMatrixIT.Target;

/**
 * The FHIR lines of {@link SecurityMatrixIT}'s table: every interaction the CapabilityStatement lists, with the same
 * callers allowed as on the REST endpoint that runs the same use case (FHIR re-implements no rule). Searches whose
 * refusal is "nothing found" (the clinical resources and documents of a patient) succeed for everyone signed in;
 * reads and searches addressed to one patient or panel are refused with the 404 of an unknown one.
 */
final class FhirMatrixLines {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    /** Who writes into a consultation's form: its lead and the lead's assistant (REST: PUT /api/panels/{panel}/form). */
    private static final Set<String> OWN_FORM_EDITORS = Set.of(HP_BERLIN, ASSISTANT_BERLIN);
    private static final Set<String> OTHER_FORM_EDITORS = Set.of(HP_MADRID);
    /** Who enrols over FHIR: whoever enrols at their one centre (a health professional or an assistant for one). */
    private static final Set<String> ENROLLERS = union(ACTING_AS_HP, Set.of(ASSISTANT_BERLIN));

    private FhirMatrixLines() {
    }

    static void addTo() {
        SecurityMatrixIT.open("GET", "/fhir/metadata");
        // enrolment, PDQm, consent
        line("POST", "/fhir", Stage.NONE, (a, t) -> json(FhirIT.enrolment("MX-" + Clinic.unique(), "care")),
                Relation.NONE, ENROLLERS);
        line("GET", "/fhir/Patient?identifier={hospitalIdentifier}", Stage.SELECTION, null, Relation.OWN_CENTRE,
                ENROLLERS);
        both("GET", "/fhir/Patient/{patient}", Stage.SELECTION, null, OWN_VIEWERS, OTHER_VIEWERS, true);
        both("PUT", "/fhir/Patient/{patient}", Stage.SELECTION, FhirMatrixLines::correction,
                Set.of(HP_BERLIN, ASSISTANT_BERLIN), Set.of(HP_MADRID), true);
        both("GET", "/fhir/Consent?patient={patient}", Stage.SELECTION, null, Set.of(HP_BERLIN, ASSISTANT_BERLIN),
                Set.of(HP_MADRID), true);
        both("POST", "/fhir/Consent", Stage.SELECTION,
                (a, t) -> json(FhirIT.consent("research-contact", "Patient/" + t.get("patient"))),
                Set.of(HP_BERLIN, ASSISTANT_BERLIN), Set.of(HP_MADRID), true);
        both("PUT", "/fhir/Consent/{consent}", Stage.SELECTION, FhirMatrixLines::withdrawal,
                Set.of(HP_BERLIN, ASSISTANT_BERLIN), Set.of(HP_MADRID), true);
        // the consultation and its clinical data
        both("POST", "/fhir/ServiceRequest", Stage.DRAFT,
                (a, t) -> json(FhirClinic.request(t.get("patient"), t.get("leadErn"))),
                Set.of(HP_BERLIN, DISPATCHER_ERKNET), Set.of(HP_MADRID, DISPATCHER_RND), true);
        both("GET", "/fhir/ServiceRequest/{panel}", Stage.SELECTION, null, OWN_VIEWERS, OTHER_VIEWERS, false);
        feeding("/fhir/Condition", (a, t) -> json(FhirClinic.condition(t.get("patient"), t.get("panel"))));
        feeding("/fhir/Observation", (a, t) -> json(FhirClinic.phenotype(t.get("patient"), t.get("panel"))));
        feeding("/fhir/Observation", (a, t) -> json(FhirIT.labResult(t.get("patient"), t.get("panel"), "2160-0")));
        feeding("/fhir/DiagnosticReport", (a, t) -> json(FhirClinic.report(t.get("patient"), t.get("panel"))));
        feeding("/fhir/FamilyMemberHistory", (a, t) -> json(FhirClinic.relative(t.get("patient"), t.get("panel"))));
        feeding("/fhir", (a, t) -> json(FhirIT.documentBundle(t.get("patient"), t.get("panel"), "Matrix letter")));
        // a study the archive never received: refused after the gate
        var study = (BiFunction<String, Target, JsonStructure>) (a, t) -> json(FhirIT.imagingStudy(t.get("patient"),
                t.get("panel"), "2.25." + System.nanoTime()));
        SecurityMatrixIT.TABLE.add(new SecurityMatrixIT.Line(SecurityMatrixIT.endpoint("POST", "/fhir/ImagingStudy",
                Stage.SELECTION, study), Relation.OWN_PANEL, Set.of(), OWN_FORM_EDITORS, false, Expect.MISSING));
        SecurityMatrixIT.TABLE.add(new SecurityMatrixIT.Line(SecurityMatrixIT.endpoint("POST", "/fhir/ImagingStudy",
                Stage.SELECTION, study), Relation.OTHER_PANEL, Set.of(), OTHER_FORM_EDITORS, false, Expect.MISSING));
        for (var search : new String[] {"Condition?patient={patient}", "Observation?patient={patient}",
                "Observation?subject=Patient/{patient}&category=laboratory", "FamilyMemberHistory?patient={patient}",
                "DocumentReference?patient={patient}"}) {
            both("GET", "/fhir/" + search, Stage.SELECTION, null, SIGNED_IN, SIGNED_IN, false);
        }
        for (var read : new String[] {"Condition?consultation=ServiceRequest/{panel}",
                "Observation?based-on=ServiceRequest/{panel}", "FamilyMemberHistory?consultation=ServiceRequest/{panel}",
                "ImagingStudy?basedon=ServiceRequest/{panel}"}) {
            both("GET", "/fhir/" + read, Stage.SELECTION, null, OWN_VIEWERS, OTHER_VIEWERS, false);
        }
        // the consultation form's PDF (ITI-68), as GET /api/panels/{panel}/form
        both("GET", "/fhir/Binary/form-{panel}", Stage.SELECTION, null, OWN_VIEWERS, OTHER_VIEWERS, false);
        // the outcome: document, composition, report, PDF (ITI-68)
        for (var read : new String[] {"Composition/{panel}", "Composition/{panel}/$document", "DiagnosticReport/{panel}",
                "Binary/outcome-{panel}"}) {
            both("GET", "/fhir/" + read, Stage.SIGN_OFF_FINAL, null, OWN_VIEWERS, OTHER_VIEWERS, false);
        }
        // BALP: auditors only; an ERN's auditor finds nothing of another ERN's patient
        both("GET", "/fhir/AuditEvent?patient={patient}", Stage.SELECTION, null, Set.of(AUDITOR_ERKNET),
                Set.of(AUDITOR_ERKNET), false);
    }

    /** A write into the consultation's form, as its lead's hospital system makes it. */
    private static void feeding(String path, BiFunction<String, Target, JsonStructure> body) {
        both("POST", path, Stage.SELECTION, body, OWN_FORM_EDITORS, OTHER_FORM_EDITORS, false);
    }

    /** A correction of the target patient's identifying data (REST: PUT /api/patients/{patient}/identity). */
    private static JsonStructure correction(String actor, Target target) {
        var patient = FhirIT.patient(target.get("hospitalIdentifier"));
        patient.setId("Patient/" + target.get("patient"));
        patient.getNameFirstRep().setFamily("Corrected");
        patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("2015-06-07"));
        return json(patient);
    }

    /** The withdrawal of the target's consent: an update to status inactive, with its reason. */
    private static JsonStructure withdrawal(String actor, Target target) {
        var consent = FhirIT.consent("care", "Patient/" + target.get("patient"));
        consent.setId("Consent/" + target.get("consent"));
        consent.setStatus(Consent.ConsentState.INACTIVE);
        consent.addExtension(ConsentMapping.WITHDRAWAL_REASON, new StringType("Matrix withdrawal"));
        return json(consent);
    }

    static JsonStructure json(IBaseResource resource) {
        try (var reader = Json.createReader(new StringReader(FHIR.newJsonParser().encodeResourceToString(resource)))) {
            return reader.read();
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
