package org.opencpms.domain.reference;

import java.util.regex.Pattern;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/**
 * A thematic disease group of an ERN, e.g. {@code TG1 "Immunological kidney disorders"}: a short
 * code (letters, digits and hyphens) unique within the network, and a name.
 */
public record DiseaseGroup(String code, String name) {

    static final int MAX_CODE_LENGTH = 32;
    static final int MAX_NAME_LENGTH = 200;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");

    public DiseaseGroup {
        code = Require.text(code, "disease-group-code", MAX_CODE_LENGTH);
        if (!CODE.matcher(code).matches()) {
            throw new InvalidValue("disease-group-code", "letters and digits separated by single hyphens: " + code);
        }
        name = Require.text(name, "disease-group-name", MAX_NAME_LENGTH);
    }
}
