package org.opencpms.domain.audit;

import java.util.List;
import java.util.Set;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PatientId;

/**
 * Port: the append-only audit trail. Invariant: what is recorded is never changed or removed;
 * reads return entries in the order they were recorded.
 */
public interface AuditTrail {

    void record(AuditEntry entry);

    /**
     * Appends several entries, in this order, as one append: all of them or none. A page of a list audits
     * every item it shows; appending them together costs one append, not one per item.
     */
    void recordAll(List<AuditEntry> entries);

    /** All entries concerning one patient, oldest first: the basis of a GDPR Art. 15 export. */
    List<AuditEntry> concerning(PatientId patient);

    /** A page of the whole trail, oldest first. */
    default List<AuditEntry> page(int offset, int limit) {
        return page(AuditCriteria.ANY, offset, limit);
    }

    /** A page, oldest first, of the entries of the whole trail that match {@code criteria}. */
    List<AuditEntry> page(AuditCriteria criteria, int offset, int limit);

    /**
     * A page, oldest first, of the entries concerning a patient who has a panel led in one of these ERNs (deleted
     * panels included: what was done to them is audited too); entries that concern no patient are not among them.
     */
    default List<AuditEntry> pageConcerningPatientsIn(Set<Ern> erns, int offset, int limit) {
        return pageConcerningPatientsIn(erns, AuditCriteria.ANY, offset, limit);
    }

    /** {@link #pageConcerningPatientsIn(Set, int, int)} restricted to the entries that match {@code criteria}. */
    List<AuditEntry> pageConcerningPatientsIn(Set<Ern> erns, AuditCriteria criteria, int offset, int limit);
}
