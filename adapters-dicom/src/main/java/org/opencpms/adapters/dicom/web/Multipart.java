package org.opencpms.adapters.dicom.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/related} body (RFC 2387 over RFC 2046) split into its parts, each with its Content-Type (the
 * body's {@code type} parameter when a part names none). A body without a boundary, or whose closing delimiter is
 * missing (cut short), is refused as a whole, before any part is used.
 */
final class Multipart {

    /** One part: its media type (lower case, without parameters) and its bytes. */
    record Part(String type, byte[] bytes) {
    }

    private static final Pattern PARAMETER = Pattern.compile(";\\s*([A-Za-z-]+)\\s*=\\s*(\"([^\"]*)\"|[^;\\s]+)");
    private static final byte[] CRLF = {'\r', '\n'};

    private Multipart() {
    }

    /** The value of a parameter of a Content-Type, unquoted. */
    static Optional<String> parameter(String contentType, String name) {
        Matcher m = PARAMETER.matcher(contentType);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                return Optional.of(m.group(3) != null ? m.group(3) : m.group(2));
            }
        }
        return Optional.empty();
    }

    /** The media type of a Content-Type, lower case, without parameters. */
    static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException saying what is wrong with the body */
    static List<Part> parts(String contentType, byte[] body) {
        String boundary = parameter(contentType, "boundary").filter(b -> !b.isBlank())
                .orElseThrow(() -> new IllegalArgumentException("the multipart/related body names no boundary"));
        String defaultType = parameter(contentType, "type").map(t -> mediaType(t)).orElse("application/dicom");
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw new IllegalArgumentException("the body holds no part");
        }
        var parts = new ArrayList<Part>();
        while (true) {
            int after = at + delimiter.length;
            if (startsWith(body, after, new byte[] {'-', '-'})) {
                return parts;
            }
            int headersEnd = indexOf(body, new byte[] {'\r', '\n', '\r', '\n'}, after);
            int next = indexOf(body, concat(CRLF, delimiter), headersEnd < 0 ? after : headersEnd);
            if (headersEnd < 0 || next < 0) {
                throw new IllegalArgumentException("the body is cut short: a part has no closing delimiter");
            }
            String headers = new String(body, after, headersEnd - after, StandardCharsets.ISO_8859_1);
            byte[] bytes = java.util.Arrays.copyOfRange(body, headersEnd + 4, next);
            parts.add(new Part(partType(headers).orElse(defaultType), bytes));
            at = next + CRLF.length;
        }
    }

    private static Optional<String> partType(String headers) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("Content-Type")) {
                return Optional.of(mediaType(line.substring(colon + 1)));
            }
        }
        return Optional.empty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private static boolean startsWith(byte[] body, int at, byte[] prefix) {
        return at + prefix.length <= body.length && java.util.Arrays.equals(body, at, at + prefix.length, prefix, 0, prefix.length);
    }

    static int indexOf(byte[] body, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= body.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (body[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
