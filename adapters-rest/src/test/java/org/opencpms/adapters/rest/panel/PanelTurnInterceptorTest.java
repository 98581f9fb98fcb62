package org.opencpms.adapters.rest.panel;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.PanelId;

class PanelTurnInterceptorTest {

    /** Resource methods as they are declared, to ask the interceptor about. */
    @SuppressWarnings("unused")
    static final class Sample {
        @POST
        public void comment(@PathParam("id") UUID id, @PathParam("authorId") UUID author, String text) {
        }

        @PUT
        public void edit(@PathParam("id") UUID id) {
        }

        @DELETE
        public void delete(@PathParam("id") UUID id) {
        }

        @GET
        public void view(@PathParam("id") UUID id) {
        }

        @POST
        public void create(String body) {
        }
    }

    private static Method method(String name) {
        return Arrays.stream(Sample.class.getDeclaredMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void posts_puts_and_deletes_are_writes_and_gets_are_not() {
        assertThat(List.of("comment", "edit", "delete", "create")).allSatisfy(name ->
                assertThat(PanelTurnInterceptor.writes(method(name))).as(name).isTrue());
        assertThat(PanelTurnInterceptor.writes(method("view"))).isFalse();
    }

    @Test
    void the_panel_is_the_one_the_id_path_parameter_names_and_no_other_parameter() {
        var panel = UUID.randomUUID();
        var author = UUID.randomUUID();

        assertThat(PanelTurnInterceptor.panelOf(method("comment"), new Object[] {panel, author, "text"}))
                .contains(new PanelId(panel));
        assertThat(PanelTurnInterceptor.panelOf(method("create"), new Object[] {"{}"})).isEmpty();
    }

    @Test
    void every_resource_that_changes_a_panel_under_its_path_takes_the_panels_turn() throws Exception {
        var classes = java.nio.file.Path.of(TimelineResource.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        List<Class<?>> panelWriters;
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            panelWriters = files.map(classes::relativize).map(java.nio.file.Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .map(PanelTurnInterceptorTest::load)
                    .filter(type -> type.isAnnotationPresent(Path.class)
                            && type.getAnnotation(Path.class).value().startsWith("panels/{id}")
                            && !type.getPackageName().endsWith(".chat") // chat messages are not the panel's row
                            && Arrays.stream(type.getDeclaredMethods()).anyMatch(PanelTurnInterceptor::writes))
                    .toList();
        }

        assertThat(panelWriters).hasSizeGreaterThanOrEqualTo(13).allSatisfy(type ->
                assertThat(type.isAnnotationPresent(OnePanelChangeAtATime.class)).as(type.getName()).isTrue());
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PanelTurnInterceptorTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
