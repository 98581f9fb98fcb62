package org.opencpms.domain.dataset;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.opencpms.domain.coding.CodingSystem;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/**
 * One extra field of an ERN's customised data set.
 *
 * <p>Invariants: the key is lower-case letters and digits, words joined by {@code -} or {@code _},
 * at most {@value #MAX_KEY_LENGTH} characters; the label and each option are non-blank and at most
 * {@value #MAX_LABEL_LENGTH} characters; a {@link FieldType#CHOICE} field has at least one option,
 * its options are distinct, and no other type has options.
 */
public record FieldDefinition(String key, String label, FieldType type, List<String> options, boolean mandatory) {

    public static final int MAX_KEY_LENGTH = 64;
    public static final int MAX_LABEL_LENGTH = 200;
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*([-_][a-z0-9]+)*");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    public FieldDefinition {
        key = Require.text(key, "field-definition", MAX_KEY_LENGTH);
        if (!KEY.matcher(key).matches()) {
            throw new InvalidValue("field-definition", "a field key is lower-case words joined by - or _: " + key);
        }
        label = Require.text(label, "field-definition", MAX_LABEL_LENGTH);
        Require.present(type, "field-definition");
        options = options == null ? List.of()
                : options.stream().map(option -> Require.text(option, "field-definition", MAX_LABEL_LENGTH)).toList();
        if ((type == FieldType.CHOICE) == options.isEmpty()) {
            throw new InvalidValue("field-definition", "exactly the choice fields have options: " + key);
        }
        if (new HashSet<>(options).size() != options.size()) {
            throw new InvalidValue("field-definition", "options must be distinct: " + key);
        }
    }

    /** Whether {@code value} (present and non-blank) has the form this field's type requires. */
    public boolean accepts(String value) {
        String v = value.strip();
        return switch (type) {
            case TEXT -> !v.isEmpty();
            case NUMBER -> NUMBER.matcher(v).matches();
            case DATE -> isIsoDate(v);
            case BOOLEAN -> v.equals("true") || v.equals("false");
            case CODED -> isCodeToken(v);
            case CHOICE -> options.contains(v);
        };
    }

    private static boolean isIsoDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isCodeToken(String value) {
        String[] systemAndCode = value.split("\\|", 2);
        return systemAndCode.length == 2 && CodingSystem.byUri(systemAndCode[0])
                .filter(system -> system.isValid(systemAndCode[1]))
                .isPresent();
    }
}
