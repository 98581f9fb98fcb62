package org.opencpms.application.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.kpi.KpiFacts;
import org.opencpms.domain.kpi.KpiReport;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * A coordinator reads the KPIs and activity report of their ERN (or, as a coordinator of any ERN, of
 * all ERNs) over a period, by default the twelve months up to now.
 */
@ApplicationScoped
@Transactional
public class ReadKpis {

    /** How far back the default period reaches. */
    static final int DEFAULT_MONTHS = 12;

    /**
     * @param ern  the ERN, or null for all ERNs
     * @param from start of the period (inclusive), or null for {@value #DEFAULT_MONTHS} months before {@code to}
     * @param to   end of the period (exclusive), or null for now
     */
    public record Query(Actor actor, Ern ern, Instant from, Instant to) {
        public Query {
            Require.present(actor, "actor");
        }

        /** The last {@value #DEFAULT_MONTHS} months of one ERN, or of all when {@code ern} is null. */
        public static Query lastYear(Actor actor, Ern ern) {
            return new Query(actor, ern, null, null);
        }
    }

    private final KpiFacts facts;
    private final AccessPolicy policy;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public ReadKpis(KpiFacts facts, AccessPolicy policy, Auditing auditing, Clock clock) {
        this.facts = facts;
        this.policy = policy;
        this.auditing = auditing;
        this.clock = clock;
    }

    /**
     * @throws org.opencpms.domain.access.AccessForbidden {@code access.kpi-forbidden}
     * @throws org.opencpms.domain.shared.InvalidValue {@code period.invalid} unless the period ends after it starts
     */
    public KpiReport handle(Query query) {
        policy.requireReadKpis(query.actor(), query.ern());
        var to = query.to() != null ? query.to() : clock.instant();
        var from = query.from() != null ? query.from()
                : ZonedDateTime.ofInstant(to, clock.getZone()).minusMonths(DEFAULT_MONTHS).toInstant();
        var report = KpiReport.compute(query.ern(), from, to, facts.panels(query.ern()), facts.users());
        auditing.record(query.actor(), AuditAction.READ, "KpiReport", query.ern() == null ? "all" : query.ern().code(),
                null, "read KPIs " + from + " to " + to);
        return report;
    }
}
