package org.opencpms.domain.dataset;

/** The kind of value a custom field holds, and so the form its value must have. */
public enum FieldType {
    /** Any non-blank text. */
    TEXT,
    /** A decimal number such as {@code 42}, {@code -1.5}. */
    NUMBER,
    /** An ISO-8601 calendar date such as {@code 2024-02-29}. */
    DATE,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A code as a token {@code <system uri>|<code>}, e.g. {@code http://www.orpha.net|ORPHA:558}. */
    CODED,
    /** One of the field's options. */
    CHOICE
}
