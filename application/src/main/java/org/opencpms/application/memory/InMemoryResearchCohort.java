package org.opencpms.application.memory;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.opencpms.domain.consent.Consent;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.research.ResearchCohort;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;

/** The research cohort over the consents and panels it is given, ordered by patient id. */
public final class InMemoryResearchCohort implements ResearchCohort {

    private static final Set<ConsentKind> RESEARCH = Set.of(ConsentKind.REGISTRY_INCLUSION, ConsentKind.RESEARCH_CONTACT);

    private final Supplier<? extends Collection<Consent>> consents;
    private final Supplier<? extends Collection<Panel>> panels;

    public InMemoryResearchCohort(Supplier<? extends Collection<Consent>> consents,
                                  Supplier<? extends Collection<Panel>> panels) {
        this.consents = consents;
        this.panels = panels;
    }

    @Override
    public List<PatientId> consentingIn(Set<Ern> erns, int offset, int limit) {
        Require.page(offset, limit);
        var inErns = panels.get().stream().filter(p -> erns.contains(p.leadErn())).map(Panel::patient)
                .collect(Collectors.toSet());
        var cohort = consents.get().stream().filter(c -> RESEARCH.contains(c.kind())).map(Consent::patient)
                .filter(inErns::contains).distinct().sorted((a, b) -> a.value().compareTo(b.value())).toList();
        return Paging.page(cohort, offset, limit);
    }
}
