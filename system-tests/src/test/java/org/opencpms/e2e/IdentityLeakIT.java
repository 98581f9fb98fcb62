package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.e2e.Accounts.ASSISTANT_BERLIN;
import static org.opencpms.e2e.Accounts.COORDINATOR_ERKNET;
import static org.opencpms.e2e.Accounts.DISPATCHER_ERKNET;
import static org.opencpms.e2e.Accounts.GUEST_VIENNA;
import static org.opencpms.e2e.Accounts.HP_BERLIN;
import static org.opencpms.e2e.Accounts.HP_MILANO;
import static org.opencpms.e2e.Accounts.HP_NIJMEGEN;
import static org.opencpms.e2e.Accounts.HP_PARIS;
import static org.opencpms.e2e.Accounts.PANEL_MANAGER_ERKNET;
import static org.opencpms.e2e.Accounts.id;
import static org.opencpms.e2e.Accounts.token;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opencpms.e2e.Clinic.PanelRef;

/**
 * Patients with distinctive identifying data (random per run) are enrolled at Berlin and discussed in panels with
 * experts of other centres, other ERNs and a guest; then every GET endpoint is read as every training account and the
 * newcomer, and no response may carry a planted name, hospital or national identifier or birth date (ISO and the
 * common national formats) — except the patient's own endpoints read by hp.berlin and the assistant acting for them.
 * The printed documents (PDF, read back with pdftotext) never carry them, whoever asks.
 * The server's log files must never carry them either.
 *
 * <p>FHIR alike ({@link FhirClinic}): a third patient is enrolled by hp.berlin's hospital system over FHIR and gets a
 * consultation opened over FHIR, and clinical data of every kind is pushed over FHIR into the panels; every FHIR read
 * and search (Patient read and PDQm search, Consent, Condition, Observation, FamilyMemberHistory, DocumentReference,
 * ServiceRequest, ImagingStudy, DiagnosticReport, Composition and its document, the outcome's Binary, AuditEvent) is
 * one of the GET endpoints above, read by every account. Only the Patient, and the hospital's identifier as the subject
 * of clinical resources, may show the identity, and only to hp.berlin and their assistant.
 */
class IdentityLeakIT extends OnTheBuiltEar {

    private static Planted planted;

    /** What was planted, and where. */
    record Planted(List<Clinic.Enrolled> patients, Set<String> secrets, String closedPanel, String openPanel,
                   String consent, String fhirPanel) {
    }

    @Test
    void no_get_endpoint_shows_a_planted_identity_to_anyone_but_the_patients_handlers() {
        var planted = planted();
        var readers = new ArrayList<>(Accounts.ALL);
        var leaks = new ArrayList<String>();
        var reads = 0;
        for (var reader : readers) {
            for (var path : getEndpoints(planted)) {
                for (var page : pages(path, reader)) {
                    reads++;
                    var found = secretsIn(page.body(), planted.secrets());
                    if (!found.isEmpty() && !mayHandle(reader, path, planted)) {
                        leaks.add(reader + " GET " + path + " -> " + page.status() + " shows " + found);
                    }
                }
            }
        }
        assertThat(reads).isGreaterThan(Accounts.ALL.size() * 100);
        assertThat(leaks).as("identifying data in responses (%d reads)", reads).isEmpty();
    }

    @Test
    void no_printed_document_shows_a_planted_identity_to_anyone() {
        var planted = planted();
        var leaks = new ArrayList<String>();
        var printed = 0;
        for (var reader : Accounts.ALL) {
            for (var path : documentEndpoints(planted)) {
                var reply = Api.download(path, token(reader), "application/pdf");
                var text = reply.status() == 200 ? Pdfs.text(reply.body()) : reply.text();
                printed += reply.status() == 200 ? 1 : 0;
                var found = secretsIn(text, planted.secrets());
                if (!found.isEmpty()) {
                    leaks.add(reader + " GET " + path + " -> " + reply.status() + " shows " + found);
                }
            }
        }
        assertThat(printed).as("documents printed").isGreaterThan(10);
        assertThat(leaks).as("identifying data in printed documents").isEmpty();
    }

    @Test
    void the_patients_handlers_do_see_the_identity_so_the_search_would_find_a_leak() {
        var planted = planted();
        for (var handler : List.of(HP_BERLIN, ASSISTANT_BERLIN)) {
            for (var patient : planted.patients()) {
                var reply = Api.get("/api/patients/" + patient.id(), token(handler));
                assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
                assertThat(reply.body()).contains(patient.familyName(), patient.givenName(),
                        patient.hospitalIdentifier(), patient.dateOfBirth().toString());
            }
        }
        var seenByExpert = Api.get("/api/patients/" + planted.patients().get(0).id(), token(HP_PARIS));
        assertThat(seenByExpert.status()).as("a panel member sees the patient pseudonymously: " + seenByExpert)
                .isEqualTo(200);
        assertThat(seenByExpert.json().containsKey("identity")).isFalse();
    }

    @Test
    void error_answers_never_echo_identifying_data_that_was_sent() {
        var planted = planted();
        var patient = planted.patients().get(0);
        var berlin = Accounts.centre(HP_BERLIN);
        var replies = new ArrayList<Api.Reply>();
        // a duplicate hospital identifier
        replies.add(Api.post("/api/patients", token(HP_BERLIN), J.obj("centre", berlin, "identity",
                identity(patient.givenName(), patient.familyName(), patient.dateOfBirth().toString(),
                        patient.hospitalIdentifier()), "consents", J.arr(Clinic.consent("CARE")))));
        // a malformed birth date next to planted names
        replies.add(Api.send("POST", "/api/patients", token(HP_BERLIN), "{\"centre\":\"" + berlin
                + "\",\"identity\":{\"givenName\":\"" + patient.givenName() + "\",\"familyName\":\""
                + patient.familyName() + "\",\"dateOfBirth\":\"" + patient.familyName() + "\",\"sex\":\"FEMALE\","
                + "\"hospitalIdentifier\":\"" + patient.hospitalIdentifier() + "\"},\"consents\":[]}", Map.of()));
        // an invalid sex and a missing care consent
        replies.add(Api.post("/api/patients", token(HP_BERLIN), J.obj("centre", berlin, "identity",
                J.obj("givenName", patient.givenName(), "familyName", patient.familyName(), "dateOfBirth",
                        patient.dateOfBirth().toString(), "sex", patient.givenName(), "hospitalIdentifier",
                        patient.hospitalIdentifier()), "consents", J.arr())));
        // someone else's correction of the identity
        replies.add(Api.send("PUT", "/api/patients/" + patient.id() + "/identity", token(HP_PARIS),
                identity(patient.givenName(), patient.familyName(), patient.dateOfBirth().toString(),
                        patient.hospitalIdentifier()).toString(), Map.of()));
        // an enrolment at a foreign centre
        replies.add(Api.post("/api/patients", token(HP_PARIS), J.obj("centre", berlin, "identity",
                identity(patient.givenName(), patient.familyName(), patient.dateOfBirth().toString(),
                        "X" + patient.hospitalIdentifier()), "consents", J.arr(Clinic.consent("CARE")))));
        assertThat(replies).allSatisfy(r -> {
            assertThat(r.status()).as(r.toString()).isBetween(400, 499);
            assertThat(secretsIn(r.body(), planted.secrets())).as(r.toString()).isEmpty();
        });
    }

    @Test
    void the_server_logs_never_carry_a_planted_identity() throws IOException {
        var planted = planted();
        // a read of every kind first, so that whatever the server logs about them is written
        for (var path : getEndpoints(planted)) {
            Api.get(path, token(HP_BERLIN));
        }
        for (var path : documentEndpoints(planted)) {
            Api.download(path, token(HP_BERLIN), "application/pdf");
        }
        var logDirectory = Path.of(System.getProperty("jboss.home"), "standalone", "log");
        var serverLog = logDirectory.resolve("server.log");
        var jsonLog = logDirectory.resolve("opencpms.json.log");
        assertThat(serverLog).exists();
        assertThat(jsonLog).as("the structured log").exists();
        var leaks = new ArrayList<String>();
        try (Stream<Path> files = Files.list(logDirectory)) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                var text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                var found = secretsIn(text, planted.secrets());
                if (!found.isEmpty()) {
                    leaks.add(file.getFileName() + " contains " + found);
                }
            }
        }
        assertThat(Files.size(serverLog)).isPositive();
        assertThat(leaks).as("identifying data in the server's logs").isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ the plant

    private static synchronized Planted planted() {
        if (planted == null) {
            planted = plant();
        }
        return planted;
    }

    private static Planted plant() {
        var random = ThreadLocalRandom.current();
        var patients = new ArrayList<Clinic.Enrolled>();
        var secrets = new LinkedHashSet<String>();
        for (var enroller : List.of(HP_BERLIN, ASSISTANT_BERLIN)) {
            var run = Clinic.unique();
            var birth = LocalDate.of(1931 + random.nextInt(60), 1 + random.nextInt(12), 13 + random.nextInt(15));
            var patient = Clinic.enrol(enroller, HP_BERLIN, "Qxgiven" + run, "Qxfamily" + run, birth, "QXH-" + run);
            patients.add(patient);
            secrets.addAll(List.of(patient.givenName(), patient.familyName(), patient.hospitalIdentifier()));
            secrets.addAll(dateForms(birth));
        }
        var fhirRun = Clinic.unique();
        var fhirBirth = LocalDate.of(1931 + random.nextInt(60), 1 + random.nextInt(12), 13 + random.nextInt(15));
        var viaFhir = FhirClinic.enrol("Qxgiven" + fhirRun, "Qxfamily" + fhirRun, fhirBirth, "QXF-" + fhirRun);
        secrets.addAll(List.of(viaFhir.givenName(), viaFhir.familyName(), viaFhir.hospitalIdentifier()));
        secrets.addAll(dateForms(fhirBirth));
        var fhirPanel = FhirClinic.consultation(viaFhir.id());
        FhirClinic.feed(fhirPanel, viaFhir.id());
        var first = patients.get(0);
        // a correction with a national identifier: old and new values are secrets
        var view = Api.get("/api/patients/" + first.id(), token(HP_BERLIN));
        var nationalId = "QXN" + Clinic.unique();
        var corrected = Api.send("PUT", "/api/patients/" + first.id() + "/identity", token(HP_BERLIN),
                J.obj("givenName", first.givenName(), "familyName", first.familyName(), "dateOfBirth",
                        first.dateOfBirth().toString(), "sex", "FEMALE", "hospitalIdentifier",
                        first.hospitalIdentifier(), "nationalIdentifier", J.obj("issuer", "DE", "value", nationalId))
                        .toString(), Map.of("If-Match", view.header("ETag")));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(204);
        secrets.add(nationalId);

        // a closed panel with experts of the same ERN, another ERN and a guest; chat, data request, meeting
        var closed = Clinic.open(HP_BERLIN, first.id(), "ERKNET", Clinic.completeForm("Identity leak probe"));
        closed.change(HP_BERLIN, "POST", "/submission", null);
        FhirClinic.feed(closed.id(), first.id());
        closed.refresh(HP_BERLIN);
        invite(closed, HP_PARIS, HP_NIJMEGEN);
        var grant = Api.post("/api/users/" + id(GUEST_VIENNA) + "/grants", token(COORDINATOR_ERKNET),
                J.obj("role", "GUEST_EXPERT", "panel", closed.id()));
        assertThat(grant.status()).as(grant.toString()).isEqualTo(204);
        invite(closed, GUEST_VIENNA);
        closed.change(DISPATCHER_ERKNET, "POST", "/invitations", J.obj("invitee", id(HP_MILANO)));
        closed.change(HP_BERLIN, "POST", "/assessment", null);
        closed.change(HP_PARIS, "POST", "/timeline", J.obj("text", "Timeline note."));
        var requested = closed.change(HP_NIJMEGEN, "POST", "/data-requests", J.obj("text", "Labs please."), 201);
        var requestId = requested.json().getJsonArray("dataRequests").getJsonObject(0).getString("id");
        closed.change(ASSISTANT_BERLIN, "POST", "/data-requests/" + requestId + "/answer", J.obj("text", "Attached."));
        closed.change(HP_PARIS, "POST", "/contributions", J.obj("text", "Contribution one."));
        closed.change(GUEST_VIENNA, "POST", "/contributions", J.obj("text", "Contribution two."));
        closed.change(HP_NIJMEGEN, "POST", "/contributions/" + id(HP_PARIS) + "/comments", J.obj("text", "Comment."));
        closed.change(PANEL_MANAGER_ERKNET, "POST", "/meetings", J.obj("start",
                Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "durationMinutes", 30, "attendees", J.arr(id(HP_BERLIN), id(HP_PARIS)),
                "videoLink", "https://video.example.org/leak"), 201);
        assertThat(Api.post(closed.path("/chat"), token(HP_PARIS), J.obj("text", "Chat line.")).status()).isEqualTo(201);
        closed.change(HP_BERLIN, "POST", "/sign-off", null);
        closed.change(HP_BERLIN, "PUT", "/outcome", J.obj("conclusion", "Conclusion."));
        closed.change(HP_PARIS, "POST", "/outcome/reviews", J.obj("agreement", "AGREE"));
        closed.change(HP_BERLIN, "POST", "/outcome/finalisation", null);
        closed.change(HP_BERLIN, "POST", "/closure", null);
        closed.change(HP_BERLIN, "POST", "/usefulness", J.obj("rating", 5));

        // an open panel of the second patient, in RND, with an expert of another ERN invited
        var open = Clinic.open(HP_BERLIN, patients.get(1).id(), "RND", Clinic.completeForm("Second probe"));
        open.change(HP_BERLIN, "POST", "/submission", null);
        FhirClinic.feed(open.id(), patients.get(1).id());
        open.refresh(HP_BERLIN);
        invite(open, HP_MILANO);
        open.change(HP_BERLIN, "POST", "/invitations", J.obj("invitee", id(HP_NIJMEGEN)));

        // every notification is delivered before anyone reads
        PanelWorkflowIT.awaitNotification(HP_NIJMEGEN, "INVITATION", open.id());
        PanelWorkflowIT.awaitNotification(GUEST_VIENNA, "OUTCOME_READY", closed.id());

        var consents = Api.get("/api/patients/" + first.id() + "/consents", token(HP_BERLIN));
        assertThat(consents.status()).as(consents.toString()).isEqualTo(200);
        var consent = consents.json().getJsonArray("items").getJsonObject(0).getString("id");
        patients.add(viaFhir);
        return new Planted(List.copyOf(patients), Set.copyOf(secrets), closed.id(), open.id(), consent, fhirPanel);
    }

    private static void invite(PanelRef panel, String... experts) {
        for (var expert : experts) {
            panel.change(HP_BERLIN, "POST", "/invitations", J.obj("invitee", id(expert)));
            panel.change(expert, "POST", "/invitation/acceptance", null);
        }
    }

    private static jakarta.json.JsonObject identity(String given, String family, String birth, String hospitalId) {
        return J.obj("givenName", given, "familyName", family, "dateOfBirth", birth, "sex", "FEMALE",
                "hospitalIdentifier", hospitalId);
    }

    /** The birth date as ISO and in the forms people write it (DE, FR/IT/ES, US, compact). */
    static List<String> dateForms(LocalDate date) {
        return Stream.of("yyyy-MM-dd", "dd.MM.yyyy", "dd/MM/yyyy", "MM/dd/yyyy", "yyyyMMdd", "dd-MM-yyyy", "d.M.yyyy")
                .map(p -> date.format(DateTimeFormatter.ofPattern(p))).distinct().toList();
    }

    // ------------------------------------------------------------------------------------------------ the reads

    /** Every GET endpoint of the API, with the planted patients' and panels' ids where a path needs one. */
    static List<String> getEndpoints(Planted planted) {
        var paths = new ArrayList<String>(List.of("/api/me", "/api/panels?limit=500", "/api/notifications?limit=500",
                "/api/kpis", "/api/kpis?ern=ERKNET", "/api/kpis?ern=RND", "/api/research/data-set",
                "/api/audit-trail?limit=500", "/api/training/accounts", "/api/health/live", "/api/metrics"));
        for (var panel : List.of(planted.closedPanel(), planted.openPanel())) {
            paths.add("/api/panels/" + panel);
            paths.add("/api/panels/" + panel + "/chat");
            paths.add("/api/panels/" + panel + "/studies");
        }
        for (var patient : planted.patients()) {
            paths.add("/api/patients/" + patient.id());
            paths.add("/api/patients/" + patient.id() + "/consents");
            paths.add("/api/patients/" + patient.id() + "/audit-trail");
        }
        paths.add("/api/consents/" + planted.consent());
        for (var ern : List.of("ERKNET", "RND", "ITHACA")) {
            paths.add("/api/providers?ern=" + ern + "&limit=500");
            paths.add("/api/access-requests?ern=" + ern + "&limit=500");
        }
        var centres = new LinkedHashSet<String>();
        for (var account : List.of(HP_BERLIN, HP_PARIS, HP_MILANO, HP_NIJMEGEN, Accounts.HP_MADRID)) {
            centres.add(Accounts.centre(account));
        }
        centres.forEach(c -> paths.add("/api/patients?centre=" + c + "&limit=500"));
        for (var account : Accounts.ALL) {
            paths.add("/api/users/" + id(account));
        }
        paths.addAll(FhirClinic.reads(planted.patients().stream().map(Clinic.Enrolled::id).toList(),
                List.of(planted.closedPanel(), planted.openPanel(), planted.fhirPanel()), planted.closedPanel()));
        return paths;
    }

    /**
     * The printed documents (PDF): outcome and consultation form of the closed panel, the open one's form, and the
     * outcome and the open panel's form as FHIR serves them (ITI-68 Binary).
     */
    static List<String> documentEndpoints(Planted planted) {
        var closed = "/api/panels/" + planted.closedPanel();
        return List.of(closed + "/outcome", closed + "/form", "/api/panels/" + planted.openPanel() + "/form",
                "/fhir/Binary/outcome-" + planted.closedPanel(), "/fhir/Binary/form-" + planted.openPanel());
    }

    /** The answer to {@code path}, and further pages of offset-paged lists while they come (audit trail). */
    private static List<Api.Reply> pages(String path, String reader) {
        var replies = new ArrayList<Api.Reply>();
        var reply = Api.get(path, token(reader));
        replies.add(reply);
        while (reply.status() == 200 && path.startsWith("/api/audit-trail") && reply.json().containsKey("next")
                && !reply.json().isNull("next")) {
            reply = Api.get("/api/audit-trail?limit=500&offset=" + reply.json().getString("next"), token(reader));
            replies.add(reply);
        }
        return replies;
    }

    /** hp.berlin and their assistant may see the identity on the patient's own endpoints and Berlin's list. */
    private static boolean mayHandle(String reader, String path, Planted planted) {
        if (path.startsWith("/fhir/")) {
            return FhirClinic.identityFor(reader, path);
        }
        if (!reader.equals(HP_BERLIN) && !reader.equals(ASSISTANT_BERLIN)) {
            return false;
        }
        if (path.startsWith("/api/patients?centre=" + Accounts.centre(HP_BERLIN))) {
            return true;
        }
        return planted.patients().stream().anyMatch(p -> path.startsWith("/api/patients/" + p.id()));
    }

    static Set<String> secretsIn(String text, Set<String> secrets) {
        var found = new LinkedHashSet<String>();
        if (text == null) {
            return found;
        }
        var lower = text.toLowerCase();
        for (var secret : secrets) {
            if (lower.contains(secret.toLowerCase())) {
                found.add(secret);
            }
        }
        return found;
    }
}
