package org.opencpms.application.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.opencpms.domain.audit.AuditCriteria;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.audit.AuditTrail;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;

/** An append-only list. Thread-safe. Which patients an ERN's are it learns from the panels it is given. */
public final class InMemoryAuditTrail implements AuditTrail {

    private final List<AuditEntry> entries = new ArrayList<>();
    private final Supplier<? extends Collection<Panel>> panels;

    /** A trail that knows no panels (no entry concerns a patient of any ERN). */
    public InMemoryAuditTrail() {
        this(List::of);
    }

    public InMemoryAuditTrail(Supplier<? extends Collection<Panel>> panels) {
        this.panels = panels;
    }

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
    public synchronized List<AuditEntry> page(AuditCriteria criteria, int offset, int limit) {
        return Paging.page(entries.stream().filter(criteria::matches).toList(), offset, limit);
    }

    @Override
    public synchronized List<AuditEntry> pageConcerningPatientsIn(Set<Ern> erns, AuditCriteria criteria, int offset,
                                                                  int limit) {
        Require.page(offset, limit);
        var patients = panels.get().stream().filter(p -> erns.contains(p.leadErn())).map(Panel::patient)
                .collect(Collectors.toSet());
        return Paging.page(entries.stream()
                .filter(e -> patients.contains(e.patient()) && criteria.matches(e)).toList(), offset, limit);
    }
}
