package org.opencpms.application.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * A health professional or centre assistant of a centre lists the centre's patients whose identity
 * they see, most recently enrolled first: in strict mode the patients they handle (their own, or
 * those of the HP they assist); in centre mode all the centre's patients. Patients known to the
 * actor only pseudonymously are reached through their panels, never through this list.
 *
 * <p>Paging applies to the patients shown, so the use case reads the centre's patients in chunks
 * and keeps those {@link AccessPolicy#seesIdentity} lets the actor see. Each patient shown is
 * audited as a {@code SEARCH}.
 */
@ApplicationScoped
@Transactional
public class ListCentrePatients {
    static final int CHUNK = 200;

    /**
     * @param offset how many of the patients shown to skip, at least 0
     * @param limit  how many to show at most, 1 to {@value org.opencpms.domain.shared.Require#MAX_PAGE_SIZE}
     */
    public record Query(Actor actor, ProviderId centre, int offset, int limit) {
        public Query {
            Require.present(actor, "actor");
            Require.present(centre, "centre");
            Require.page(offset, limit);
        }
    }

    private final Patients patients;
    private final AccessPolicy policy;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public ListCentrePatients(Patients patients, AccessPolicy policy, Auditing auditing, Clock clock) {
        this.patients = patients;
        this.policy = policy;
        this.auditing = auditing;
        this.clock = clock;
    }

    /** @throws org.opencpms.domain.access.AccessForbidden {@code access.patient-list-forbidden} */
    public List<PatientSummary> handle(Query query) {
        policy.requireListPatientsAt(query.actor(), query.centre());
        var shown = visiblePage(query);
        var today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        shown.forEach(p -> auditing.record(query.actor(), AuditAction.SEARCH, "Patient", p.id(), p.id(),
                "list centre patients"));
        return shown.stream().map(p -> new PatientSummary(p.id(), p.nickname(), p.ageInYearsAt(today), p.sex(),
                Optional.of(Identity.of(p)))).toList();
    }

    private List<Patient> visiblePage(Query query) {
        var shown = new ArrayList<Patient>();
        int skipped = 0;
        for (int from = 0; shown.size() < query.limit(); from += CHUNK) {
            var chunk = patients.listAtCentre(query.centre(), from, CHUNK);
            for (Patient patient : chunk) {
                if (!policy.seesIdentity(query.actor(), patient)) {
                    continue;
                }
                if (skipped < query.offset()) {
                    skipped++;
                } else if (shown.size() < query.limit()) {
                    shown.add(patient);
                }
            }
            if (chunk.size() < CHUNK) {
                break;
            }
        }
        return shown;
    }
}
