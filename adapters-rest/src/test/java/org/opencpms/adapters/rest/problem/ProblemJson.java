package org.opencpms.adapters.rest.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** A problem as the client receives it (JSON-B, as on the server). */
final class ProblemJson {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private ProblemJson() {
    }

    static String write(Problem problem) {
        return JSONB.toJson(problem);
    }

    static Problem read(String json) {
        return JSONB.fromJson(json, Problem.class);
    }
}
