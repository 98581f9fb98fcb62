package org.opencpms.application.research;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.consent.Consents;
import org.opencpms.domain.consent.PatientConsents;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.HealthcareProviders;
import org.opencpms.domain.research.Anonymiser;
import org.opencpms.domain.research.KAnonymity;
import org.opencpms.domain.research.ResearchCohort;
import org.opencpms.domain.research.ResearchRecord;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * A researcher exports the anonymised research data set of the ERNs of their researcher grants: one record per
 * patient whose consents allow research use at this moment and who has a panel led in one of those ERNs, released
 * {@link KAnonymity k-anonymously} with the deployment's k (records of rarer combinations generalised or suppressed,
 * and counted). Only the consenting patients of those ERNs are read, a page at a time ({@link ResearchCohort}), never
 * every patient. The export is audited once, as a whole (it concerns many patients and names none).
 */
@ApplicationScoped
@Transactional
public class ExportResearchDataSet {

    static final int CHUNK = 500;

    public record Query(Actor actor) {
        public Query {
            Require.present(actor, "actor");
        }
    }

    private final ResearchCohort cohort;
    private final Patients patients;
    private final Consents consents;
    private final Panels panels;
    private final HealthcareProviders providers;
    private final AccessPolicy policy;
    private final KAnonymity kAnonymity;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public ExportResearchDataSet(ResearchCohort cohort, Patients patients, Consents consents, Panels panels,
                                 HealthcareProviders providers, AccessPolicy policy, KAnonymity kAnonymity,
                                 Auditing auditing, Clock clock) {
        this.cohort = cohort;
        this.patients = patients;
        this.consents = consents;
        this.panels = panels;
        this.providers = providers;
        this.policy = policy;
        this.kAnonymity = kAnonymity;
        this.auditing = auditing;
        this.clock = clock;
    }

    /** @throws org.opencpms.domain.access.AccessForbidden {@code access.research-forbidden} unless the actor is a researcher */
    public ResearchDataSet handle(Query query) {
        var erns = policy.researchedErns(query.actor());
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, clock.getZone());
        var countries = new HashMap<ProviderId, Country>();
        var recorded = new ArrayList<ResearchRecord>();
        for (int from = 0; ; from += CHUNK) {
            var page = cohort.consentingIn(erns, from, CHUNK);
            page.forEach(id -> anonymise(id, erns, countries, now, today, recorded));
            if (page.size() < CHUNK) {
                break;
            }
        }
        var release = kAnonymity.release(recorded);
        auditing.record(query.actor(), AuditAction.EXPORT, "ResearchDataSet", today, null,
                release.records().size() + " anonymised records (k = " + kAnonymity.k() + ", " + release.generalised()
                        + " generalised, " + release.suppressed() + " suppressed)");
        return new ResearchDataSet(release.records(), kAnonymity.k(), release.generalised(), release.suppressed());
    }

    private void anonymise(PatientId id, Set<Ern> erns, Map<ProviderId, Country> countries, Instant now,
                           LocalDate today, List<ResearchRecord> into) {
        var patient = patients.get(id);
        var inForce = PatientConsents.of(id, consents.ofPatient(id), now);
        var country = countries.computeIfAbsent(patient.centre(), centre -> providers.get(centre).country());
        Anonymiser.anonymise(patient, inForce, panels.ofPatient(id), erns, country, today).ifPresent(into::add);
    }
}
