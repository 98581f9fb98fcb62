package org.opencpms.application.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessForbidden;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.consent.Consents;
import org.opencpms.domain.consent.PatientConsents;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.PatientCursor;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

/**
 * Patient demographics query (IHE PDQm): someone who may list a centre's patients finds, among those whose identity
 * they see, the ones matching every criterion given — family and given name starting with the text (case and accents
 * ignored), birth date, sex, hospital identifier — at the centre named, or with none named at every centre of their
 * grants whose patients they may list (refused when there is none). Identifying data are stored encrypted, so the use
 * case reads each centre's patients in chunks and compares in memory; a patient the actor does not see with identity
 * is never a match. At most {@code limit} patients, most recently enrolled first, each as the view its handlers get;
 * each shown is audited as a {@code SEARCH}.
 */
@ApplicationScoped
@Transactional
public class FindPatients {

    static final int CHUNK = 200;

    /** What to look for; a null criterion matches everybody. */
    public record Criteria(String family, String given, LocalDate birthDate, Sex sex, String hospitalIdentifier) {

        boolean matches(IdentifyingData data) {
            return startsWith(data.familyName(), family) && startsWith(data.givenName(), given)
                    && (birthDate == null || birthDate.equals(data.dateOfBirth()))
                    && (sex == null || sex == data.sex())
                    && (hospitalIdentifier == null || hospitalIdentifier.equals(data.hospitalIdentifier().value()));
        }

        private static boolean startsWith(String value, String prefix) {
            return prefix == null || fold(value).startsWith(fold(prefix));
        }

        private static String fold(String text) {
            return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        }
    }

    /** @param centre the centre searched, or null for every centre whose patients the actor may list */
    public record Query(Actor actor, ProviderId centre, Criteria criteria, int limit) {
        public Query {
            Require.present(actor, "actor");
            Require.present(criteria, "criteria");
            Require.page(0, limit);
        }
    }

    private final Patients patients;
    private final Consents consents;
    private final AccessPolicy policy;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public FindPatients(Patients patients, Consents consents, AccessPolicy policy, Auditing auditing, Clock clock) {
        this.patients = patients;
        this.consents = consents;
        this.policy = policy;
        this.auditing = auditing;
        this.clock = clock;
    }

    /**
     * @throws org.opencpms.domain.access.AccessForbidden {@code access.patient-list-forbidden} at the centre named, or
     *         when none is named and the actor may list the patients of no centre
     */
    public List<PatientView> handle(Query query) {
        var centres = searched(query);
        var found = centres.stream().flatMap(centre -> matchesAt(centre, query).stream())
                .sorted(Comparator.comparing(PatientCursor::of, PatientCursor.LIST_ORDER))
                .limit(query.limit()).toList();
        auditing.recordEach(query.actor(), AuditAction.SEARCH, "Patient",
                found.stream().map(p -> new Auditing.Subject(p.id(), p.id())).toList(), "find patients");
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, clock.getZone());
        return found.stream().map(p -> new PatientView(p.id(), p.pseudonym().id(), p.nickname(), p.ageInYearsAt(today),
                p.sex(), p.centre(), PatientConsents.of(p.id(), consents.ofPatient(p.id()), now).inForce(),
                Optional.of(Identity.of(p)), p.version())).toList();
    }

    private Set<ProviderId> searched(Query query) {
        if (query.centre() != null) {
            policy.requireListPatientsAt(query.actor(), query.centre());
            return Set.of(query.centre());
        }
        var centres = query.actor().grants().stream().map(RoleGrant::centre).filter(Objects::nonNull)
                .filter(centre -> policy.mayListPatientsAt(query.actor(), centre)).collect(Collectors.toSet());
        if (centres.isEmpty()) {
            throw AccessForbidden.patientList();
        }
        return centres;
    }

    /** The first {@code limit} patients of the centre, in list order, that match and whose identity the actor sees. */
    private List<Patient> matchesAt(ProviderId centre, Query query) {
        var found = new ArrayList<Patient>();
        Optional<PatientCursor> position = Optional.empty();
        while (found.size() < query.limit()) {
            var chunk = patients.listAtCentre(centre, position, CHUNK);
            chunk.stream().filter(p -> policy.seesIdentity(query.actor(), p))
                    .filter(p -> query.criteria().matches(p.identifyingData()))
                    .limit(query.limit() - found.size()).forEach(found::add);
            if (chunk.size() < CHUNK) {
                break;
            }
            position = Optional.of(PatientCursor.of(chunk.get(CHUNK - 1)));
        }
        return found;
    }
}
