package org.opencpms.adapters.rest.accessrequest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileAccessRequestJsonTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Test
    void a_newcomers_first_request_reads_from_json() {
        var json = """
                {"ern": "ERKNet", "centre": "11111111-1111-4111-8111-111111111111",
                 "roles": ["HEALTH_PROFESSIONAL"], "motivation": "Paediatric nephrologist", "country": "DE"}
                """;
        var request = JSONB.fromJson(json, FileAccessRequest.class);

        assertThat(request).isEqualTo(new FileAccessRequest("ERKNet", "11111111-1111-4111-8111-111111111111",
                List.of("HEALTH_PROFESSIONAL"), null, "Paediatric nephrologist", null, null, "DE"));
    }
}
