package org.opencpms.domain.dataset;

import java.util.Map;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/**
 * How one ERN configures its panels: its customised data set and the number of contributions a
 * panel needs before it may close.
 *
 * <p>Invariants: one configuration per ERN; the quorum is at least one.
 */
public record ErnConfiguration(Ern ern, CustomDataSet dataSet, int contributionQuorum) {

    public static final int DEFAULT_QUORUM = 2;

    public ErnConfiguration {
        Require.present(ern, "ern-configuration");
        Require.present(dataSet, "ern-configuration");
        if (contributionQuorum < 1) {
            throw new InvalidValue("contribution-quorum", "the contribution quorum is at least 1, not " + contributionQuorum);
        }
    }

    /** What an ERN that configured nothing gets: no custom fields and a quorum of {@value #DEFAULT_QUORUM}. */
    public static ErnConfiguration defaultFor(Ern ern) {
        return new ErnConfiguration(ern, CustomDataSet.empty(), DEFAULT_QUORUM);
    }

    /** Whether this many contributions are enough to close a panel. */
    public boolean quorumReachedBy(int contributions) {
        return contributions >= contributionQuorum;
    }

    /** Checks custom values against the data set; see {@link CustomDataSet#validate}. */
    public void validate(Map<String, String> values) {
        dataSet.validate(values);
    }
}
