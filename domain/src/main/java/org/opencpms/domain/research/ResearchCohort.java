package org.opencpms.domain.research;

import java.util.List;
import java.util.Set;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PatientId;

/**
 * Port: where a research export finds its patients without reading every patient: a narrow query over consents and
 * panels.
 */
public interface ResearchCohort {

    /**
     * A page, in a stable order, of the patients who have a consent for registry inclusion or research contact (a
     * withdrawn one included: whether a consent is in force is the {@link Anonymiser}'s to decide) and a panel led
     * in one of the ERNs.
     *
     * @param offset how many to skip, at least 0
     * @param limit  how many at most, 1 to {@value org.opencpms.domain.shared.Require#MAX_PAGE_SIZE}
     */
    List<PatientId> consentingIn(Set<Ern> erns, int offset, int limit);
}
