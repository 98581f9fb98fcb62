package org.opencpms.application.research;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.consent.Consents;
import org.opencpms.domain.consent.PatientConsents;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.HealthcareProviders;
import org.opencpms.domain.research.Anonymiser;
import org.opencpms.domain.research.ResearchRecord;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * A researcher exports the anonymised research data set in bulk: one record per patient whose
 * consents allow research use at this moment, with nothing that identifies them. The export is
 * audited once, as a whole (it concerns many patients and names none).
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

    private final Patients patients;
    private final Consents consents;
    private final Panels panels;
    private final HealthcareProviders providers;
    private final AccessPolicy policy;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public ExportResearchDataSet(Patients patients, Consents consents, Panels panels, HealthcareProviders providers,
                                 AccessPolicy policy, Auditing auditing, Clock clock) {
        this.patients = patients;
        this.consents = consents;
        this.panels = panels;
        this.providers = providers;
        this.policy = policy;
        this.auditing = auditing;
        this.clock = clock;
    }

    /** @throws org.opencpms.domain.access.AccessForbidden {@code access.research-forbidden} unless the actor is a researcher */
    public List<ResearchRecord> handle(Query query) {
        policy.requireResearchAccess(query.actor());
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, clock.getZone());
        var countries = new HashMap<ProviderId, Country>();
        var records = new ArrayList<ResearchRecord>();
        for (int from = 0; ; from += CHUNK) {
            var chunk = patients.page(from, CHUNK);
            for (Patient patient : chunk) {
                var inForce = PatientConsents.of(patient.id(), consents.ofPatient(patient.id()), now);
                Anonymiser.anonymise(patient, inForce, panels.ofPatient(patient.id()), countryOf(patient, countries),
                        today).ifPresent(records::add);
            }
            if (chunk.size() < CHUNK) {
                break;
            }
        }
        auditing.record(query.actor(), AuditAction.EXPORT, "ResearchDataSet", today, null,
                records.size() + " anonymised records");
        return List.copyOf(records);
    }

    private Country countryOf(Patient patient, Map<ProviderId, Country> known) {
        return known.computeIfAbsent(patient.centre(), centre -> providers.get(centre).country());
    }
}
