package org.opencpms.adapters.fhir.panel;

import ca.uhn.fhir.rest.param.TokenParam;
import org.hl7.fhir.r4.model.CodeableConcept;

/**
 * A token search parameter ({@code code}, {@code category}) against a concept: {@code [system]|code} matches a coding
 * with that system and code, {@code code} alone a coding with that code in any system; no parameter matches all.
 */
final class Tokens {

    private Tokens() {
    }

    static boolean matches(TokenParam token, CodeableConcept concept) {
        if (token == null) {
            return true;
        }
        var system = token.getSystem();
        return concept.getCoding().stream().anyMatch(c -> token.getValue() != null && token.getValue().equals(c.getCode())
                && (system == null || system.isEmpty() || system.equals(c.getSystem())));
    }
}
