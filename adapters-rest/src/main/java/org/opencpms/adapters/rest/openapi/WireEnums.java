package org.opencpms.adapters.rest.openapi;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.models.Components;
import org.opencpms.domain.user.Language;

/**
 * How the domain's enums travel in JSON, parameters and the OpenAPI document: by constant name ({@code CARE},
 * {@code ERKNET}; requests may use any case, and an ERN also its own code), except a language, which travels as
 * its ISO 639-1 code ({@code en}).
 *
 * <p>A DTO field or parameter carrying an enum is declared {@code @Schema(implementation = SomeEnum.class)}: SmallRye
 * then writes the enum's constants from the domain class into a named schema ({@code SomeEnum}) and refers to it, so
 * the document never drifts from the domain. {@link #describe} rewrites the named schemas of the enums that do not
 * travel by name.
 */
public final class WireEnums {

    private static final Map<Class<? extends Enum<?>>, Function<Enum<?>, String>> NOT_BY_NAME =
            Map.of(Language.class, language -> ((Language) language).code());

    private WireEnums() {
    }

    /** The values of an enum as they travel, in declaration order. */
    public static List<String> values(Class<? extends Enum<?>> type) {
        var wire = NOT_BY_NAME.getOrDefault(type, Enum::name);
        return Arrays.stream(type.getEnumConstants()).map(wire).toList();
    }

    /** Gives the named schema of each enum that does not travel by name its wire values. */
    static void describe(Components components) {
        if (components == null || components.getSchemas() == null) {
            return;
        }
        NOT_BY_NAME.keySet().forEach(type -> {
            var schema = components.getSchemas().get(type.getSimpleName());
            if (schema != null) {
                schema.setEnumeration(List.copyOf(values(type)));
            }
        });
    }
}
