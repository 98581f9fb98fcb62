package org.opencpms.adapters.rest.openapi;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Finishes the OpenAPI document after the annotation scan ({@code mp.openapi.filter}): enum schemas carry the values
 * as they travel, every operation documents the answers that follow from its kind, and a reference to a named schema
 * carries no {@code type} of its own beside it (SmallRye writes {@code type: object} next to the {@code $ref} of an
 * enum given as {@code @Schema(implementation = SomeEnum.class)}, which contradicts the enum's {@code type: string}).
 */
public class ApiDocumentFilter implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getRef() != null) {
            schema.setType(null);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        WireEnums.describe(api.getComponents());
        StandardResponses.addTo(api);
    }
}
