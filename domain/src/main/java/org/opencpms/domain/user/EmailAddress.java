package org.opencpms.domain.user;

import java.util.regex.Pattern;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/**
 * An e-mail address: a local part, {@code @}, and a domain of at least two labels whose last label
 * is alphabetic; at most {@value #MAX_LENGTH} characters, no whitespace.
 */
public record EmailAddress(String value) {

    static final int MAX_LENGTH = 254;
    private static final Pattern FORMAT = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}");

    public EmailAddress {
        value = Require.text(value, "email", MAX_LENGTH);
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValue("email", "not an e-mail address");
        }
    }

    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
