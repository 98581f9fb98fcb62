package org.opencpms.application.memory;

import java.util.ArrayList;
import java.util.List;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.audit.AuditTrail;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;

/** An append-only list. Thread-safe. */
public final class InMemoryAuditTrail implements AuditTrail {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized void recordAll(List<AuditEntry> entries) {
        entries.forEach(entry -> Require.present(entry, "audit-entry"));
        this.entries.addAll(entries);
    }

    @Override
    public synchronized List<AuditEntry> concerning(PatientId patient) {
        return entries.stream().filter(e -> patient.equals(e.patient())).toList();
    }

    @Override
    public synchronized List<AuditEntry> page(int offset, int limit) {
        return Paging.page(entries, offset, limit);
    }
}
