package org.opencpms.domain.coding;

import java.util.regex.Pattern;

/** The code format of each coding system; {@link CodingSystem} refers to these checks. */
final class CodeFormats {

    private static final Pattern ICD_10 = Pattern.compile("[A-Z][0-9]{2}(\\.[A-Z0-9]{1,4})?");
    private static final Pattern ORPHACODE = Pattern.compile("(ORPHA:)?[1-9][0-9]*");
    private static final Pattern HPO = Pattern.compile("HP:[0-9]{7}");
    private static final Pattern LOINC = Pattern.compile("[0-9]{1,7}-[0-9]");
    private static final Pattern SCTID = Pattern.compile("[1-9][0-9]{5,17}");
    private static final Pattern MEDDRA = Pattern.compile("[0-9]{8}");
    /** Namespace (7 digits) + partition + check digit that follow the item identifier of a long-format SCTID. */
    private static final int LONG_FORMAT_MINIMUM_LENGTH = 11;

    private CodeFormats() {
    }

    static boolean isIcd10(String code) {
        return ICD_10.matcher(code).matches();
    }

    static boolean isOrphacode(String code) {
        return ORPHACODE.matcher(code).matches();
    }

    static boolean isHpo(String code) {
        return HPO.matcher(code).matches();
    }

    static boolean isLoinc(String code) {
        if (!LOINC.matcher(code).matches()) {
            return false;
        }
        int hyphen = code.indexOf('-');
        return LoincCheckDigit.of(code.substring(0, hyphen)) == code.charAt(hyphen + 1) - '0';
    }

    /** A SNOMED CT concept id: partition 00 (short format) or 10 (long format, with a namespace), Verhoeff-checked. */
    static boolean isSnomedConceptId(String code) {
        if (!SCTID.matcher(code).matches() || !Verhoeff.isValid(code)) {
            return false;
        }
        String partition = code.substring(code.length() - 3, code.length() - 1);
        return partition.equals("00") || partition.equals("10") && code.length() >= LONG_FORMAT_MINIMUM_LENGTH;
    }

    static boolean isMeddra(String code) {
        return MEDDRA.matcher(code).matches();
    }
}
