package org.opencpms.domain.dataset;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/**
 * An ERN's customised data set: the extra fields of its panels' consultation form, in the order the
 * ERN defined them. Invariant: keys are unique.
 */
public record CustomDataSet(List<FieldDefinition> fields) {

    public CustomDataSet {
        fields = List.copyOf(Require.present(fields, "custom-data-set"));
        var keys = new HashSet<String>();
        for (FieldDefinition field : fields) {
            if (!keys.add(field.key())) {
                throw new InvalidValue("custom-data-set", "field key defined twice: " + field.key());
            }
        }
    }

    public static CustomDataSet empty() {
        return new CustomDataSet(List.of());
    }

    public Optional<FieldDefinition> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /**
     * The keys, in data-set order, of the mandatory fields without a value and of the fields whose
     * value does not have the form of their type. A blank value counts as no value. Values under keys
     * the data set does not define are not examined.
     */
    public List<String> problemsIn(Map<String, String> values) {
        Require.present(values, "custom-data");
        return fields.stream().filter(field -> {
            String value = values.get(field.key());
            boolean missing = value == null || value.isBlank();
            return missing ? field.mandatory() : !field.accepts(value);
        }).map(FieldDefinition::key).toList();
    }

    /** Throws {@link CustomDataIncomplete} listing {@link #problemsIn the problem fields}, if any. */
    public void validate(Map<String, String> values) {
        List<String> problems = problemsIn(values);
        if (!problems.isEmpty()) {
            throw new CustomDataIncomplete(problems);
        }
    }
}
