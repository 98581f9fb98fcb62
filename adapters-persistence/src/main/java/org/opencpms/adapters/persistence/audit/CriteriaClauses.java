package org.opencpms.adapters.persistence.audit;

import jakarta.persistence.TypedQuery;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditCriteria;

/**
 * {@link AuditCriteria} as JPQL conditions on {@code AuditEntryEntity e}: the text to add to a query's WHERE clause
 * ({@code ""} when nothing is restricted, else {@code " AND ..."}) and the binding of its named parameters.
 */
final class CriteriaClauses {

    private final StringBuilder conditions = new StringBuilder();
    private final List<Consumer<TypedQuery<?>>> bindings = new ArrayList<>();

    CriteriaClauses(AuditCriteria criteria) {
        if (criteria.patient() != null) {
            add("e.patientId = :cPatient", q -> q.setParameter("cPatient", criteria.patient().value()));
        }
        if (criteria.from() != null) {
            add("e.occurredAt >= :cFrom", q -> q.setParameter("cFrom", criteria.from().atOffset(ZoneOffset.UTC)));
        }
        if (criteria.until() != null) {
            add("e.occurredAt <= :cUntil", q -> q.setParameter("cUntil", criteria.until().atOffset(ZoneOffset.UTC)));
        }
        if (criteria.actor() != null) {
            add("e.actorId = :cActor", q -> q.setParameter("cActor", criteria.actor().value()));
        }
        if (!criteria.actions().isEmpty()) {
            add("e.action IN :cActions", q -> q.setParameter("cActions",
                    criteria.actions().stream().map(AuditAction::name).toList()));
        }
        if (criteria.resourceType() != null) {
            add("e.resourceType = :cType", q -> q.setParameter("cType", criteria.resourceType()));
        }
        if (criteria.resourceId() != null) {
            add("e.resourceId = :cResource", q -> q.setParameter("cResource", criteria.resourceId()));
        }
    }

    private void add(String condition, Consumer<TypedQuery<?>> binding) {
        conditions.append(" AND ").append(condition);
        bindings.add(binding);
    }

    /** The conditions, each preceded by {@code AND}. */
    String and() {
        return conditions.toString();
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        bindings.forEach(binding -> binding.accept(query));
        return query;
    }
}
