package org.opencpms.domain.shared;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * The text form of a list cursor, opaque to clients: the cursor's values joined by {@code '~'} and
 * encoded as unpadded base64url. A token is accepted only in the exact form this class writes, so
 * that each position has exactly one token; anything else is an {@link InvalidValue}
 * {@code cursor.invalid}.
 */
public final class CursorTokens {

    private static final String SEPARATOR = "~";

    private CursorTokens() {
    }

    /** The token of a cursor with these values, none of which contains {@code '~'}. */
    public static String write(String... values) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, values).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor a token stands for.
     *
     * @param values how many values the cursor has
     * @param read   the cursor from its values; fails with a {@link DateTimeException} or an
     *               {@link InvalidValue} on a value it cannot read
     * @param write  the cursor's token, to check that the token is in its one exact form
     * @throws InvalidValue {@code cursor.invalid}
     */
    public static <C> C read(String token, int values, Function<List<String>, C> read, Function<C, String> write) {
        List<String> parts;
        try {
            String text = new String(Base64.getUrlDecoder().decode(Require.present(token, "cursor")), StandardCharsets.UTF_8);
            parts = List.of(text.split(SEPARATOR, -1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (parts.size() != values) {
            throw invalid();
        }
        C cursor;
        try {
            cursor = read.apply(parts);
        } catch (DateTimeException | InvalidValue e) {
            throw invalid();
        }
        if (!write.apply(cursor).equals(token)) {
            throw invalid();
        }
        return cursor;
    }

    private static InvalidValue invalid() {
        return new InvalidValue("cursor", "not a cursor of this list");
    }
}
