package org.opencpms.adapters.rest.problem;

import jakarta.json.bind.JsonbBuilder;

/** A problem as the client receives it (JSON-B, as on the server). */
final class ProblemJson {

    private ProblemJson() {
    }

    static String write(Problem problem) {
        try (var jsonb = JsonbBuilder.create()) {
            return jsonb.toJson(problem);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Problem read(String json) {
        try (var jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(json, Problem.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
