package org.opencpms.e2e.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.opencpms.e2e.Api;
import org.opencpms.e2e.J;

/**
 * The test helper itself: a server started as a process with its own directory and port offset answers, dies
 * with its JVM on SIGKILL (nothing answers on its port any more), and comes back on the same data.
 */
class ServerProcessIT {

    @Test
    void a_server_killed_with_sigkill_restarts_on_the_same_data() {
        try (var server = ServerProcess.fresh(ServerSettings.training("process-it", 310))) {
            var api = Api.at(server.httpUrl());
            var token = api.trainingToken("hp.berlin");
            var centre = api.get("/api/me", token).json().getJsonArray("grants").getJsonObject(0).getString("centre");
            var enrolled = api.post("/api/patients", token, J.obj("centre", centre,
                    "identity", J.obj("givenName", "Ida", "familyName", "Process", "dateOfBirth", "2014-02-03",
                            "sex", "FEMALE", "hospitalIdentifier", "PROC-" + System.nanoTime()),
                    "consents", J.arr(J.obj("kind", "CARE", "givenOn", "2024-01-10",
                            "form", J.obj("version", "v1", "language", "de")))));
            assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
            var jvm = server.jvm().orElseThrow();

            server.killJvm();

            assertThat(jvm.isAlive()).isFalse();
            assertThatThrownBy(() -> api.get("/api/health/live", null)).isInstanceOf(UncheckedIOException.class);

            server.start();

            assertThat(server.jvm().orElseThrow().pid()).isNotEqualTo(jvm.pid());
            var again = api.trainingToken("hp.berlin");
            var patient = api.get("/api/patients/" + enrolled.json().getString("id"), again);
            assertThat(patient.status()).as(patient.toString()).isEqualTo(200);
            assertThat(patient.body()).contains("Ida");
        }
    }
}
