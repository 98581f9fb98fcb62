package org.opencpms.domain.shared;

import java.text.Normalizer;

/**
 * The one rule every free text OpenCPMS stores passes, whatever edge it came in through: no control character but
 * tab, carriage return and line feed (so no NUL, which PostgreSQL cannot store, and nothing a terminal or a log
 * interprets), no unpaired UTF-16 surrogate (no character at all: stored, it would come back as {@code ?}), and no
 * bidirectional formatting character — the embeddings, overrides and isolates U+202A to U+202E and U+2066 to U+2069,
 * which make text display otherwise than it reads (e.g. "U+202E" reverses what follows), nor the invisible direction
 * marks U+200E, U+200F and U+061C, which make two different texts look the same. Text that passes is returned in
 * Unicode normalisation form C, so that the same words are always stored, compared and searched as the same
 * characters.
 */
public final class DefensibleText {

    private DefensibleText() {
    }

    /**
     * The text in NFC; null stays null (whether a text is required is the caller's rule).
     *
     * @throws InvalidValue {@code <field>.invalid}, naming the first offending character and its position
     */
    public static String of(String value, String field) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw refused(field, "an unpaired surrogate", c, i);
            } else if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n') {
                throw refused(field, "a control character", c, i);
            } else if (isBidiControl(c)) {
                throw refused(field, "a bidirectional formatting character", c, i);
            }
        }
        return Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    private static InvalidValue refused(String field, String what, char c, int index) {
        return new InvalidValue(field, String.format("%s must not contain %s (U+%04X at position %d)", field, what,
                (int) c, index + 1));
    }
}
