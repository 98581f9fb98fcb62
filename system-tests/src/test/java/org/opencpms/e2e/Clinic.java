package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the end-to-end tests do over HTTP again and again: enrol a patient with identifying data unique to the run,
 * open a panel for them, and drive the panel with If-Match taken from the last ETag seen.
 */
public final class Clinic {

    private Clinic() {
    }

    /** A short random token, to make names and identifiers unique to a run (the e2e database may survive runs). */
    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A patient enrolled by the tests, with the identifying data that was sent. */
    public record Enrolled(String id, String nickname, String givenName, String familyName, LocalDate dateOfBirth,
                           String hospitalIdentifier) {
    }

    public static JsonObject consent(String kind) {
        return J.obj("kind", kind, "givenOn", "2024-01-10", "form", J.obj("version", "v1", "language", "de"));
    }

    /** A patient with care, sharing and registry consents, enrolled by {@code enroller} for {@code hp}. */
    public static Enrolled enrol(String enroller, String hp, String givenName, String familyName, LocalDate dateOfBirth,
                                 String hospitalIdentifier) {
        var body = J.obj("centre", Accounts.centre(hp),
                "enrollingHp", enroller.equals(hp) ? null : Accounts.id(hp),
                "identity", J.obj("givenName", givenName, "familyName", familyName, "dateOfBirth",
                        dateOfBirth.toString(), "sex", "FEMALE", "hospitalIdentifier", hospitalIdentifier),
                "consents", J.arr(consent("CARE"), consent("SHARING_WITHIN_ERN"), consent("REGISTRY_INCLUSION")));
        var reply = Api.post("/api/patients", Accounts.token(enroller), body);
        assertThat(reply.status()).as("enrol: %s", reply).isEqualTo(201);
        assertThat(reply.header("Location")).endsWith("/api/patients/" + reply.json().getString("id"));
        return new Enrolled(reply.json().getString("id"), reply.json().getString("nickname"), givenName, familyName,
                dateOfBirth, hospitalIdentifier);
    }

    /** A patient of hp.berlin with a unique name and hospital identifier. */
    public static Enrolled enrolAtBerlin() {
        var run = unique();
        return enrol(Accounts.HP_BERLIN, Accounts.HP_BERLIN, "Given" + run, "Family" + run, LocalDate.of(2012, 5, 17),
                "E2E-" + run);
    }

    /** A complete consultation form (reason and question), with a diagnosis. */
    public static JsonObject completeForm(String reason) {
        return J.obj("reasonForRequest", reason, "clinicalQuestion", "Which treatment fits best?",
                "diagnoses", J.arr(J.obj("system", "ICD_10", "code", "N04.1")),
                "sections", J.arr(J.obj("kind", "MEDICAL_HISTORY", "text", "Proteinuria since the age of three.")));
    }

    /** Opens a draft panel led by {@code lead} in {@code ern}; the answer is checked. */
    public static PanelRef open(String lead, String patient, String ern, JsonObject form) {
        var reply = Api.post("/api/panels", Accounts.token(lead), J.obj("patient", patient, "leadErn", ern, "form", form));
        assertThat(reply.status()).as("open panel: %s", reply).isEqualTo(201);
        assertThat(reply.json().getString("state")).isEqualTo("DRAFT");
        assertThat(reply.header("ETag")).isEqualTo("\"0\"");
        return new PanelRef(reply.json().getString("id"), lead, reply.header("ETag"));
    }

    /** A panel and the last ETag seen of it; changes send it as If-Match. */
    public static final class PanelRef {

        private final String id;
        private final String lead;
        private String etag;

        PanelRef(String id, String lead, String etag) {
            this.id = id;
            this.lead = lead;
            this.etag = etag;
        }

        public String id() {
            return id;
        }

        public String etag() {
            return etag;
        }

        public String path(String suffix) {
            return "/api/panels/" + id + suffix;
        }

        /** A change with If-Match: the last ETag; the new ETag is remembered (read again when the answer has none). */
        public Api.Reply attempt(String user, String method, String suffix, JsonStructure body) {
            var headers = new HashMap<String, String>();
            headers.put("If-Match", etag);
            var reply = Api.send(method, path(suffix), Accounts.token(user), body == null ? null : body.toString(),
                    headers);
            if (reply.status() / 100 == 2) {
                var newTag = reply.header("ETag");
                etag = newTag != null ? newTag : Api.get(path(""), Accounts.token(lead)).header("ETag");
            }
            return reply;
        }

        /** A change that must succeed with {@code status}; returns the answer. */
        public Api.Reply change(String user, String method, String suffix, JsonStructure body, int status) {
            var before = etag;
            var reply = attempt(user, method, suffix, body);
            assertThat(reply.status()).as("%s %s as %s: %s", method, suffix, user, reply).isEqualTo(status);
            if (status == 200 || status == 201 && suffix.startsWith("/")) {
                assertThat(version(reply.header("ETag"))).as("ETag after %s %s", method, suffix)
                        .isGreaterThan(version(before));
            }
            return reply;
        }

        public Api.Reply change(String user, String method, String suffix, JsonStructure body) {
            return change(user, method, suffix, body, 200);
        }

        public Api.Reply view(String user) {
            return Api.get(path(""), Accounts.token(user));
        }

        /** Sets the lead whose view refreshes the ETag (after a handover). */
        public PanelRef ledBy(String newLead) {
            return new PanelRef(id, newLead, etag);
        }

        public void refresh(String user) {
            etag = view(user).header("ETag");
        }

        public Map<String, String> ifMatch() {
            return Map.of("If-Match", etag);
        }
    }

    /** The version in an ETag ({@code "7"} or {@code W/"7"}). */
    public static long version(String etag) {
        assertThat(etag).as("ETag").isNotNull().matches("(W/)?\"\\d+\"");
        return Long.parseLong(etag.replaceAll("[^0-9]", ""));
    }
}
