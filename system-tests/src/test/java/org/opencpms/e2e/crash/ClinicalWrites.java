package org.opencpms.e2e.crash;

import jakarta.json.JsonValue;
import java.util.Optional;
import org.opencpms.e2e.Api;
import org.opencpms.e2e.J;

/**
 * The two kinds of writes of the crash test, as a health professional makes them over the API: enrolling a patient
 * ({@code POST /api/patients}, acknowledged with 201 and the patient's id) and commenting in a panel's timeline
 * ({@code POST /api/panels/{id}/timeline}, acknowledged with 200; the key is the comment's text, unique per write).
 */
final class ClinicalWrites {

    private final Api.At api;
    private final String token;
    private final String centre;
    private final String run;

    ClinicalWrites(Api.At api, String token, String run) {
        this.api = api;
        this.token = token;
        this.run = run;
        this.centre = api.get("/api/me", token).json().getJsonArray("grants").stream().map(JsonValue::asJsonObject)
                .filter(grant -> grant.containsKey("centre") && !grant.isNull("centre"))
                .map(grant -> grant.getString("centre")).findFirst().orElseThrow();
    }

    /** Enrols the n-th patient; its id when the server acknowledged it. */
    Optional<String> enrol(int n) {
        var reply = api.post("/api/patients", token, J.obj("centre", centre,
                "identity", J.obj("givenName", "Crash", "familyName", "Test" + n, "dateOfBirth", "2016-04-05",
                        "sex", "MALE", "hospitalIdentifier", "CRASH-" + run + "-" + n),
                "consents", J.arr(consent("CARE"), consent("SHARING_WITHIN_ERN"))));
        return reply.status() == 201 ? Optional.of(reply.json().getString("id")) : Optional.empty();
    }

    /** A panel the writer's account leads, submitted, so that its participants may comment in its timeline. */
    String discussedPanel() {
        var patient = enrol(0).orElseThrow(() -> new IllegalStateException("the first enrolment was refused"));
        var opened = api.post("/api/panels", token, J.obj("patient", patient, "leadErn", "ERKNET",
                "form", J.obj("reasonForRequest", "Crash test", "clinicalQuestion", "Does every comment survive?",
                        "diagnoses", J.arr(J.obj("system", "ICD_10", "code", "N04.1")))));
        if (opened.status() != 201) {
            throw new IllegalStateException("open panel: " + opened);
        }
        var panel = opened.json().getString("id");
        var submitted = api.post("/api/panels/" + panel + "/submission", token, J.obj());
        if (submitted.status() != 200) {
            throw new IllegalStateException("submit panel: " + submitted);
        }
        return panel;
    }

    /** Comments in the panel's timeline for the n-th time; the comment's text when the server acknowledged it. */
    Optional<String> comment(String panel, int n) {
        var text = "crash test " + run + " comment " + n;
        var reply = api.post("/api/panels/" + panel + "/timeline", token, J.obj("text", text));
        return reply.status() == 200 ? Optional.of(text) : Optional.empty();
    }

    private static jakarta.json.JsonObject consent(String kind) {
        return J.obj("kind", kind, "givenOn", "2024-01-10", "form", J.obj("version", "v1", "language", "de"));
    }
}
