package org.opencpms.adapters.dicom.deidentify;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import org.opencpms.domain.patient.PseudonymId;

/**
 * The per-patient date offset: every date of a patient's instances moves back by the same number of days (1 to
 * {@value #MAX_DAYS}), derived from the keyed HMAC of their pseudonym id, so that intervals between them are kept
 * and the offset is the same on every node and after a restart.
 */
final class DateShift {

    static final int MAX_DAYS = 3650;
    private static final DateTimeFormatter DA = DateTimeFormatter.BASIC_ISO_DATE;

    private final long days;

    DateShift(Hmac hmac, PseudonymId patient) {
        byte[] bits = Arrays.copyOf(hmac.of("date-offset", patient.toString()), 8);
        this.days = 1 + new BigInteger(1, bits).mod(BigInteger.valueOf(MAX_DAYS)).longValue();
    }

    long days() {
        return days;
    }

    /** A DA value ({@code YYYYMMDD}) shifted, or empty if it is not a date. */
    Optional<String> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value.strip(), DA).minusDays(days).format(DA));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A DT value ({@code YYYYMMDD...}): its date part shifted, the time and offset kept; empty if it has no date. */
    Optional<String> dateTime(String value) {
        String v = value.strip();
        if (v.length() < 8) {
            return Optional.empty();
        }
        return date(v.substring(0, 8)).map(d -> d + v.substring(8));
    }
}
