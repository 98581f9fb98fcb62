package org.opencpms.adapters.persistence.research;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.research.ResearchCohort;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;

/**
 * The research cohort as one query over the {@code consent} and {@code panel} tables, ordered by patient id: the
 * patients with a consent for registry inclusion or research contact and a panel led in one of the ERNs. It reads
 * ids only; no patient, identity or panel document.
 */
@ApplicationScoped
public class JpaResearchCohort implements ResearchCohort {

    private static final List<ConsentKind> RESEARCH = List.of(ConsentKind.REGISTRY_INCLUSION,
            ConsentKind.RESEARCH_CONTACT);

    private final EntityManager em;

    @Inject
    public JpaResearchCohort(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public List<PatientId> consentingIn(Set<Ern> erns, int offset, int limit) {
        Require.present(erns, "erns");
        Require.page(offset, limit);
        if (erns.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT c.patient FROM ConsentEntity c WHERE c.kind IN :kinds AND c.patient IN"
                        + " (SELECT p.patientId FROM Panel p WHERE p.leadErn IN :erns) ORDER BY c.patient", UUID.class)
                .setParameter("kinds", RESEARCH)
                .setParameter("erns", List.copyOf(erns))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList().stream().map(PatientId::new).toList();
    }
}
