package org.opencpms.adapters.pdf.panel;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** How the documents write dates and the names of enum values: in English, in UTC, for people rather than programs. */
final class Labels {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private Labels() {
    }

    /** {@code 14 March 2025, 10:00 UTC}. */
    static String moment(Instant at) {
        return MOMENT.format(at);
    }

    /** The moment, or {@code absent} when there is none. */
    static String moment(Optional<Instant> at, String absent) {
        return at.map(Labels::moment).orElse(absent);
    }

    /** {@code MEDICAL_HISTORY} as {@code Medical history}. */
    static String words(Enum<?> value) {
        var words = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
