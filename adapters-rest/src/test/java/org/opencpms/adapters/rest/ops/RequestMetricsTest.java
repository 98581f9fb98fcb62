package org.opencpms.adapters.rest.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestMetricsTest {

    private final RequestMetrics metrics = new RequestMetrics();

    @Test
    void each_route_and_status_gets_a_cumulative_histogram_in_prometheus_format() {
        metrics.record("GET", "/api/panels/{id}", 200, 2_000_000);
        metrics.record("GET", "/api/panels/{id}", 200, 40_000_000);
        metrics.record("GET", "/api/panels/{id}", 404, 1_000_000);

        var text = metrics.exposition();

        var labels = "method=\"GET\",route=\"/api/panels/{id}\",status=\"200\"";
        assertThat(text).contains("# TYPE opencpms_http_requests_seconds histogram")
                .contains("opencpms_http_requests_seconds_bucket{" + labels + ",le=\"0.001\"} 0")
                .contains("opencpms_http_requests_seconds_bucket{" + labels + ",le=\"0.0025\"} 1")
                .contains("opencpms_http_requests_seconds_bucket{" + labels + ",le=\"0.05\"} 2")
                .contains("opencpms_http_requests_seconds_bucket{" + labels + ",le=\"+Inf\"} 2")
                .contains("opencpms_http_requests_seconds_count{" + labels + "} 2")
                .contains("opencpms_http_requests_seconds_sum{" + labels + "} 0.042000")
                .contains("status=\"404\"")
                .contains("opencpms_jvm_heap_used_bytes ");
    }

    @Test
    void quotes_in_a_route_are_escaped() {
        metrics.record("GET", "/api/\"odd\"", 200, 1);

        assertThat(metrics.exposition()).contains("route=\"/api/\\\"odd\\\"\"");
    }
}
