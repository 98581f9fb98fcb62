package org.opencpms.domain.imaging;

import java.util.List;
import java.util.Set;
import org.opencpms.domain.shared.Require;

/**
 * Which instances go to {@link Shelf#QUARANTINE} because their pixels may carry burned-in identifying text, which
 * no attribute-level de-identification removes: those that say Burned In Annotation YES, and those of a kind that
 * often has it (ultrasound, secondary capture and screenshots, by modality or SOP class) unless they say NO.
 * A SOP class listed stands for itself and every UID under it ({@code ...1.1.7} for {@code ...1.1.7.4}).
 * Switched off, nothing is quarantined.
 */
public record BurnedInTextRule(boolean enabled, Set<String> riskyModalities, List<String> riskySopClassPrefixes) {

    /** Ultrasound, other (screenshots), external camera; the ultrasound and secondary capture SOP classes. */
    public static final BurnedInTextRule STANDARD = new BurnedInTextRule(true, Set.of("US", "OT", "XC", "SC"),
            List.of("1.2.840.10008.5.1.4.1.1.6", "1.2.840.10008.5.1.4.1.1.3", "1.2.840.10008.5.1.4.1.1.7"));

    public BurnedInTextRule {
        riskyModalities = Set.copyOf(Require.present(riskyModalities, "risky-modalities"));
        riskySopClassPrefixes = List.copyOf(Require.present(riskySopClassPrefixes, "risky-sop-classes"));
    }

    public boolean quarantines(BurnedInText text) {
        if (!enabled) {
            return false;
        }
        return switch (Require.present(text, "burned-in-text").annotation()) {
            case YES -> true;
            case NO -> false;
            case NOT_STATED -> riskyModalities.contains(text.modality())
                    || riskySopClassPrefixes.stream().anyMatch(p -> isOrUnder(text.sopClassUid(), p));
        };
    }

    private static boolean isOrUnder(String uid, String root) {
        return uid.equals(root) || uid.startsWith(root + ".");
    }
}
