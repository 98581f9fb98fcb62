package org.opencpms.adapters.persistence.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.panel.PanelSnapshot;

/** Every part of a stored panel document has one stable name, so that no domain record's name or place is stored. */
class PanelPartsTest {

    @Test
    void every_record_a_panel_document_holds_is_a_part_with_a_stable_name() {
        Set<Class<?>> held = new LinkedHashSet<>();
        collectParts(PanelSnapshot.class, held);

        assertThat(PanelDocument.PARTS.stream().<Class<?>>map(Part::type).toList()).containsExactlyInAnyOrderElementsOf(held);
    }

    @Test
    void part_names_are_unique_and_under_the_document_s_type() {
        assertThat(PanelDocument.PARTS).extracting(Part::name).doesNotHaveDuplicates()
                .allMatch(name -> name.startsWith(PanelDocument.TYPE + "."));
    }

    /** The records of more than one component reachable from {@code type}; one-component records (ids, links) are values. */
    private static void collectParts(Class<?> type, Set<Class<?>> parts) {
        for (RecordComponent component : type.getRecordComponents()) {
            classesIn(component.getGenericType())
                    .filter(Class::isRecord)
                    .filter(c -> c.getRecordComponents().length > 1)
                    .filter(parts::add)
                    .forEach(c -> collectParts(c, parts));
        }
    }

    private static Stream<Class<?>> classesIn(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return Arrays.stream(parameterized.getActualTypeArguments()).flatMap(PanelPartsTest::classesIn);
        }
        return type instanceof Class<?> c ? Stream.of(c) : Stream.empty();
    }
}
