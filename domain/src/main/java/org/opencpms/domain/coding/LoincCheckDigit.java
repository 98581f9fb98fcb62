package org.opencpms.domain.coding;

/**
 * The LOINC mod-10 check digit (LOINC Users' Guide, appendix "Calculating Mod 10 check digits"):
 * counting from the right, the digits in odd positions are doubled, the digits of the results and
 * of the even positions are summed, and the check digit brings the sum to the next multiple of ten.
 */
final class LoincCheckDigit {

    private LoincCheckDigit() {
    }

    /** The check digit of a string of decimal digits. */
    static int of(String digits) {
        int sum = 0;
        for (int position = 0; position < digits.length(); position++) {
            int digit = digits.charAt(digits.length() - 1 - position) - '0';
            if (position % 2 == 0) {
                int doubled = digit * 2;
                sum += doubled / 10 + doubled % 10;
            } else {
                sum += digit;
            }
        }
        return (10 - sum % 10) % 10;
    }
}
