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
import org.opencpms.domain.patient.PatientCursor;
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
 * <p>Paging is by position: a page holds the first {@code limit} patients shown after the position
 * its {@code after} token names, and its {@code next} token names the last of them when more follow,
 * so that patients enrolled meanwhile never shift or repeat a patient already listed. The use case
 * reads the centre's patients in chunks after that position and keeps those
 * {@link AccessPolicy#seesIdentity} lets the actor see. Each patient shown is audited as a
 * {@code SEARCH}.
 */
@ApplicationScoped
@Transactional
public class ListCentrePatients {
    static final int CHUNK = 200;

    /**
     * @param after the {@code next} token of the previous page, or null for the first page
     * @param limit how many to show at most, 1 to {@value org.opencpms.domain.shared.Require#MAX_PAGE_SIZE}
     */
    public record Query(Actor actor, ProviderId centre, String after, int limit) {
        /** @throws org.opencpms.domain.shared.InvalidValue {@code cursor.invalid}, {@code limit.invalid} */
        public Query {
            Require.present(actor, "actor");
            Require.present(centre, "centre");
            Require.page(0, limit);
            if (after != null) {
                PatientCursor.parse(after);
            }
        }

        /** The position the page starts after; none for the first page. */
        public Optional<PatientCursor> position() {
            return Optional.ofNullable(after).map(PatientCursor::parse);
        }
    }

    /** The patients shown on a page, and whether another patient the actor sees follows them. */
    private record Shown(List<Patient> patients, boolean more) {
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
    public PatientPage handle(Query query) {
        policy.requireListPatientsAt(query.actor(), query.centre());
        var shown = visiblePage(query);
        var today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        auditing.recordEach(query.actor(), AuditAction.SEARCH, "Patient",
                shown.patients().stream().map(p -> new Auditing.Subject(p.id(), p.id())).toList(), "list centre patients");
        var items = shown.patients().stream().map(p -> new PatientSummary(p.id(), p.nickname(), p.ageInYearsAt(today),
                p.sex(), Optional.of(Identity.of(p)))).toList();
        var next = shown.more()
                ? Optional.of(PatientCursor.of(shown.patients().get(items.size() - 1)).token())
                : Optional.<String>empty();
        return new PatientPage(items, next);
    }

    private Shown visiblePage(Query query) {
        var shown = new ArrayList<Patient>();
        var position = query.position();
        while (true) {
            var chunk = patients.listAtCentre(query.centre(), position, CHUNK);
            for (Patient patient : chunk) {
                if (policy.seesIdentity(query.actor(), patient)) {
                    if (shown.size() == query.limit()) {
                        return new Shown(shown, true);
                    }
                    shown.add(patient);
                }
            }
            if (chunk.size() < CHUNK) {
                return new Shown(shown, false);
            }
            position = Optional.of(PatientCursor.of(chunk.get(CHUNK - 1)));
        }
    }
}
