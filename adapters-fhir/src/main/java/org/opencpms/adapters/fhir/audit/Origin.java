package org.opencpms.adapters.fhir.audit;

/**
 * Where an audited call came from, read back from the origin the inbound adapter recorded: the channel ({@code rest},
 * {@code fhir}, {@code dicom}..., or {@code system}), the caller's network address, and the machine client a hospital
 * system called through (e.g. {@code "fhir 192.0.2.7 client his-charite"}). What is absent is null.
 */
record Origin(String channel, String address, String client) {

    static Origin of(String recorded) {
        var words = recorded.strip().split("\\s+");
        String client = null;
        for (int i = 1; i + 1 < words.length; i++) {
            if ("client".equals(words[i])) {
                client = words[i + 1];
            }
        }
        var address = words.length > 1 && !"client".equals(words[1]) ? words[1] : null;
        return new Origin(words[0], address, client);
    }
}
