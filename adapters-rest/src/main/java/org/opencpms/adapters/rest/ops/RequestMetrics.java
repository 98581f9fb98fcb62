package org.opencpms.adapters.rest.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Request rates and latencies per endpoint (method + route template, e.g. {@code GET /api/panels/{id}}) and
 * status, exposed in the Prometheus text format as {@code opencpms_http_requests_seconds} histograms, plus the
 * JVM heap. Route templates, never concrete paths: ids (and anything identifying) never become label values.
 */
@ApplicationScoped
public class RequestMetrics {

    private final Map<Key, LatencyHistogram> histograms = new ConcurrentHashMap<>();

    record Key(String method, String route, int status) {
    }

    public void record(String method, String route, int status, long nanos) {
        histograms.computeIfAbsent(new Key(method, route, status), k -> new LatencyHistogram()).record(nanos);
    }

    /** The Prometheus exposition text (format 0.0.4). */
    public String exposition() {
        var out = new StringBuilder(4096);
        out.append("# HELP opencpms_http_requests_seconds Duration of REST requests by endpoint and status.\n");
        out.append("# TYPE opencpms_http_requests_seconds histogram\n");
        var sorted = new TreeMap<String, Map.Entry<Key, LatencyHistogram>>();
        histograms.entrySet().forEach(e -> sorted.put(e.getKey().route() + e.getKey().method() + e.getKey().status(), e));
        for (var entry : sorted.values()) {
            var key = entry.getKey();
            var histogram = entry.getValue();
            var labels = "method=\"" + key.method() + "\",route=\"" + escape(key.route()) + "\",status=\"" + key.status() + "\"";
            for (int i = 0; i < LatencyHistogram.BOUNDS.length; i++) {
                out.append("opencpms_http_requests_seconds_bucket{").append(labels).append(",le=\"")
                        .append(LatencyHistogram.BOUNDS[i]).append("\"} ").append(histogram.cumulative(i)).append('\n');
            }
            out.append("opencpms_http_requests_seconds_bucket{").append(labels).append(",le=\"+Inf\"} ")
                    .append(histogram.count()).append('\n');
            out.append("opencpms_http_requests_seconds_sum{").append(labels).append("} ")
                    .append(String.format(Locale.ROOT, "%.6f", histogram.sumSeconds())).append('\n');
            out.append("opencpms_http_requests_seconds_count{").append(labels).append("} ").append(histogram.count())
                    .append('\n');
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        out.append("# HELP opencpms_jvm_heap_used_bytes Heap in use.\n# TYPE opencpms_jvm_heap_used_bytes gauge\n")
                .append("opencpms_jvm_heap_used_bytes ").append(heap.getUsed()).append('\n');
        out.append("# HELP opencpms_jvm_heap_max_bytes Maximum heap.\n# TYPE opencpms_jvm_heap_max_bytes gauge\n")
                .append("opencpms_jvm_heap_max_bytes ").append(heap.getMax()).append('\n');
        return out.toString();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
