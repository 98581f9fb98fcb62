package org.opencpms.adapters.dicom.web;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.ValueRepresentation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The query of a QIDO-RS request (PS3.18 8.3.4): matching keys by keyword or tag ({@code PatientID},
 * {@code 00100020}) with single value, list (comma or backslash), wildcard ({@code *}, {@code ?}) or date/time range
 * ({@code 20240101-20241231}, {@code -20241231}) matching; an empty value matches everything and asks for the
 * attribute; {@code includefield}; {@code limit} and {@code offset}. An unknown key is refused.
 */
final class QueryKeys {

    static final int MAX_LIMIT = 1000;
    private static final List<String> CONTROLS = List.of("limit", "offset", "includefield", "fuzzymatching");
    private static final Pattern HEX_TAG = Pattern.compile("[0-9A-Fa-f]{8}");

    private final Map<AttributeTag, String> matching = new LinkedHashMap<>();
    private final List<AttributeTag> included = new ArrayList<>();
    private final boolean includeAll;
    final int offset;
    final int limit;

    /** @throws IllegalArgumentException naming a key or value that cannot be used */
    QueryKeys(Map<String, List<String>> parameters) {
        parameters.forEach((key, values) -> {
            if (!CONTROLS.contains(key)) {
                matching.put(tag(key), String.join(",", values));
            }
        });
        List<String> fields = parameters.getOrDefault("includefield", List.of()).stream()
                .flatMap(v -> List.of(v.split(",")).stream()).map(String::strip).filter(v -> !v.isEmpty()).toList();
        includeAll = fields.contains("all");
        fields.stream().filter(f -> !f.equals("all")).forEach(f -> included.add(tag(f)));
        offset = number(parameters, "offset", 0);
        limit = Math.min(number(parameters, "limit", MAX_LIMIT), MAX_LIMIT);
    }

    /** Whether {@code result} (completed from {@code source} with the keys and included fields) matches. */
    boolean matches(AttributeList result, AttributeList source) {
        (includeAll ? List.copyOf(source.keySet()) : included).forEach(t -> DicomJson.copy(source, result, t));
        for (var key : matching.entrySet()) {
            if (result.get(key.getKey()) == null) {
                Optional.ofNullable(source.get(key.getKey())).ifPresentOrElse(result::put,
                        () -> DicomJson.put(result, key.getKey(), ""));
            }
            if (!matches(result.get(key.getKey()), key.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(Attribute attribute, String query) {
        if (query.isBlank()) {
            return true;
        }
        String[] values;
        try {
            values = attribute.getStringValues();
        } catch (com.pixelmed.dicom.DicomException e) {
            return false;
        }
        if (values == null) {
            return false;
        }
        boolean ranged = ValueRepresentation.isDateVR(attribute.getVR()) || ValueRepresentation.isTimeVR(attribute.getVR())
                || ValueRepresentation.isDateTimeVR(attribute.getVR());
        for (String alternative : query.split("[,\\\\]")) {
            for (String value : values) {
                if (value != null && matches(value.strip(), alternative.strip(), ranged)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(String value, String alternative, boolean ranged) {
        if (ranged && alternative.contains("-")) {
            String from = alternative.substring(0, alternative.indexOf('-'));
            String to = alternative.substring(alternative.indexOf('-') + 1);
            return (from.isEmpty() || value.compareTo(from) >= 0) && (to.isEmpty() || value.compareTo(to) <= 0);
        }
        if (alternative.contains("*") || alternative.contains("?")) {
            String regex = Pattern.quote(alternative).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q");
            return Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(value).matches();
        }
        return value.equalsIgnoreCase(alternative);
    }

    private static AttributeTag tag(String key) {
        if (HEX_TAG.matcher(key).matches()) {
            return new AttributeTag(Integer.parseInt(key.substring(0, 4), 16), Integer.parseInt(key.substring(4), 16));
        }
        AttributeTag tag = AttributeList.getDictionary().getTagFromName(key);
        if (tag == null) {
            throw new IllegalArgumentException("unknown query key " + key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""));
        }
        return tag;
    }

    private static int number(Map<String, List<String>> parameters, String name, int otherwise) {
        var values = parameters.getOrDefault(name, List.of());
        try {
            int n = values.isEmpty() ? otherwise : Integer.parseInt(values.get(0).strip());
            if (n < 0) {
                throw new IllegalArgumentException(name + " must not be negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number");
        }
    }
}
