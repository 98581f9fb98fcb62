package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.e2e.Accounts.AUDITOR_ERKNET;
import static org.opencpms.e2e.Accounts.COORDINATOR_ERKNET;
import static org.opencpms.e2e.Accounts.COORDINATOR_ITHACA;
import static org.opencpms.e2e.Accounts.HP_BERLIN;
import static org.opencpms.e2e.Accounts.HP_NIJMEGEN;
import static org.opencpms.e2e.FhirIT.code;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A hospital system as a machine client (IHE IUA style): a client-credentials token of the test OpenID Connect
 * provider whose {@code client_id} is registered to Berlin ({@code opencpms.machine-clients}, set for this class with
 * the id of the centre the training data created) and whose {@code acting_for} names a health professional of Berlin.
 * It enrols and reads back over FHIR as that professional, the audit names both, and it can do no more than they can:
 * a professional of another centre, a researcher, someone unknown or nobody named are refused with an OperationOutcome.
 */
class FhirMachineClientIT extends OnTheBuiltEar {

    private static final String CLIENT_ID = "his-e2e-berlin";
    private static String professional;
    private static String professionalId;
    private static String elsewhere;
    private static String researcher;

    @BeforeAll
    static void aHospitalSystemIsRegisteredToBerlin() {
        var run = Clinic.unique();
        professional = "his.hp." + run;
        researcher = "his.researcher." + run;
        elsewhere = "his.hp.nijmegen." + run;
        var berlin = Accounts.centre(HP_BERLIN);
        professionalId = Accounts.registeredAtProvider(professional, "ERKNET", berlin, "HEALTH_PROFESSIONAL",
                COORDINATOR_ERKNET);
        Accounts.registeredAtProvider(researcher, "ERKNET", berlin, "RESEARCHER", COORDINATOR_ERKNET);
        Accounts.registeredAtProvider(elsewhere, "ITHACA", Accounts.centre(HP_NIJMEGEN), "HEALTH_PROFESSIONAL",
                COORDINATOR_ITHACA);
        ServerSetting.setAndRedeploy("opencpms.machine-clients", CLIENT_ID + "|" + berlin);
    }

    @AfterAll
    static void theRegistrationIsRemoved() {
        ServerSetting.clear("opencpms.machine-clients");
    }

    private static IGenericClient machine(String actingFor) {
        var client = FhirIT.client(null);
        client.registerInterceptor(new BearerTokenAuthInterceptor(
                TestIdentityProvider.get().clientToken(CLIENT_ID, actingFor)));
        return client;
    }

    @Test
    void the_client_enrols_and_reads_back_as_its_professional_and_the_audit_names_both() {
        var mrn = "MRN-" + Clinic.unique();
        var before = new java.util.Date(System.currentTimeMillis() - 60_000);
        var client = machine(professional);

        var enrolled = client.transaction().withBundle(FhirIT.enrolment(mrn, "care", "sharing-within-ern")).execute();
        var id = enrolled.getEntryFirstRep().getResponse().getLocation().replace("Patient/", "").replaceAll("/.*", "");
        var read = client.read().resource(Patient.class).withId(id).execute();
        client.create().resource(FhirClinic.request(id, "ERKNET")).execute();

        assertThat(read.getIdentifier()).extracting(i -> i.getValue()).contains(mrn);
        assertThat(read.getName()).extracting(name -> name.getFamily()).contains("Fhirmann");
        var audit = FhirIT.client(AUDITOR_ERKNET).search().forResource(AuditEvent.class)
                .where(AuditEvent.PATIENT.hasId(id)).and(AuditEvent.AGENT.hasId(professionalId))
                .and(AuditEvent.DATE.afterOrEquals().millis(before)).returnBundle(Bundle.class).execute();
        var events = audit.getEntry().stream().map(e -> (AuditEvent) e.getResource()).toList();
        assertThat(events).extracting(e -> e.getAction().toCode()).contains("C", "R");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.getAgentFirstRep().getWho().getIdentifier().getValue()).isEqualTo(professionalId);
            assertThat(event.getAgent()).extracting(a -> a.getWho().getIdentifier())
                    .anySatisfy(who -> {
                        assertThat(who.getSystem()).isEqualTo("https://opencpms.org/fhir/sid/client");
                        assertThat(who.getValue()).isEqualTo(CLIENT_ID);
                    });
        });
    }

    @Test
    void the_client_sees_no_more_than_its_professional_a_patient_of_another_hp_is_404() {
        var other = FhirIT.enrolAtBerlin("MRN-" + Clinic.unique());

        assertThatThrownBy(() -> machine(professional).read().resource(Patient.class).withId(other).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    assertThat(code(e)).isEqualTo("patient.not-found");
                });
    }

    @Test
    void acting_for_a_professional_of_another_centre_a_non_professional_or_someone_unknown_is_a_403() {
        for (var actingFor : new String[] {elsewhere, researcher, "nobody-" + Clinic.unique()}) {
            assertThatThrownBy(() -> machine(actingFor).transaction()
                    .withBundle(FhirIT.enrolment("MRN-" + Clinic.unique(), "care")).execute())
                    .as(actingFor).isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                        assertThat(e.getStatusCode()).isEqualTo(403);
                        assertThat(code(e)).isEqualTo("client.acting-for-forbidden");
                        assertThat(((OperationOutcome) e.getOperationOutcome()).getIssueFirstRep().getDiagnostics())
                                .isNotBlank();
                    });
        }
    }

    @Test
    void a_client_token_naming_nobody_to_act_for_is_a_401_that_says_so() {
        assertThatThrownBy(() -> machine(null).read().resource(Patient.class).withId(professionalId).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(401);
                    assertThat(code(e)).isEqualTo("auth.acting-for-missing");
                });
    }
}
