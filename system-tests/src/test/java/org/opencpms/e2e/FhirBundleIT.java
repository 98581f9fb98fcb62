package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.e2e.Accounts.HP_BERLIN;
import static org.opencpms.e2e.Accounts.HP_PARIS;
import static org.opencpms.e2e.FhirIT.CONSULTATION;
import static org.opencpms.e2e.FhirIT.client;
import static org.opencpms.e2e.FhirIT.code;

import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.ListResource;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;

/**
 * Bundles posted to the FHIR base: a transaction enrols a patient with consent, opens a consultation and feeds it,
 * its entries referring to each other by {@code urn:uuid}, all or nothing (a failing entry leaves nothing stored and
 * is named in the OperationOutcome), a conditional reference ({@code Patient?identifier=...}) resolved to the one
 * patient the caller sees with identity; a batch answers each entry with its own status.
 */
class FhirBundleIT extends OnTheBuiltEar {

    private static String urn() {
        return "urn:uuid:" + UUID.randomUUID();
    }

    private static void post(Bundle bundle, String fullUrl, Resource resource, String type) {
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource).getRequest().setMethod(Bundle.HTTPVerb.POST)
                .setUrl(type);
    }

    /** A consultation request (ERKNET) for the patient the reference names. */
    private static ServiceRequest consultationRequest(String patientReference) {
        var request = new ServiceRequest().setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE)
                .setIntent(ServiceRequest.ServiceRequestIntent.ORDER).setSubject(new Reference(patientReference));
        request.addCategory().addCoding(new Coding("http://snomed.info/sct", "11429006", "Consultation"));
        request.addPerformer().setIdentifier(new Identifier().setSystem("https://opencpms.org/fhir/sid/ern")
                .setValue("ERKNET"));
        return request;
    }

    /** Enrolment with consent, a consultation request for the patient, a Condition for the consultation. */
    private static Bundle intake(String mrn, String orphaCode) {
        var bundle = FhirIT.enrolment(mrn, "care", "sharing-within-ern");
        var patient = bundle.getEntryFirstRep().getFullUrl();
        var consultation = urn();
        var request = consultationRequest(patient);
        request.addReasonCode().setText("Haematuria and hearing loss");
        request.addNote().setText("Alport syndrome?");
        var condition = new Condition().setSubject(new Reference(patient));
        condition.getCode().addCoding(new Coding("http://www.orpha.net", orphaCode, "Alport syndrome"));
        condition.addExtension(CONSULTATION, new Reference(consultation));
        post(bundle, urn(), condition, "Condition");
        post(bundle, consultation, request, "ServiceRequest");
        return bundle;
    }

    @Test
    void a_transaction_enrols_opens_a_consultation_and_feeds_it_resolving_references_between_entries() {
        var mrn = "MRN-" + Clinic.unique();

        var response = client(HP_BERLIN).transaction().withBundle(intake(mrn, "ORPHA:63")).execute();

        assertThat(response.getType()).isEqualTo(Bundle.BundleType.TRANSACTIONRESPONSE);
        assertThat(response.getEntry()).extracting(e -> e.getResponse().getStatus())
                .containsOnly("201 Created").hasSize(5);
        var consultation = response.getEntry().get(4).getResponse().getLocation();
        assertThat(consultation).startsWith("ServiceRequest/");
        assertThat(response.getEntry().get(3).getResponse().getLocation()).isEqualTo(consultation);
        var panel = consultation.replace("ServiceRequest/", "");
        var seen = Api.get("/api/panels/" + panel, Accounts.token(HP_BERLIN));
        assertThat(seen.body()).contains("ORPHA:63", "Alport syndrome?",
                response.getEntryFirstRep().getResponse().getLocation().replace("Patient/", ""));
    }

    @Test
    void a_transaction_failing_half_way_stores_nothing_and_names_the_failing_entry() {
        var mrn = "MRN-" + Clinic.unique();

        assertThatThrownBy(() -> client(HP_BERLIN).transaction().withBundle(intake(mrn, "ORPHA:not-a-code")).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(422);
                    assertThat(code(e)).isEqualTo("coded-entry.invalid");
                    var issue = ((OperationOutcome) e.getOperationOutcome()).getIssueFirstRep();
                    assertThat(issue.getExpression().get(0).getValue()).isEqualTo("Bundle.entry[3]");
                    assertThat(issue.getDiagnostics()).startsWith("Bundle.entry[3]: ");
                });
        var found = client(HP_BERLIN).search().forResource(Patient.class)
                .where(Patient.IDENTIFIER.exactly().code(mrn)).returnBundle(Bundle.class).execute();
        assertThat(found.getEntry()).as("the enrolment of the failed transaction").isEmpty();
    }

    @Test
    void a_reference_to_no_entry_of_the_transaction_is_refused_naming_the_entry() {
        var bundle = intake("MRN-" + Clinic.unique(), "ORPHA:63");
        ((Condition) bundle.getEntry().get(3).getResource()).setSubject(new Reference(urn()));

        assertThatThrownBy(() -> client(HP_BERLIN).transaction().withBundle(bundle).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(code(e)).isEqualTo("transaction.invalid");
                    assertThat(((OperationOutcome) e.getOperationOutcome()).getIssueFirstRep().getDiagnostics())
                            .startsWith("Bundle.entry[3]: refers to urn:uuid:");
                });
    }

    /** A consultation request for the patient named by the reference, with a Condition of it. */
    private static Bundle consultationFor(String patientReference) {
        var bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        var consultation = urn();
        var request = consultationRequest(patientReference);
        request.addReasonCode().setText("Haematuria")
                .addCoding(new Coding("http://www.orpha.net", "ORPHA:63", "Alport syndrome"));
        var condition = new Condition().setSubject(new Reference(patientReference));
        condition.getCode().addCoding(new Coding("http://www.orpha.net", "ORPHA:63", "Alport syndrome"));
        condition.addExtension(CONSULTATION, new Reference(consultation));
        post(bundle, consultation, request, "ServiceRequest");
        post(bundle, urn(), condition, "Condition");
        return bundle;
    }

    private static String byIdentifier(String mrn) {
        return "Patient?identifier=urn:oid:1.2.276.0.76.4.8|" + mrn;
    }

    private static int consentsOf(String patient) {
        return client(HP_BERLIN).search().forResource(Consent.class).where(Consent.PATIENT.hasId(patient))
                .returnBundle(Bundle.class).execute().getEntry().size();
    }

    @Test
    void a_conditional_reference_by_the_hospital_identifier_names_the_patient_it_matches() {
        var mrn = "MRN-" + Clinic.unique();
        var patient = FhirIT.enrolAtBerlin(mrn);

        var response = client(HP_BERLIN).transaction().withBundle(consultationFor(byIdentifier(mrn))).execute();

        assertThat(response.getEntry()).extracting(e -> e.getResponse().getStatus()).containsOnly("201 Created");
        var panel = response.getEntryFirstRep().getResponse().getLocation().replace("ServiceRequest/", "");
        var request = client(HP_BERLIN).read().resource(ServiceRequest.class).withId(panel).execute();
        assertThat(request.getSubject().getReference()).isEqualTo("Patient/" + patient);
        assertThat(Api.get("/api/panels/" + panel, Accounts.token(HP_BERLIN)).body()).contains("ORPHA:63", patient);
    }

    @Test
    void a_conditional_reference_matching_nobody_the_caller_sees_refuses_the_transaction_and_stores_nothing() {
        var mrn = "MRN-" + Clinic.unique();
        var patient = FhirIT.enrolAtBerlin(mrn);
        var bundle = consultationFor(byIdentifier(mrn));
        post(bundle, urn(), FhirIT.consent("research-contact", "Patient/" + patient), "Consent");
        ((Condition) bundle.getEntry().get(1).getResource()).setSubject(new Reference(byIdentifier("MRN-" + Clinic.unique())));

        assertThatThrownBy(() -> client(HP_BERLIN).transaction().withBundle(bundle).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(code(e)).isEqualTo("reference.no-match");
                    var issue = ((OperationOutcome) e.getOperationOutcome()).getIssueFirstRep();
                    assertThat(issue.getExpression().get(0).getValue()).isEqualTo("Bundle.entry[1]");
                    assertThat(issue.getDiagnostics()).startsWith("Bundle.entry[1]: ")
                            .contains("Patient?identifier=urn:oid:1.2.276.0.76.4.8|MRN-");
                });
        assertThat(consentsOf(patient)).as("the consent of the refused transaction").isEqualTo(2);
        assertThat(FhirIT.searchConditions(HP_BERLIN, patient).getEntry()).as("its consultation's diagnosis").isEmpty();
        assertThatThrownBy(() -> client(HP_PARIS).transaction().withBundle(consultationFor(byIdentifier(mrn))).execute())
                .as("another centre's professional, who does not see the patient's identity")
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(code(e)).isEqualTo("reference.no-match");
                });
    }

    @Test
    void a_conditional_reference_matching_several_patients_is_a_412_and_an_unsupported_one_a_400() {
        FhirIT.enrolAtBerlin("MRN-" + Clinic.unique());
        FhirIT.enrolAtBerlin("MRN-" + Clinic.unique());

        assertThatThrownBy(() -> client(HP_BERLIN).transaction().withBundle(consultationFor("Patient?family=fhirm"))
                .execute()).isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(412);
                    assertThat(code(e)).isEqualTo("reference.ambiguous");
                    assertThat(((OperationOutcome) e.getOperationOutcome()).getIssueFirstRep().getDiagnostics())
                            .startsWith("Bundle.entry[0]: ").contains("Patient?family=fhirm");
                });
        assertThatThrownBy(() -> client(HP_BERLIN).transaction()
                .withBundle(consultationFor("Patient?name:contains=Fhir")).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(code(e)).isEqualTo("fhir.unsupported-condition");
                });
    }

    @Test
    void a_document_bundle_may_name_its_patient_by_a_conditional_reference() {
        var mrn = "MRN-" + Clinic.unique();
        var patient = FhirIT.enrolAtBerlin(mrn);
        var panel = Clinic.open(HP_BERLIN, patient, "ERKNET", Clinic.completeForm("FHIR conditional documents")).id();

        var response = client(HP_BERLIN).transaction().withBundle(documentsOf(patient, panel, byIdentifier(mrn)))
                .execute();

        assertThat(response.getEntry()).extracting(e -> e.getResponse().getStatus())
                .containsExactly("200 OK", "201 Created", "201 Created");
        var unknown = byIdentifier("MRN-" + Clinic.unique());
        assertThatThrownBy(() -> client(HP_BERLIN).transaction().withBundle(documentsOf(patient, panel, unknown))
                .execute()).isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(code(e)).isEqualTo("reference.no-match");
                    assertThat(((OperationOutcome) e.getOperationOutcome()).getIssueFirstRep().getDiagnostics())
                            .startsWith("Bundle.entry[0]: ").contains(unknown);
                });
    }

    /** An MHD document bundle for the consultation whose List and DocumentReference name the patient as given. */
    private static Bundle documentsOf(String patient, String panel, String patientReference) {
        var bundle = FhirIT.documentBundle(patient, panel, "Letter " + Clinic.unique());
        ((ListResource) bundle.getEntry().get(0).getResource()).setSubject(new Reference(patientReference));
        ((DocumentReference) bundle.getEntry().get(1).getResource()).setSubject(new Reference(patientReference));
        return bundle;
    }

    @Test
    void a_batch_answers_each_entry_with_its_own_status_and_a_refused_entry_changes_nothing_for_the_others() {
        var patient = FhirIT.enrolAtBerlin("MRN-" + Clinic.unique());
        var batch = new Bundle().setType(Bundle.BundleType.BATCH);
        post(batch, urn(), FhirIT.consent("research-contact", "Patient/" + patient), "Consent");
        var unknown = new Condition().setSubject(new Reference("Patient/" + patient));
        unknown.getCode().addCoding(new Coding("http://www.orpha.net", "ORPHA:63", "Alport syndrome"));
        unknown.addExtension(CONSULTATION, new Reference("ServiceRequest/" + UUID.randomUUID()));
        post(batch, urn(), unknown, "Condition");
        batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.DELETE).setUrl("Patient/" + patient);

        var response = client(HP_BERLIN).transaction().withBundle(batch).execute();

        assertThat(response.getType()).isEqualTo(Bundle.BundleType.BATCHRESPONSE);
        assertThat(response.getEntry()).extracting(e -> e.getResponse().getStatus())
                .containsExactly("201 Created", "404 Not Found", "405 Method Not Allowed");
        assertThat(response.getEntryFirstRep().getResponse().getLocation()).startsWith("Consent/");
        var refused = (OperationOutcome) response.getEntry().get(1).getResponse().getOutcome();
        assertThat(refused.getIssueFirstRep().getDetails().getCodingFirstRep().getCode()).isEqualTo("panel.not-found");
        assertThat(refused.getIssueFirstRep().getExpression().get(0).getValue()).isEqualTo("Bundle.entry[1]");
        var consents = client(HP_BERLIN).search().forResource(Consent.class).where(Consent.PATIENT.hasId(patient))
                .returnBundle(Bundle.class).execute();
        assertThat(consents.getEntry()).hasSize(3);
        assertThat(client(HP_BERLIN).read().resource(Patient.class).withId(patient).execute().getIdPart())
                .isEqualTo(patient);
    }
}
