package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.e2e.Accounts.HP_BERLIN;
import static org.opencpms.e2e.Accounts.HP_MILANO;
import static org.opencpms.e2e.Accounts.HP_PARIS;
import static org.opencpms.e2e.FhirIT.client;
import static org.opencpms.e2e.FhirIT.code;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.gclient.ICriterion;
import ca.uhn.fhir.rest.gclient.ReferenceClientParam;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.FamilyMemberHistory;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * What a hospital system wrote is read back over FHIR by whoever sees the consultation: laboratory results (LOINC) and
 * phenotypes (HPO) as Observations, by patient, subject, consultation, code and category; the family history's
 * relatives as FamilyMemberHistories, and drawn in the pedigree of the printed consultation form; the results of a DiagnosticReport (contained, or entries
 * of the same transaction Bundle) as laboratory results too. The enrolling centre sees its medical record number as the
 * subject, a panel member the pseudonym; a caller who may not see the panel finds nothing, and reads the 404 of an
 * unknown one. Every resource served is valid R4.
 */
class FhirReadBackIT extends OnTheBuiltEar {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final String PSEUDONYM = "https://opencpms.org/fhir/sid/pseudonym";

    private record Consultation(String mrn, String patient, String panel) {
    }

    /** A patient of Berlin's with a submitted panel hp.paris is a member of, fed by Berlin's system. */
    private static Consultation consultation() {
        var mrn = "MRN-" + Clinic.unique();
        var patient = FhirIT.enrolAtBerlin(mrn);
        var panel = Clinic.open(HP_BERLIN, patient, "ERKNET", Clinic.completeForm("FHIR read back"));
        panel.change(HP_BERLIN, "POST", "/submission", null);
        panel.change(HP_BERLIN, "POST", "/invitations", J.obj("invitee", Accounts.id(HP_PARIS)));
        panel.change(HP_PARIS, "POST", "/invitation/acceptance", null);
        var berlin = client(HP_BERLIN);
        berlin.create().resource(FhirIT.labResult(patient, panel.id(), "2160-0")).execute();
        var potassium = FhirIT.labResult(patient, panel.id(), "2823-3");
        potassium.setValue(new org.hl7.fhir.r4.model.StringType("haemolysed sample"));
        berlin.create().resource(potassium).execute();
        berlin.create().resource(FhirClinic.phenotype(patient, panel.id())).execute();
        berlin.create().resource(FhirClinic.relative(patient, panel.id())).execute();
        return new Consultation(mrn, patient, panel.id());
    }

    @Test
    void laboratory_results_and_phenotypes_are_read_back_as_observations_by_patient_code_and_category() {
        var written = consultation();

        var all = observations(HP_BERLIN, Observation.PATIENT.hasId(written.patient()));
        assertThat(all).extracting(o -> o.getCode().getCodingFirstRep().getCode())
                .containsExactlyInAnyOrder("HP:0000365", "2160-0", "2823-3");
        var creatinine = observations(HP_BERLIN, Observation.SUBJECT.hasId("Patient/" + written.patient()),
                Observation.CODE.exactly().systemAndCode("http://loinc.org", "2160-0")).get(0);
        assertThat(creatinine.getValueQuantity().getValue()).isEqualByComparingTo("1.8");
        assertThat(creatinine.getValueQuantity().getUnit()).isEqualTo("mg/dL");
        assertThat(creatinine.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("laboratory");
        assertThat(creatinine.getBasedOnFirstRep().getReference()).isEqualTo("ServiceRequest/" + written.panel());
        assertThat(creatinine.getSubject().getIdentifier().getValue()).isEqualTo(written.mrn());
        assertThat(observations(HP_BERLIN, Observation.PATIENT.hasId(written.patient()),
                Observation.CATEGORY.exactly().code("laboratory")))
                .extracting(o -> o.getCode().getCodingFirstRep().getCode()).containsExactlyInAnyOrder("2160-0", "2823-3");
        assertThat(observations(HP_BERLIN, Observation.PATIENT.hasId(written.patient()),
                Observation.CODE.exactly().code("2823-3")))
                .singleElement().satisfies(o -> assertThat(o.getValueStringType().getValue()).isEqualTo("haemolysed sample"));
        assertThat(all).allSatisfy(o -> assertThat(FhirIT.errors(o)).isEmpty());

        var read = client(HP_BERLIN).read().resource(Observation.class).withId(creatinine.getIdElement().getIdPart())
                .execute();
        assertThat(read.getCode().getCodingFirstRep().getCode()).isEqualTo("2160-0");
    }

    @Test
    void the_results_of_a_diagnostic_report_contained_or_sent_beside_it_in_a_transaction_are_read_back_as_laboratory_results() {
        var patient = FhirIT.enrolAtBerlin("MRN-" + Clinic.unique());
        var panel = Clinic.open(HP_BERLIN, patient, "ERKNET", Clinic.completeForm("FHIR report results")).id();
        var berlin = client(HP_BERLIN);
        berlin.create().resource(FhirClinic.report(patient, panel)).execute();
        var haemoglobin = FhirIT.labResult(patient, panel, "718-7");
        haemoglobin.getCode().getCodingFirstRep().setDisplay("Haemoglobin");
        haemoglobin.setValue(new org.hl7.fhir.r4.model.Quantity().setValue(9.7).setUnit("g/dL"));
        var bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        var result = "urn:uuid:" + java.util.UUID.randomUUID();
        bundle.addEntry().setFullUrl(result).setResource(haemoglobin).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("Observation");
        var report = new DiagnosticReport().setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL)
                .setSubject(new Reference("Patient/" + patient)).addBasedOn(new Reference("ServiceRequest/" + panel))
                .setConclusion("Renal anaemia").addResult(new Reference(result));
        report.getCode().addCoding(new Coding("http://loinc.org", "24362-6", "Renal function panel"));
        bundle.addEntry().setFullUrl("urn:uuid:" + java.util.UUID.randomUUID()).setResource(report).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("DiagnosticReport");

        var response = berlin.transaction().withBundle(bundle).execute();

        assertThat(response.getEntry()).allSatisfy(e -> {
            assertThat(e.getResponse().getStatus()).startsWith("201");
            assertThat(e.getResponse().getLocation()).isEqualTo("ServiceRequest/" + panel);
        });
        var laboratory = observations(HP_BERLIN, Observation.BASED_ON.hasId("ServiceRequest/" + panel),
                Observation.CATEGORY.exactly().code("laboratory"));
        assertThat(laboratory).extracting(o -> o.getCode().getCodingFirstRep().getCode())
                .containsExactly("69548-6", "718-7");
        assertThat(laboratory.get(0).getValueStringType().getValue()).isEqualTo("COL4A5 c.1871G>A");
        assertThat(laboratory.get(1).getValueQuantity().getValue()).isEqualByComparingTo("9.7");
        assertThat(laboratory).allSatisfy(o -> assertThat(FhirIT.errors(o)).isEmpty());
        var form = Api.get("/api/panels/" + panel, Accounts.token(HP_BERLIN)).body();
        assertThat(form).contains("Report: Renal function panel (LOINC 24362-6)", "Conclusion: Renal anaemia")
                .containsOnlyOnce("Haemoglobin (LOINC 718-7): 9.7 g/dL");
    }

    @Test
    void a_family_member_history_is_read_back_as_a_relative_of_the_consultation_and_drawn_in_its_pedigree() {
        var written = consultation();

        var found = client(HP_BERLIN).search().forResource(FamilyMemberHistory.class)
                .where(FamilyMemberHistory.PATIENT.hasId(written.patient())).returnBundle(Bundle.class).execute();

        assertThat(found.getEntry()).singleElement().satisfies(e -> {
            var mother = (FamilyMemberHistory) e.getResource();
            assertThat(mother.getRelationship().getCodingFirstRep().getCode()).isEqualTo("MTH");
            assertThat(mother.getConditionFirstRep().getCode().getCodingFirstRep().getCode()).isEqualTo("ORPHA:63");
            assertThat(mother.getPatient().getIdentifier().getValue()).isEqualTo(written.mrn());
            assertThat(FhirIT.errors(mother)).isEmpty();
        });
        var id = found.getEntryFirstRep().getResource().getIdElement().getIdPart();
        var byConsultation = client(HP_PARIS).search().forResource(FamilyMemberHistory.class)
                .where(new ReferenceClientParam("consultation").hasId("ServiceRequest/" + written.panel()))
                .returnBundle(Bundle.class).execute();
        assertThat(byConsultation.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactly(id);
        assertThat(client(HP_PARIS).read().resource(FamilyMemberHistory.class).withId(id).execute().getPatient()
                .getIdentifier().getSystem()).isEqualTo(PSEUDONYM);
        assertThat(Api.get("/api/panels/" + written.panel(), Accounts.token(HP_BERLIN)).body())
                .contains("Family history: mother: Alport syndrome (ORPHAcode ORPHA:63)");
        var form = Api.download("/fhir/Binary/form-" + written.panel(), Accounts.token(HP_PARIS), "application/pdf");
        assertThat(form.status()).as(form.text()).isEqualTo(200);
        assertThat(Pdfs.text(form.body())).as("the pedigree drawn from the relative")
                .contains("Pedigree", "◆ mother", "Alport syndrome (ORPHAcode ORPHA:63)", "(patient)")
                .doesNotContain(written.mrn(), "Fhirmann", "Greta");
    }

    @Test
    void a_panel_member_reads_under_the_pseudonym_and_a_caller_who_may_not_see_the_panel_finds_nothing() {
        var written = consultation();

        var paris = observations(HP_PARIS, Observation.PATIENT.hasId(written.patient()));
        assertThat(paris).hasSize(3).allSatisfy(o -> assertThat(o.getSubject().getIdentifier().getSystem())
                .isEqualTo(PSEUDONYM));
        assertThat(String.join("\n", paris.stream().map(o -> FHIR.newJsonParser().encodeResourceToString(o)).toList()))
                .contains(written.patient()).doesNotContain(written.mrn(), "Fhirmann", "Greta", "2012-05-04");

        assertThat(observations(HP_MILANO, Observation.PATIENT.hasId(written.patient()))).isEmpty();
        assertThat(client(HP_MILANO).search().forResource(FamilyMemberHistory.class)
                .where(FamilyMemberHistory.PATIENT.hasId(written.patient())).returnBundle(Bundle.class).execute()
                .getEntry()).isEmpty();
        var hidden = paris.get(0).getIdElement().getIdPart();
        for (var id : List.of(hidden, java.util.UUID.randomUUID() + "-l0")) {
            assertThatThrownBy(() -> client(HP_MILANO).read().resource(Observation.class).withId(id).execute())
                    .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                        assertThat(e.getStatusCode()).isEqualTo(404);
                        assertThat(code(e)).isEqualTo("panel.not-found");
                    });
        }
        assertThatThrownBy(() -> client(HP_BERLIN).read().resource(Observation.class).withId(written.panel() + "-l9")
                .execute()).isInstanceOfSatisfying(BaseServerResponseException.class,
                        e -> assertThat(code(e)).isEqualTo("observation.not-found"));
    }

    @Test
    void a_family_member_history_without_a_relationship_is_refused_with_an_operation_outcome_and_nothing_is_added() {
        var written = consultation();
        var nobody = FhirClinic.relative(written.patient(), written.panel());
        nobody.setRelationship(new org.hl7.fhir.r4.model.CodeableConcept().addCoding(new Coding()
                .setSystem("http://terminology.hl7.org/CodeSystem/v3-RoleCode")));

        assertThatThrownBy(() -> client(HP_BERLIN).create().resource(nobody).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(422);
                    assertThat(FHIR.newJsonParser().encodeResourceToString(e.getOperationOutcome()))
                            .contains("FamilyMemberHistory.relationship");
                });
        assertThat(client(HP_BERLIN).search().forResource(FamilyMemberHistory.class)
                .where(new ReferenceClientParam("consultation").hasId("ServiceRequest/" + written.panel()))
                .returnBundle(Bundle.class).execute().getEntry()).hasSize(1);
    }

    /** The Observations {@code user} finds matching every criterion. */
    private static List<Observation> observations(String user, ICriterion<?> first, ICriterion<?>... more) {
        var query = client(user).search().forResource(Observation.class).where(first);
        for (var criterion : more) {
            query = query.and(criterion);
        }
        return query.returnBundle(Bundle.class).execute().getEntry().stream()
                .map(e -> (Observation) e.getResource()).toList();
    }
}
