package org.opencpms.adapters.persistence.audit;

import java.util.function.Supplier;
import org.opencpms.application.memory.InMemoryAuditTrail;
import org.opencpms.domain.audit.AuditTrail;

class InMemoryAuditTrailTest extends AuditTrailContract {

    private final InMemoryAuditTrail trail = new InMemoryAuditTrail();

    @Override
    protected AuditTrail auditTrail() {
        return trail;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
