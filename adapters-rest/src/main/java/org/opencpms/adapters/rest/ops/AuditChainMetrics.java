package org.opencpms.adapters.rest.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.opencpms.application.audit.AuditChainStatus;

/**
 * The last verification of the audit chain on this node as Prometheus gauges: {@code opencpms_audit_chain_intact}
 * (1 intact, 0 tampered: alert on 0), the head it reached, and when it finished. Nothing is exposed before the first
 * verification (the scheduled one runs a minute after start), so "absent" and "broken" differ.
 */
@ApplicationScoped
public class AuditChainMetrics {

    private final AuditChainStatus status;

    /** For the container's proxy. */
    protected AuditChainMetrics() {
        this.status = null;
    }

    @Inject
    public AuditChainMetrics(AuditChainStatus status) {
        this.status = status;
    }

    /** The gauges in the Prometheus text format, or nothing before the first verification. */
    public String exposition() {
        return status.last().map(last -> gauge("opencpms_audit_chain_intact",
                        "1 if the last verification of the audit chain found it intact, 0 if it found it tampered with.",
                        last.verification().intact() ? "1" : "0")
                + gauge("opencpms_audit_chain_verified_records", "Records up to the heads (all chains) the last verification reached.",
                        String.valueOf(last.verification().upTo().records()))
                + gauge("opencpms_audit_chain_verified_timestamp_seconds", "When the last verification finished.",
                        String.format(Locale.ROOT, "%.3f", last.finishedAt().toEpochMilli() / 1000.0)))
                .orElse("");
    }

    private static String gauge(String name, String help, String value) {
        return "# HELP " + name + " " + help + "\n# TYPE " + name + " gauge\n" + name + " " + value + "\n";
    }
}
