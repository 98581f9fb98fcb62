package org.opencpms.domain.user;

/** The language a user reads OpenCPMS's messages in; English unless they choose another. */
public enum Language {
    EN, DE, FR;

    public static final Language DEFAULT = EN;

    /** The ISO 639-1 code, such as {@code de}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
