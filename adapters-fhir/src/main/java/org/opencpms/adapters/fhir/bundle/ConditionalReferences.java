package org.opencpms.adapters.fhir.bundle;

import java.util.function.UnaryOperator;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The conditional references of a Bundle whose other references are not resolved entry by entry (an IHE MHD ITI-65
 * document bundle): each {@code Patient?identifier=...} becomes where the one patient it matches is; a refusal names
 * the entry holding it ({@link EntryFailures}).
 */
public final class ConditionalReferences {

    private ConditionalReferences() {
    }

    /** @param matched where the one resource a conditional reference matches is ({@code Type/id}), or its refusal */
    public static void resolve(Bundle bundle, UnaryOperator<String> matched) {
        for (int index = 0; index < bundle.getEntry().size(); index++) {
            var resource = bundle.getEntry().get(index).getResource();
            if (resource == null) {
                continue;
            }
            try {
                References.resolveConditional(resource, matched);
            } catch (RuntimeException failure) {
                throw EntryFailures.named(index, failure);
            }
        }
    }
}
