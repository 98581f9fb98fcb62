package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.e2e.Accounts.HP_BERLIN;
import static org.opencpms.e2e.Accounts.HP_MILANO;
import static org.opencpms.e2e.Accounts.HP_PARIS;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.util.UUID;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;

/**
 * The FHIR endpoint at {@code /fhir}, driven by HAPI's generic client as a hospital system would: enrolment with
 * consent in a transaction Bundle, an idempotent re-push, the pseudonymised Patient a panel member of another centre
 * gets, refusals as OperationOutcomes with the domain's codes, and a CapabilityStatement listing what is served.
 */
class FhirIT extends OnTheBuiltEar {

    static final String BASE = Api.BASE + "/fhir";
    private static final FhirContext FHIR = FhirContext.forR4Cached();

    /** The errors HAPI's instance validator finds in what the server served (R4 base; unknown profiles warn). */
    static java.util.List<String> errors(org.hl7.fhir.instance.model.api.IBaseResource served) {
        return VALIDATOR.get().validateWithResult(served).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ca.uhn.fhir.validation.ResultSeverityEnum.ERROR.ordinal())
                .map(m -> m.getLocationString() + ": " + m.getMessage()).toList();
    }

    private static final java.util.function.Supplier<ca.uhn.fhir.validation.FhirValidator> VALIDATOR =
            new java.util.function.Supplier<>() {
                private ca.uhn.fhir.validation.FhirValidator validator;

                @Override
                public synchronized ca.uhn.fhir.validation.FhirValidator get() {
                    if (validator == null) {
                        validator = new org.opencpms.adapters.fhir.http.IncomingValidation(FHIR).validator();
                    }
                    return validator;
                }
            };

    static IGenericClient client(String username) {
        FHIR.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        // the first validated request after a deployment may wait for the validator to load the R4 definitions
        FHIR.getRestfulClientFactory().setSocketTimeout(180_000);
        var client = FHIR.newRestfulGenericClient(BASE);
        if (username != null) {
            client.registerInterceptor(new BearerTokenAuthInterceptor(Accounts.token(username)));
        }
        return client;
    }

    static Patient patient(String mrn) {
        var patient = new Patient();
        patient.addIdentifier().setSystem("urn:oid:1.2.276.0.76.4.8").setValue(mrn).getType()
                .addCoding(new Coding("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", null));
        patient.addName().setUse(NameUse.OFFICIAL).setFamily("Fhirmann").addGiven("Greta");
        patient.setGender(AdministrativeGender.FEMALE);
        patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("2012-05-04"));
        return patient;
    }

    static Consent consent(String kind, String patientReference) {
        var consent = new Consent();
        consent.setStatus(Consent.ConsentState.ACTIVE);
        consent.getScope().addCoding(new Coding("http://terminology.hl7.org/CodeSystem/consentscope",
                "patient-privacy", null));
        consent.addCategory().addCoding(new Coding("https://opencpms.org/fhir/CodeSystem/consent-kind", kind, null));
        consent.setPatient(new Reference(patientReference));
        consent.setDateTimeElement(new DateTimeType("2026-12-01"));
        consent.setSource(new Attachment().setTitle("ERN-2024-1").setLanguage("de"));
        consent.addPolicy().setUri("https://opencpms.org/consent/" + kind);
        return consent;
    }

    /** A transaction Bundle enrolling the patient with the given consents, conditional on the MRN. */
    static Bundle enrolment(String mrn, String... kinds) {
        var bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        var fullUrl = "urn:uuid:" + UUID.randomUUID();
        bundle.addEntry().setFullUrl(fullUrl).setResource(patient(mrn)).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("Patient").setIfNoneExist("identifier=urn:oid:1.2.276.0.76.4.8|" + mrn);
        for (var kind : kinds) {
            bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(consent(kind, fullUrl))
                    .getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Consent");
        }
        return bundle;
    }

    static String enrolAtBerlin(String mrn) {
        var response = client(HP_BERLIN).transaction().withBundle(enrolment(mrn, "care", "sharing-within-ern")).execute();
        assertThat(response.getEntry()).hasSize(3);
        assertThat(response.getEntryFirstRep().getResponse().getStatus()).startsWith("201");
        return response.getEntryFirstRep().getResponse().getLocation().replace("Patient/", "");
    }

    @Test
    void a_hospital_system_enrols_a_patient_with_consent_and_reads_the_identified_patient_back() {
        var mrn = "MRN-" + Clinic.unique();
        var id = enrolAtBerlin(mrn);

        var read = client(HP_BERLIN).read().resource(Patient.class).withId(id).execute();

        assertThat(errors(read)).isEmpty();
        assertThat(read.getName()).extracting(n -> n.getUse()).contains(NameUse.OFFICIAL, NameUse.ANONYMOUS);
        assertThat(read.getBirthDateElement().getValueAsString()).isEqualTo("2012-05-04");
        assertThat(read.getIdentifier()).extracting(i -> i.getValue()).contains(mrn);
        var consents = client(HP_BERLIN).search().forResource(Consent.class).where(Consent.PATIENT.hasId(id))
                .returnBundle(Bundle.class).execute();
        assertThat(consents.getEntry()).hasSize(2);
    }

    @Test
    void pushing_the_same_enrolment_again_changes_nothing() {
        var mrn = "MRN-" + Clinic.unique();
        var id = enrolAtBerlin(mrn);

        var again = client(HP_BERLIN).transaction().withBundle(enrolment(mrn, "care", "sharing-within-ern")).execute();

        assertThat(again.getEntry()).allSatisfy(e -> assertThat(e.getResponse().getStatus()).startsWith("200"));
        assertThat(again.getEntryFirstRep().getResponse().getLocation()).isEqualTo("Patient/" + id);
        var found = client(HP_BERLIN).search().forResource(Patient.class)
                .where(Patient.IDENTIFIER.exactly().code(mrn)).returnBundle(Bundle.class).execute();
        assertThat(found.getEntry()).hasSize(1);
        var consents = client(HP_BERLIN).search().forResource(Consent.class).where(Consent.PATIENT.hasId(id))
                .returnBundle(Bundle.class).execute();
        assertThat(consents.getEntry()).hasSize(2);
    }

    @Test
    void pdqm_finds_the_patients_the_caller_sees_with_identity_by_name_birth_date_gender_and_identifier() {
        var mrn = "MRN-" + Clinic.unique();
        var id = enrolAtBerlin(mrn);

        var found = client(HP_BERLIN).search().forResource(Patient.class)
                .where(Patient.FAMILY.matches().value("fhirm")).and(Patient.GIVEN.matches().value("Gre"))
                .and(Patient.BIRTHDATE.exactly().day("2012-05-04")).and(Patient.GENDER.exactly().code("female"))
                .and(Patient.IDENTIFIER.exactly().systemAndCode("urn:oid:1.2.276.0.76.4.8", mrn))
                .returnBundle(Bundle.class).execute();
        assertThat(found.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart()).containsExactly(id);

        // Paris's own patients of that name (other tests enrol some there) may be found, Berlin's never
        var elsewhere = client(HP_PARIS).search().forResource(Patient.class)
                .where(Patient.FAMILY.matches().value("Fhirmann")).returnBundle(Bundle.class).execute();
        assertThat(elsewhere.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .doesNotContain(id);
    }

    @Test
    void pdqm_family_matches_the_start_of_the_name_whatever_the_case_and_accents_and_an_exact_match_is_refused() {
        var suffix = Clinic.unique().chars().mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 16))))
                .collect(java.util.stream.Collectors.joining());
        var bundle = enrolment("MRN-" + Clinic.unique(), "care");
        ((Patient) bundle.getEntryFirstRep().getResource()).getNameFirstRep().setFamily("Çélik-" + suffix);
        var id = client(HP_BERLIN).transaction().withBundle(bundle).execute().getEntryFirstRep().getResponse()
                .getLocation().replace("Patient/", "");

        for (var family : new String[] {"celik-" + suffix, "ÇÉLIK-" + suffix.toUpperCase(), "Çé"}) {
            var found = client(HP_BERLIN).search().forResource(Patient.class).where(Patient.FAMILY.matches().value(family))
                    .returnBundle(Bundle.class).execute();
            assertThat(found.getEntry()).as(family).extracting(e -> e.getResource().getIdElement().getIdPart())
                    .contains(id);
        }
        assertThat(client(HP_BERLIN).search().forResource(Patient.class).where(Patient.FAMILY.matches().value("elik-"
                + suffix)).returnBundle(Bundle.class).execute().getEntry()).as("the middle of the name").isEmpty();
        assertThat(client(HP_PARIS).search().forResource(Patient.class).where(Patient.FAMILY.matches().value("celik-"
                + suffix)).returnBundle(Bundle.class).execute().getEntry()).as("another centre's HP").isEmpty();
        assertThatThrownBy(() -> client(HP_BERLIN).search().forResource(Patient.class)
                .where(Patient.FAMILY.matchesExactly().value("Çélik-" + suffix)).returnBundle(Bundle.class).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(code(e)).isEqualTo("fhir.unsupported-search");
                });
    }

    @Test
    void the_enrolling_hp_corrects_the_patient_with_a_put_whose_if_match_names_the_version_read() {
        var mrn = "MRN-" + Clinic.unique();
        var id = enrolAtBerlin(mrn);
        var read = Api.send("GET", "/fhir/Patient/" + id, Accounts.token(HP_BERLIN), null, java.util.Map.of());
        var etag = read.header("ETag");
        assertThat(etag).as(read.toString()).matches("W/\"\\d+\"");
        var corrected = patient(mrn);
        corrected.setId("Patient/" + id);
        corrected.getNameFirstRep().setFamily("Korrigiert");
        var body = FHIR.newJsonParser().encodeResourceToString(corrected);
        var headers = java.util.Map.of("Content-Type", "application/fhir+json", "If-Match", etag);

        var updated = Api.send("PUT", "/fhir/Patient/" + id, Accounts.token(HP_BERLIN), body, headers);

        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        var version = Long.parseLong(etag.replaceAll("\\D", ""));
        assertThat(updated.header("ETag")).isEqualTo("W/\"" + (version + 1) + "\"");
        var again = client(HP_BERLIN).read().resource(Patient.class).withId(id).execute();
        assertThat(again.getName()).extracting(name -> name.getFamily()).contains("Korrigiert");
        assertThat(again.getMeta().getVersionId()).isEqualTo(String.valueOf(version + 1));
        var stale = Api.send("PUT", "/fhir/Patient/" + id, Accounts.token(HP_BERLIN), body, headers);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.body()).contains("patient.concurrent-update");
        var malformed = Api.send("PUT", "/fhir/Patient/" + id, Accounts.token(HP_BERLIN), body,
                java.util.Map.of("Content-Type", "application/fhir+json", "If-Match", "W/\"two\""));
        assertThat(malformed.status()).as(malformed.toString()).isEqualTo(422);
        assertThat(malformed.body()).contains("if-match.invalid");
    }

    @Test
    void a_correction_by_someone_who_does_not_see_the_patient_is_the_404_of_an_unknown_one() {
        var id = enrolAtBerlin("MRN-" + Clinic.unique());
        var corrected = patient("MRN-" + Clinic.unique());

        for (var target : new String[] {id, UUID.randomUUID().toString()}) {
            corrected.setId("Patient/" + target);
            assertThatThrownBy(() -> client(HP_PARIS).update().resource(corrected).execute())
                    .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                        assertThat(e.getStatusCode()).isEqualTo(404);
                        assertThat(code(e)).isEqualTo("patient.not-found");
                    });
        }
        assertThat(client(HP_BERLIN).read().resource(Patient.class).withId(id).execute().getName())
                .extracting(name -> name.getFamily()).contains("Fhirmann");
    }

    @Test
    void pdqm_for_a_professional_of_two_centres_finds_their_patients_at_both_without_naming_one() {
        var login = "two.centres." + Clinic.unique();
        var berlin = Accounts.centre(HP_BERLIN);
        var nijmegen = Accounts.centre(Accounts.HP_NIJMEGEN);
        Accounts.registeredAtProvider(login, "ERKNET", berlin, "HEALTH_PROFESSIONAL", Accounts.COORDINATOR_ERKNET);
        Accounts.registeredAtProvider(login, "ITHACA", nijmegen, "HEALTH_PROFESSIONAL", Accounts.COORDINATOR_ITHACA);
        var client = FHIR.newRestfulGenericClient(BASE);
        client.registerInterceptor(new BearerTokenAuthInterceptor(TestIdentityProvider.get().token(login, login)));
        var family = "Zweisitz" + Clinic.unique().replaceAll("[^A-Za-z]", "");
        var enrolled = new java.util.ArrayList<String>();
        for (var centre : new String[] {berlin, nijmegen}) {
            var bundle = enrolment("MRN-" + Clinic.unique(), "care");
            var patient = (Patient) bundle.getEntryFirstRep().getResource();
            patient.getNameFirstRep().setFamily(family);
            patient.setManagingOrganization(new Reference("Organization/" + centre));
            enrolled.add(client.transaction().withBundle(bundle).execute().getEntryFirstRep().getResponse()
                    .getLocation().replace("Patient/", ""));
        }

        var found = client.search().forResource(Patient.class).where(Patient.FAMILY.matches().value(family))
                .returnBundle(Bundle.class).execute();

        assertThat(found.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactlyInAnyOrderElementsOf(enrolled);
        assertThat(client(HP_BERLIN).search().forResource(Patient.class).where(Patient.FAMILY.matches().value(family))
                .returnBundle(Bundle.class).execute().getEntry()).isEmpty();
        assertThatThrownBy(() -> client(Accounts.AUDITOR_ERKNET).search().forResource(Patient.class)
                .where(Patient.FAMILY.matches().value(family)).returnBundle(Bundle.class).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(403);
                    assertThat(code(e)).isEqualTo("access.patient-list-forbidden");
                });
    }

    @Test
    void a_delete_or_patch_is_a_405_operation_outcome_naming_what_is_allowed() {
        var id = enrolAtBerlin("MRN-" + Clinic.unique());

        for (var method : new String[] {"DELETE", "PATCH"}) {
            var reply = Api.send(method, "/fhir/Patient/" + id, Accounts.token(HP_BERLIN),
                    method.equals("PATCH") ? "[]" : null, java.util.Map.of("Content-Type", "application/json-patch+json"));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(405);
            assertThat(reply.header("Allow")).contains("GET", "POST", "PUT").doesNotContain("DELETE");
            var outcome = FHIR.newJsonParser().parseResource(OperationOutcome.class, reply.body());
            assertThat(outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode())
                    .isEqualTo("fhir.unsupported-interaction");
        }
        var unknownParameter = Api.send("GET", "/fhir/Patient?nickname=x", Accounts.token(HP_BERLIN), null,
                java.util.Map.of());
        assertThat(unknownParameter.status()).as(unknownParameter.toString()).isEqualTo(400);
        assertThat(unknownParameter.body()).contains("fhir.unsupported-request");
    }

    @Test
    void a_panel_member_of_another_centre_reads_only_the_pseudonymised_patient() {
        var id = enrolAtBerlin("MRN-" + Clinic.unique());
        var panel = Clinic.open(HP_BERLIN, id, "ERKNET", Clinic.completeForm("FHIR pseudonym probe"));
        panel.change(HP_BERLIN, "POST", "/submission", null);
        panel.change(HP_BERLIN, "POST", "/invitations", J.obj("invitee", Accounts.id(HP_PARIS)));
        panel.change(HP_PARIS, "POST", "/invitation/acceptance", null);

        var seen = client(HP_PARIS).read().resource(Patient.class).withId(id).execute();

        assertThat(errors(seen)).isEmpty();
        assertThat(seen.getName()).singleElement().satisfies(name -> {
            assertThat(name.getUse()).isEqualTo(NameUse.ANONYMOUS);
            assertThat(name.getFamily()).isNull();
        });
        assertThat(seen.hasBirthDate()).isFalse();
        assertThat(seen.getIdentifier()).singleElement()
                .satisfies(i -> assertThat(i.getSystem()).isEqualTo("https://opencpms.org/fhir/sid/pseudonym"));
        assertThat(seen.getGender()).isEqualTo(AdministrativeGender.FEMALE);
        assertThat(seen.getExtensionByUrl("https://opencpms.org/fhir/StructureDefinition/age-in-years")).isNotNull();
        assertThat(seen.getMeta().getSecurity()).extracting(Coding::getCode).contains("PSEUDED");
    }

    @Test
    void a_patient_without_consent_for_care_is_refused_with_the_domains_code_and_nothing_is_stored() {
        var mrn = "MRN-" + Clinic.unique();

        assertThatThrownBy(() -> client(HP_BERLIN).transaction().withBundle(enrolment(mrn, "research-contact")).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(422);
                    assertThat(code(e)).isEqualTo("enrolment.care-consent-required");
                });
        var found = client(HP_BERLIN).search().forResource(Patient.class)
                .where(Patient.IDENTIFIER.exactly().code(mrn)).returnBundle(Bundle.class).execute();
        assertThat(found.getEntry()).isEmpty();
    }

    @Test
    void an_unknown_patient_and_one_out_of_sight_get_the_same_404() {
        var hidden = enrolAtBerlin("MRN-" + Clinic.unique());

        for (var id : new String[] {hidden, UUID.randomUUID().toString(), "not-a-uuid"}) {
            assertThatThrownBy(() -> client(HP_PARIS).read().resource(Patient.class).withId(id).execute())
                    .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                        assertThat(e.getStatusCode()).isEqualTo(404);
                        assertThat(code(e)).isEqualTo("patient.not-found");
                    });
        }
    }

    @Test
    void a_consultation_request_opens_a_draft_panel_whose_status_follows_the_lifecycle() {
        var patient = enrolAtBerlin("MRN-" + Clinic.unique());
        var request = new ServiceRequest().setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE)
                .setIntent(ServiceRequest.ServiceRequestIntent.ORDER).setSubject(new Reference("Patient/" + patient));
        request.addCategory().addCoding(new Coding("http://snomed.info/sct", "11429006", "Consultation"));
        request.addPerformer().setIdentifier(new org.hl7.fhir.r4.model.Identifier()
                .setSystem("https://opencpms.org/fhir/sid/ern").setValue("ERKNET"));
        request.addReasonCode().setText("Steroid-resistant nephrotic syndrome")
                .addCoding(new Coding("http://hl7.org/fhir/sid/icd-10", "N04.1", null));
        request.addNote().setText("Which treatment fits best?");

        var created = client(HP_BERLIN).create().resource(request).execute();
        var panel = created.getId().getIdPart();
        var draft = client(HP_BERLIN).read().resource(ServiceRequest.class).withId(panel).execute();
        assertThat(draft.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.DRAFT);
        assertThat(errors(draft)).isEmpty();
        assertThat(draft.getReasonCodeFirstRep().getCodingFirstRep().getCode()).isEqualTo("N04.1");

        new Clinic.PanelRef(panel, HP_BERLIN, "\"" + draft.getMeta().getVersionId() + "\"")
                .change(HP_BERLIN, "POST", "/submission", null);
        assertThat(client(HP_BERLIN).read().resource(ServiceRequest.class).withId(panel).execute().getStatus())
                .isEqualTo(ServiceRequest.ServiceRequestStatus.ACTIVE);
        assertThatThrownBy(() -> client(HP_PARIS).read().resource(ServiceRequest.class).withId(panel).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    assertThat(code(e)).isEqualTo("panel.not-found");
                });
    }

    @Test
    void a_condition_and_a_phenotype_observation_become_coded_entries_of_the_consultation_form() {
        var patient = enrolAtBerlin("MRN-" + Clinic.unique());
        var panel = Clinic.open(HP_BERLIN, patient, "ERKNET", Clinic.completeForm("FHIR clinical data")).id();
        var consultation = new Reference("ServiceRequest/" + panel);
        var condition = new org.hl7.fhir.r4.model.Condition().setSubject(new Reference("Patient/" + patient));
        condition.getCode().addCoding(new Coding("http://www.orpha.net", "ORPHA:558", "Marfan syndrome"));
        condition.addExtension("https://opencpms.org/fhir/StructureDefinition/consultation", consultation);
        var observation = new org.hl7.fhir.r4.model.Observation()
                .setStatus(org.hl7.fhir.r4.model.Observation.ObservationStatus.FINAL)
                .setSubject(new Reference("Patient/" + patient)).addBasedOn(consultation);
        observation.getCode().addCoding(new Coding("http://human-phenotype-ontology.org", "HP:0001250", "Seizure"));

        assertThat(client(HP_BERLIN).create().resource(condition).execute().getCreated()).isTrue();
        assertThat(client(HP_BERLIN).create().resource(observation).execute().getCreated()).isTrue();

        var seen = Api.get("/api/panels/" + panel, Accounts.token(HP_BERLIN));
        assertThat(seen.body()).contains("ORPHA:558", "HP:0001250");
        var elsewhere = condition.copy().setSubject(new Reference("Patient/" + enrolAtBerlin("MRN-" + Clinic.unique())));
        assertThatThrownBy(() -> client(HP_BERLIN).create().resource(elsewhere).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(422);
                    assertThat(code(e)).isEqualTo("subject.invalid");
                });
        var bad = new org.hl7.fhir.r4.model.Condition().setSubject(new Reference("Patient/" + patient));
        bad.getCode().addCoding(new Coding("http://hl7.org/fhir/sid/icd-10", "not-a-code", null));
        bad.addExtension("https://opencpms.org/fhir/StructureDefinition/consultation", consultation);
        assertThatThrownBy(() -> client(HP_BERLIN).create().resource(bad).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(422);
                    assertThat(code(e)).isEqualTo("coded-entry.invalid");
                });
    }

    @Test
    void a_loinc_result_a_diagnostic_report_and_a_family_history_feed_the_consultations_clinical_sections() {
        var patient = enrolAtBerlin("MRN-" + Clinic.unique());
        var panel = Clinic.open(HP_BERLIN, patient, "ERKNET", Clinic.completeForm("FHIR laboratory")).id();
        var berlin = client(HP_BERLIN);

        assertThat(berlin.create().resource(labResult(patient, panel, "2160-0")).execute().getCreated()).isTrue();
        var report = new org.hl7.fhir.r4.model.DiagnosticReport()
                .setStatus(org.hl7.fhir.r4.model.DiagnosticReport.DiagnosticReportStatus.FINAL)
                .setSubject(new Reference("Patient/" + patient)).addBasedOn(new Reference("ServiceRequest/" + panel))
                .setConclusion("Pathogenic COL4A5 variant");
        report.addCategory().addCoding(new Coding("http://terminology.hl7.org/CodeSystem/v2-0074", "GE", null));
        report.getCode().addCoding(new Coding("http://loinc.org", "51969-4", "Genetic analysis report"));
        var variant = labResult(patient, panel, "69548-6");
        variant.setId("variant");
        variant.setValue(new org.hl7.fhir.r4.model.StringType("COL4A5 c.1871G>A"));
        report.addContained(variant);
        report.addResult(new Reference("#variant"));
        assertThat(berlin.create().resource(report).execute().getCreated()).isTrue();
        var mother = new org.hl7.fhir.r4.model.FamilyMemberHistory()
                .setStatus(org.hl7.fhir.r4.model.FamilyMemberHistory.FamilyHistoryStatus.COMPLETED)
                .setPatient(new Reference("Patient/" + patient));
        mother.getRelationship().addCoding(new Coding("http://terminology.hl7.org/CodeSystem/v3-RoleCode", "MTH", "mother"));
        mother.addCondition().getCode().addCoding(new Coding("http://www.orpha.net", "ORPHA:63", "Alport syndrome"));
        mother.addExtension(CONSULTATION, new Reference("ServiceRequest/" + panel));
        assertThat(berlin.create().resource(mother).execute().getCreated()).isTrue();

        var seen = Api.get("/api/panels/" + panel, Accounts.token(HP_BERLIN)).body();
        assertThat(seen).contains("Creatinine (LOINC 2160-0): 1.8 mg/dL", "Report: Genetic analysis report (LOINC 51969-4)",
                "COL4A5 c.1871G>A", "Conclusion: Pathogenic COL4A5 variant",
                "Family history: mother: Alport syndrome (ORPHAcode ORPHA:63)");
    }

    @Test
    void a_loinc_code_with_a_wrong_check_digit_is_refused_naming_the_element_and_nothing_is_added() {
        var patient = enrolAtBerlin("MRN-" + Clinic.unique());
        var panel = Clinic.open(HP_BERLIN, patient, "ERKNET", Clinic.completeForm("FHIR bad LOINC")).id();

        assertThatThrownBy(() -> client(HP_BERLIN).create().resource(labResult(patient, panel, "2160-1")).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(422);
                    assertThat(code(e)).isEqualTo("coded-entry.invalid");
                    var issue = ((OperationOutcome) e.getOperationOutcome()).getIssueFirstRep();
                    assertThat(issue.getExpression()).extracting(Object::toString)
                            .containsExactly("Observation.code.coding[0].code");
                    assertThat(issue.getDiagnostics()).contains("2160-1", "mod-10 check digit");
                });
        assertThat(Api.get("/api/panels/" + panel, Accounts.token(HP_BERLIN)).body()).doesNotContain("2160-1");
    }

    static final String CONSULTATION = "https://opencpms.org/fhir/StructureDefinition/consultation";

    static org.hl7.fhir.r4.model.Observation labResult(String patient, String panel, String loinc) {
        var result = new org.hl7.fhir.r4.model.Observation()
                .setStatus(org.hl7.fhir.r4.model.Observation.ObservationStatus.FINAL)
                .setSubject(new Reference("Patient/" + patient)).addBasedOn(new Reference("ServiceRequest/" + panel))
                .setValue(new org.hl7.fhir.r4.model.Quantity().setValue(1.8).setUnit("mg/dL"));
        result.addCategory().addCoding(new Coding("http://terminology.hl7.org/CodeSystem/observation-category",
                "laboratory", null));
        result.getCode().addCoding(new Coding("http://loinc.org", loinc, "Creatinine"));
        return result;
    }

    @Test
    void conditions_and_phenotypes_are_read_back_by_whoever_sees_the_panel_and_only_the_enrolling_centre_sees_the_mrn() {
        var mrn = "MRN-" + Clinic.unique();
        var patient = enrolAtBerlin(mrn);
        var panel = Clinic.open(HP_BERLIN, patient, "ERKNET", Clinic.completeForm("FHIR read back"));
        panel.change(HP_BERLIN, "POST", "/submission", null);
        panel.change(HP_BERLIN, "POST", "/invitations", J.obj("invitee", Accounts.id(HP_PARIS)));
        panel.change(HP_PARIS, "POST", "/invitation/acceptance", null);
        var consultation = new Reference("ServiceRequest/" + panel.id());
        var condition = new org.hl7.fhir.r4.model.Condition().setSubject(new Reference("Patient/" + patient));
        condition.getCode().addCoding(new Coding("http://www.orpha.net", "ORPHA:63", "Alport syndrome"));
        condition.addExtension(CONSULTATION, consultation);
        client(HP_BERLIN).create().resource(condition).execute();
        var phenotype = new org.hl7.fhir.r4.model.Observation()
                .setStatus(org.hl7.fhir.r4.model.Observation.ObservationStatus.FINAL)
                .setSubject(new Reference("Patient/" + patient)).addBasedOn(consultation);
        phenotype.getCode().addCoding(new Coding("http://human-phenotype-ontology.org", "HP:0000365", "Hearing impairment"));
        client(HP_BERLIN).create().resource(phenotype).execute();

        var berlin = searchConditions(HP_BERLIN, patient);
        assertThat(berlin.getEntry()).extracting(e -> ((org.hl7.fhir.r4.model.Condition) e.getResource()).getCode()
                .getCodingFirstRep().getCode()).containsExactly("N04.1", "ORPHA:63");
        assertThat(berlin.getEntry()).allSatisfy(e -> assertThat(((org.hl7.fhir.r4.model.Condition) e.getResource())
                .getSubject().getIdentifier().getValue()).isEqualTo(mrn));

        var paris = searchConditions(HP_PARIS, patient);
        var parisPhenotypes = client(HP_PARIS).search().forResource(org.hl7.fhir.r4.model.Observation.class)
                .where(org.hl7.fhir.r4.model.Observation.BASED_ON.hasId("ServiceRequest/" + panel.id()))
                .returnBundle(Bundle.class).execute();
        assertThat(paris.getEntry()).hasSize(2).allSatisfy(e -> assertThat(((org.hl7.fhir.r4.model.Condition)
                e.getResource()).getSubject().getIdentifier().getSystem()).isEqualTo("https://opencpms.org/fhir/sid/pseudonym"));
        assertThat(parisPhenotypes.getEntry()).extracting(e -> ((org.hl7.fhir.r4.model.Observation) e.getResource())
                .getCode().getCodingFirstRep().getCode()).containsExactly("HP:0000365");
        var answers = String.join("\n", FHIR.newJsonParser().encodeResourceToString(paris),
                FHIR.newJsonParser().encodeResourceToString(parisPhenotypes),
                FHIR.newJsonParser().encodeResourceToString(client(HP_PARIS).read().resource(ServiceRequest.class)
                        .withId(panel.id()).execute()),
                FHIR.newJsonParser().encodeResourceToString(client(HP_PARIS).read().resource(Patient.class)
                        .withId(patient).execute()));
        assertThat(answers).contains(patient).doesNotContain(mrn, "Fhirmann", "Greta", "2012-05-04");

        assertThat(searchConditions(HP_MILANO, patient).getEntry()).isEmpty();
        assertThatThrownBy(() -> client(HP_MILANO).search().forResource(org.hl7.fhir.r4.model.Condition.class)
                .where(new ca.uhn.fhir.rest.gclient.ReferenceClientParam("consultation").hasId("ServiceRequest/" + panel.id()))
                .returnBundle(Bundle.class).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));
    }

    static Bundle searchConditions(String username, String patient) {
        return client(username).search().forResource(org.hl7.fhir.r4.model.Condition.class)
                .where(org.hl7.fhir.r4.model.Condition.PATIENT.hasId(patient)).returnBundle(Bundle.class).execute();
    }

    @Test
    void a_document_bundle_is_found_and_retrieved_by_panel_members_under_the_pseudonym_and_by_nobody_else() {
        var mrn = "MRN-" + Clinic.unique();
        var patient = enrolAtBerlin(mrn);
        var panel = Clinic.open(HP_BERLIN, patient, "ERKNET", Clinic.completeForm("FHIR documents"));
        panel.change(HP_BERLIN, "POST", "/submission", null);
        panel.change(HP_BERLIN, "POST", "/invitations", J.obj("invitee", Accounts.id(HP_PARIS)));
        panel.change(HP_PARIS, "POST", "/invitation/acceptance", null);
        var letter = "Discharge letter " + Clinic.unique();

        assertThatThrownBy(() -> client(HP_PARIS).transaction().withBundle(documentBundle(patient, panel.id(), letter))
                .execute()).isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(403);
                    assertThat(code(e)).isEqualTo("panel.not-lead");
                });
        var provided = client(HP_BERLIN).transaction().withBundle(documentBundle(patient, panel.id(), letter)).execute();
        assertThat(provided.getEntry()).extracting(e -> e.getResponse().getStatus())
                .containsExactly("200 OK", "201 Created", "201 Created");

        var found = client(HP_PARIS).search().forResource(org.hl7.fhir.r4.model.DocumentReference.class)
                .where(org.hl7.fhir.r4.model.DocumentReference.PATIENT.hasId(patient))
                .and(org.hl7.fhir.r4.model.DocumentReference.STATUS.exactly().code("current"))
                .returnBundle(Bundle.class).execute();
        assertThat(found.getEntry()).as("the document and the consultation form").hasSize(2);
        var reference = (org.hl7.fhir.r4.model.DocumentReference) found.getEntryFirstRep().getResource();
        assertThat(reference.getSubject().getIdentifier().getSystem()).isEqualTo("https://opencpms.org/fhir/sid/pseudonym");
        assertThat(reference.getContext().getRelatedFirstRep().getReference()).isEqualTo("ServiceRequest/" + panel.id());
        var url = reference.getContentFirstRep().getAttachment().getUrl();
        assertThat(provided.getEntry().get(2).getResponse().getLocation()).isEqualTo(url);
        var raw = Api.send("GET", "/fhir/" + url, Accounts.token(HP_PARIS), null, java.util.Map.of("Accept", "text/plain"));
        assertThat(raw.status()).isEqualTo(200);
        assertThat(raw.body()).isEqualTo(letter);
        var binary = client(HP_PARIS).read().resource(org.hl7.fhir.r4.model.Binary.class).withId(url.replace("Binary/", ""))
                .execute();
        assertThat(new String(binary.getData(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(letter);
        assertThat(FHIR.newJsonParser().encodeResourceToString(found)).contains(patient)
                .doesNotContain(mrn, "Fhirmann", "Greta", "2012-05-04");

        assertThat(Api.send("GET", "/fhir/" + url, Accounts.token(HP_MILANO), null, java.util.Map.of()).status())
                .isEqualTo(404);
        assertThat(client(HP_MILANO).search().forResource(org.hl7.fhir.r4.model.DocumentReference.class)
                .where(org.hl7.fhir.r4.model.DocumentReference.PATIENT.hasId(patient)).returnBundle(Bundle.class)
                .execute().getEntry()).isEmpty();
    }

    /** An MHD ITI-65 Provide Document Bundle: SubmissionSet, one DocumentReference, its Binary. */
    static Bundle documentBundle(String patient, String panel, String text) {
        var bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        var submission = new org.hl7.fhir.r4.model.ListResource()
                .setStatus(org.hl7.fhir.r4.model.ListResource.ListStatus.CURRENT)
                .setMode(org.hl7.fhir.r4.model.ListResource.ListMode.WORKING)
                .setSubject(new Reference("Patient/" + patient));
        var binaryUrl = "urn:uuid:" + UUID.randomUUID();
        var reference = new org.hl7.fhir.r4.model.DocumentReference()
                .setStatus(org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus.CURRENT)
                .setSubject(new Reference("Patient/" + patient));
        reference.getContext().addRelated(new Reference("ServiceRequest/" + panel));
        reference.addContent().getAttachment().setContentType("text/plain").setTitle("Discharge letter").setUrl(binaryUrl);
        var binary = new org.hl7.fhir.r4.model.Binary().setContentType("text/plain")
                .setData(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(submission).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("List");
        bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(reference).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("DocumentReference");
        bundle.addEntry().setFullUrl(binaryUrl).setResource(binary).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("Binary");
        return bundle;
    }

    @Test
    void an_invalid_resource_is_refused_with_each_issue_and_its_location() {
        var consent = new Consent().setPatient(new Reference("Patient/" + UUID.randomUUID()));

        assertThatThrownBy(() -> client(HP_BERLIN).create().resource(consent).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(422);
                    var issues = ((OperationOutcome) e.getOperationOutcome()).getIssue().stream()
                            .filter(i -> i.getSeverity() == OperationOutcome.IssueSeverity.ERROR).toList();
                    assertThat(issues).extracting(OperationOutcome.OperationOutcomeIssueComponent::getDiagnostics)
                            .anySatisfy(d -> assertThat(d).startsWith("Consent.status"))
                            .anySatisfy(d -> assertThat(d).startsWith("Consent.scope"));
                    assertThat(issues).allSatisfy(i -> assertThat(i.getLocation()).isNotEmpty());
                });
    }

    @Test
    void a_malformed_json_or_xml_body_is_a_400_operation_outcome_and_nothing_is_enrolled() {
        var mrn = "MRN-" + Clinic.unique();
        var bodies = java.util.Map.of(
                "application/fhir+json", "{\"resourceType\": \"Patient\", \"identifier\": [{\"value\": \"" + mrn + "\"",
                "application/fhir+xml", "<Patient xmlns=\"http://hl7.org/fhir\"><identifier><value value=\"" + mrn
                        + "\"/></identifier>");

        bodies.forEach((type, body) -> {
            var reply = Api.send("POST", "/fhir/Patient", Accounts.token(HP_BERLIN), body,
                    java.util.Map.of("Content-Type", type, "Accept", "application/fhir+json"));
            assertThat(reply.status()).as("%s: %s", type, reply).isEqualTo(400);
            assertThat(reply.json().getString("resourceType")).isEqualTo("OperationOutcome");
        });
        assertThat(client(HP_BERLIN).search().forResource(Patient.class)
                .where(Patient.IDENTIFIER.exactly().code(mrn)).returnBundle(Bundle.class).execute().getEntry()).isEmpty();
    }

    @Test
    void a_request_without_a_token_is_a_401_as_on_rest() {
        assertThatThrownBy(() -> client(null).read().resource(Patient.class).withId(UUID.randomUUID().toString()).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(401);
                    assertThat(code(e)).isEqualTo("auth.missing-token");
                });
    }

    @Test
    void the_capability_statement_lists_exactly_what_is_served() {
        var capabilities = client(null).capabilities().ofType(CapabilityStatement.class).execute();

        assertThat(errors(capabilities)).isEmpty();
        var rest = capabilities.getRestFirstRep();
        // OperationDefinition: HAPI's own read of the definitions of the operations served (Composition/$document)
        assertThat(rest.getResource()).extracting(r -> r.getType())
                .containsExactlyInAnyOrder("Patient", "Consent", "ServiceRequest", "Condition", "Observation",
                        "DiagnosticReport", "FamilyMemberHistory", "DocumentReference", "Binary", "ImagingStudy", "AuditEvent",
                        "Composition", "OperationDefinition");
        var composition = rest.getResource().stream().filter(r -> r.getType().equals("Composition")).findFirst()
                .orElseThrow();
        assertThat(composition.getInteraction()).extracting(i -> i.getCode().toCode()).containsExactly("read");
        assertThat(composition.getOperation()).extracting(o -> o.getName()).containsExactly("document");
        var reports = rest.getResource().stream().filter(r -> r.getType().equals("DiagnosticReport")).findFirst()
                .orElseThrow();
        assertThat(reports.getInteraction()).extracting(i -> i.getCode().toCode())
                .containsExactlyInAnyOrder("create", "read");
        assertThat(rest.getInteraction()).extracting(i -> i.getCode().toCode()).containsExactlyInAnyOrder("transaction", "batch");
        var patient = rest.getResource().stream().filter(r -> r.getType().equals("Patient")).findFirst().orElseThrow();
        assertThat(patient.getInteraction()).extracting(i -> i.getCode().toCode())
                .containsExactlyInAnyOrder("create", "read", "update", "search-type");
        assertThat(patient.getSearchParam()).extracting(p -> p.getName())
                .containsExactlyInAnyOrder("family", "given", "birthdate", "gender", "identifier");
        assertThat(patient.getSupportedProfile()).extracting(p -> p.getValue())
                .containsExactly("https://profiles.ihe.net/ITI/PDQm/StructureDefinition/IHE.PDQm.Patient");
        assertThat(capabilities.getInstantiates()).extracting(p -> p.getValue()).containsExactlyInAnyOrder(
                "https://profiles.ihe.net/ITI/PDQm/CapabilityStatement/IHE.PDQm.PatientDemographicsSupplierQuery",
                "https://profiles.ihe.net/ITI/MHD/CapabilityStatement/IHE.MHD.DocumentRecipient",
                "https://profiles.ihe.net/ITI/MHD/CapabilityStatement/IHE.MHD.DocumentResponder",
                "https://profiles.ihe.net/ITI/BALP/CapabilityStatement/IHE.BALP.AuditCreator");
        var documents = rest.getResource().stream().filter(r -> r.getType().equals("DocumentReference")).findFirst()
                .orElseThrow();
        assertThat(documents.getSearchParam()).extracting(p -> p.getName()).containsExactlyInAnyOrder("patient", "status");
        var observations = rest.getResource().stream().filter(r -> r.getType().equals("Observation")).findFirst()
                .orElseThrow();
        assertThat(observations.getInteraction()).extracting(i -> i.getCode().toCode())
                .containsExactlyInAnyOrder("create", "read", "search-type");
        assertThat(observations.getSearchParam()).extracting(p -> p.getName())
                .containsExactlyInAnyOrder("patient", "subject", "based-on", "code", "category");
        var family = rest.getResource().stream().filter(r -> r.getType().equals("FamilyMemberHistory")).findFirst()
                .orElseThrow();
        assertThat(family.getInteraction()).extracting(i -> i.getCode().toCode())
                .containsExactlyInAnyOrder("create", "read", "search-type");
        assertThat(family.getSearchParam()).extracting(p -> p.getName()).containsExactlyInAnyOrder("patient", "consultation");
        assertThat(documents.getSupportedProfile()).extracting(p -> p.getValue()).containsExactly(
                "https://profiles.ihe.net/ITI/MHD/StructureDefinition/IHE.MHD.Minimal.DocumentReference");
        var audit = rest.getResource().stream().filter(r -> r.getType().equals("AuditEvent")).findFirst().orElseThrow();
        assertThat(audit.getSupportedProfile()).extracting(p -> p.getValue())
                .contains("https://profiles.ihe.net/ITI/BALP/StructureDefinition/IHE.BasicAudit.PatientRead");
        assertThat(audit.getInteraction()).extracting(i -> i.getCode().toCode()).containsExactly("search-type");
        assertThat(audit.getSearchParam()).extracting(p -> p.getName())
                .containsExactlyInAnyOrder("patient", "date", "agent", "action");
    }

    @Test
    void only_auditors_search_audit_events_and_anyone_else_gets_a_403_operation_outcome() {
        for (var refused : new String[] {HP_BERLIN, Accounts.COORDINATOR_ERKNET}) {
            assertThatThrownBy(() -> client(refused).search().forResource(AuditEvent.class).returnBundle(Bundle.class)
                    .execute()).isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                        assertThat(e.getStatusCode()).isEqualTo(403);
                        assertThat(code(e)).isEqualTo("access.audit-forbidden");
                    });
        }
        assertThatThrownBy(() -> client(Accounts.AUDITOR_ERKNET).search().forResource(AuditEvent.class)
                .where(AuditEvent.AGENT.hasId("not-a-user")).returnBundle(Bundle.class).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(code(e)).isEqualTo("agent.invalid");
                });
    }

    @Test
    void an_auditor_finds_rest_and_fhir_reads_of_a_patient_as_balp_audit_events_naming_the_patient_by_id_alone() {
        var mrn = "MRN-" + Clinic.unique();
        var patient = enrolAtBerlin(mrn);
        Clinic.open(HP_BERLIN, patient, "ERKNET", Clinic.completeForm("FHIR audit"));
        var before = new java.util.Date(System.currentTimeMillis() - 60_000);
        client(HP_BERLIN).read().resource(Patient.class).withId(patient).execute();
        assertThat(Api.get("/api/patients/" + patient, Accounts.token(HP_BERLIN)).status()).isEqualTo(200);

        var found = client(Accounts.AUDITOR_ERKNET).search().forResource(AuditEvent.class)
                .where(AuditEvent.PATIENT.hasId(patient)).and(AuditEvent.AGENT.hasId(Accounts.id(HP_BERLIN)))
                .and(AuditEvent.ACTION.exactly().code("R")).and(AuditEvent.DATE.afterOrEquals().millis(before))
                .returnBundle(Bundle.class).execute();

        var events = found.getEntry().stream().map(e -> (AuditEvent) e.getResource()).toList();
        assertThat(errors(found)).isEmpty();
        assertThat(events).extracting(e -> e.getMeta().getProfile().get(0).getValue()).containsOnly(
                "https://profiles.ihe.net/ITI/BALP/StructureDefinition/IHE.BasicAudit.PatientRead");
        assertThat(events).isNotEmpty().allSatisfy(event -> {
            assertThat(event.getAction()).isEqualTo(AuditEvent.AuditEventAction.R);
            assertThat(event.getAgentFirstRep().getWho().getIdentifier().getValue()).isEqualTo(Accounts.id(HP_BERLIN));
            assertThat(event.getEntity()).extracting(e -> e.getWhat().getReference()).contains("Patient/" + patient);
        });
        assertThat(events).extracting(e -> e.getSource().getObserver().getDisplay())
                .contains("OpenCPMS fhir", "OpenCPMS rest");
        assertThat(FHIR.newJsonParser().encodeResourceToString(found)).contains(patient)
                .doesNotContain(mrn, "Fhirmann", "Greta", "2012-05-04");
        var creations = client(Accounts.AUDITOR_ERKNET).search().forResource(AuditEvent.class)
                .where(AuditEvent.PATIENT.hasId(patient)).and(AuditEvent.ACTION.exactly().code("C"))
                .returnBundle(Bundle.class).execute();
        assertThat(creations.getEntry()).isNotEmpty().allSatisfy(e -> assertThat(((AuditEvent) e.getResource())
                .getAction()).isEqualTo(AuditEvent.AuditEventAction.C));
    }

    @Test
    void an_imaging_study_the_archive_received_is_attached_to_the_consultation_and_read_back_by_its_uid() {
        var mrn = "MRN-" + Clinic.unique();
        var patient = enrolAtBerlin(mrn);
        long run = System.currentTimeMillis();
        var stored = DicomWeb.stow(Accounts.token(HP_BERLIN), DicomWeb.MULTIPART, DicomWeb.multipart(
                DicomWeb.file(run, 1, 1, mrn), DicomWeb.file(run, 1, 2, mrn)));
        assertThat(stored.statusCode()).as(DicomWeb.text(stored)).isEqualTo(200);
        var url = DicomWebIT.object(DicomWeb.text(stored)).getJsonObject("00081190").getJsonArray("Value").getString(0);
        var uid = url.substring(url.lastIndexOf('/') + 1);
        var panel = Clinic.open(HP_BERLIN, patient, "ERKNET", Clinic.completeForm("FHIR imaging")).id();
        var berlin = client(HP_BERLIN);

        var bad = imagingStudy(patient, panel, "2.25.0" + run);
        assertThatThrownBy(() -> berlin.create().resource(bad).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(422);
                    assertThat(code(e)).isEqualTo("study-uid.invalid");
                });
        var unknown = imagingStudy(patient, panel, "2.25." + run);
        assertThatThrownBy(() -> berlin.create().resource(unknown).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    assertThat(code(e)).isEqualTo("study.not-found");
                });
        var created = berlin.create().resource(imagingStudy(patient, panel, uid)).execute();

        assertThat(created.getCreated()).isTrue();
        assertThat(created.getId().getIdPart()).isEqualTo(uid);
        assertThat(Api.get("/api/panels/" + panel, Accounts.token(HP_BERLIN)).body()).contains(uid, "CT abdomen (FHIR)");
        var found = berlin.search().forResource(org.hl7.fhir.r4.model.ImagingStudy.class)
                .where(org.hl7.fhir.r4.model.ImagingStudy.BASEDON.hasId("ServiceRequest/" + panel))
                .returnBundle(Bundle.class).execute();
        assertThat(found.getEntry()).singleElement().satisfies(e -> {
            var study = (org.hl7.fhir.r4.model.ImagingStudy) e.getResource();
            assertThat(study.getIdentifierFirstRep().getValue()).isEqualTo("urn:oid:" + uid);
            assertThat(study.getNumberOfInstances()).isEqualTo(2);
            assertThat(study.getModalityFirstRep().getCode()).isEqualTo("CT");
        });
        assertThat(FHIR.newJsonParser().encodeResourceToString(found)).doesNotContain(mrn, "Fhirmann", "Greta");
        assertThatThrownBy(() -> client(HP_MILANO).search().forResource(org.hl7.fhir.r4.model.ImagingStudy.class)
                .where(org.hl7.fhir.r4.model.ImagingStudy.BASEDON.hasId("ServiceRequest/" + panel))
                .returnBundle(Bundle.class).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));
    }

    static org.hl7.fhir.r4.model.ImagingStudy imagingStudy(String patient, String panel, String uid) {
        var study = new org.hl7.fhir.r4.model.ImagingStudy()
                .setStatus(org.hl7.fhir.r4.model.ImagingStudy.ImagingStudyStatus.AVAILABLE)
                .setSubject(new Reference("Patient/" + patient)).addBasedOn(new Reference("ServiceRequest/" + panel))
                .setDescription("CT abdomen (FHIR)");
        study.addIdentifier().setSystem("urn:dicom:uid").setValue("urn:oid:" + uid);
        return study;
    }

    /** The OpenCPMS code an OperationOutcome carries. */
    static String code(BaseServerResponseException failure) {
        var outcome = (OperationOutcome) failure.getOperationOutcome();
        assertThat(outcome).as("an OperationOutcome in %s", failure).isNotNull();
        return outcome.getIssueFirstRep().getDetails().getCodingFirstRep().getCode();
    }

}
