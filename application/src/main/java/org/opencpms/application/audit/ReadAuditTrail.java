package org.opencpms.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditCriteria;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.audit.AuditTrail;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * An auditor reads the audit trail (all of it, or the entries matching {@link AuditCriteria}: patient, period, actor,
 * actions), a page at a time, oldest first; the reading is itself audited. A network-wide
 * auditor reads all of it; an auditor of ERNs reads the entries concerning the patients with a panel led in those
 * ERNs (see {@link AccessPolicy#auditedErns}).
 */
@ApplicationScoped
@Transactional
public class ReadAuditTrail {

    /**
     * @param criteria which entries ({@link AuditCriteria#ANY}: all the auditor reads)
     * @param offset   how many of them to skip, at least 0
     * @param limit    how many to read at most, 1 to {@value org.opencpms.domain.shared.Require#MAX_PAGE_SIZE}
     */
    public record Query(Actor actor, AuditCriteria criteria, int offset, int limit) {
        public Query {
            Require.present(actor, "actor");
            Require.present(criteria, "audit-criteria");
            Require.page(offset, limit);
        }

        /** Every entry the auditor reads. */
        public Query(Actor actor, int offset, int limit) {
            this(actor, AuditCriteria.ANY, offset, limit);
        }
    }

    private final AuditTrail trail;
    private final AccessPolicy policy;
    private final Auditing auditing;

    @Inject
    public ReadAuditTrail(AuditTrail trail, AccessPolicy policy, Auditing auditing) {
        this.trail = trail;
        this.policy = policy;
        this.auditing = auditing;
    }

    /** @throws org.opencpms.domain.access.AccessForbidden {@code access.audit-forbidden} */
    public List<AuditEntry> handle(Query query) {
        var entries = policy.auditedErns(query.actor())
                .map(erns -> trail.pageConcerningPatientsIn(erns, query.criteria(), query.offset(), query.limit()))
                .orElseGet(() -> trail.page(query.criteria(), query.offset(), query.limit()));
        auditing.record(query.actor(), AuditAction.SEARCH, "AuditTrail", query.offset() + "+" + query.limit(), null,
                "audit review");
        return entries;
    }
}
