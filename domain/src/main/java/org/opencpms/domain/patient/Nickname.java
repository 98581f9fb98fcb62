package org.opencpms.domain.patient;

import java.util.regex.Pattern;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/**
 * The readable half of a patient's pseudonym, e.g. {@code nimble-okapi-0427}: lower-case words and
 * numbers joined by single hyphens, at most {@value #MAX_LENGTH} characters. Everyone but the
 * enrolling health professional and their assistant knows the patient by it alone.
 */
public record Nickname(String value) {

    static final int MAX_LENGTH = 64;
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Nickname {
        value = Require.text(value, "nickname", MAX_LENGTH);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValue("nickname", "lower-case words and numbers joined by single hyphens: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
