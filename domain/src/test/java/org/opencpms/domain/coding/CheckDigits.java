package org.opencpms.domain.coding;

/**
 * Check digits computed independently of the production code, as test oracles: LOINC's by the
 * literal steps of the LOINC Users' Guide, Verhoeff's from the dihedral group D5 itself rather than
 * from lookup tables.
 */
final class CheckDigits {

    private CheckDigits() {
    }

    /**
     * LOINC Users' Guide: take the digits in odd positions from the right as a number, multiply it by
     * two, prefix the digits in even positions, add up all digits, and subtract from the next
     * multiple of ten.
     */
    static int loincByTheUsersGuide(String digits) {
        var odd = new StringBuilder();
        var even = new StringBuilder();
        for (int i = digits.length() - 1, position = 1; i >= 0; i--, position++) {
            (position % 2 == 1 ? odd : even).insert(0, digits.charAt(i));
        }
        String combined = even + Long.toString(Long.parseLong(odd.toString()) * 2);
        int sum = combined.chars().map(c -> c - '0').sum();
        return (10 - sum % 10) % 10;
    }

    /** The Verhoeff check digit for {@code digits}, found by trying each candidate. */
    static int verhoeffByTheGroup(String digits) {
        for (int candidate = 0; candidate <= 9; candidate++) {
            if (verhoeffChecksum(digits + candidate) == 0) {
                return candidate;
            }
        }
        throw new AssertionError("D5 always yields a check digit");
    }

    static String withVerhoeff(String digits) {
        return digits + verhoeffByTheGroup(digits);
    }

    private static int verhoeffChecksum(String digits) {
        int check = 0;
        for (int position = 0; position < digits.length(); position++) {
            int digit = digits.charAt(digits.length() - 1 - position) - '0';
            check = d5(check, permute(position % 8, digit));
        }
        return check;
    }

    /** D5 product: 0..4 are rotations, 5..9 reflections. */
    private static int d5(int a, int b) {
        if (a < 5) {
            return b < 5 ? (a + b) % 5 : 5 + (a + b - 5) % 5;
        }
        return b < 5 ? 5 + (a - 5 - b + 5) % 5 : (a - b + 5) % 5;
    }

    /** Applies Verhoeff's permutation (0 1 5 8 9 4 2 7)(3 6) {@code times} times. */
    private static int permute(int times, int digit) {
        int[] sigma = {1, 5, 7, 6, 2, 8, 3, 0, 9, 4};
        int result = digit;
        for (int i = 0; i < times; i++) {
            result = sigma[result];
        }
        return result;
    }
}
