package org.opencpms.e2e;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every resource method of the REST adapter, read from its classes: {@code "POST /api/panels/{}/submission"}
 * (path parameters as {@code {}}), so that tests can check they cover the whole API.
 */
public final class ResourceMethods {

    private static final String APPLICATION_PATH = "/api";
    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(GET.class, "GET", POST.class, "POST",
            PUT.class, "PUT", DELETE.class, "DELETE", PATCH.class, "PATCH", HEAD.class, "HEAD");

    private ResourceMethods() {
    }

    /** "METHOD /api/path/{}" of every resource method. */
    public static Set<String> all() {
        var methods = new TreeSet<String>();
        var classes = new ClassFileImporter().importPackages("org.opencpms.adapters.rest");
        for (var javaClass : classes) {
            if (!javaClass.isAnnotatedWith(Path.class)) {
                continue;
            }
            var type = javaClass.reflect();
            var base = APPLICATION_PATH + slash(type.getAnnotation(Path.class).value());
            for (var method : type.getMethods()) {
                for (var verb : VERBS.entrySet()) {
                    if (method.isAnnotationPresent(verb.getKey())) {
                        var sub = method.getAnnotation(Path.class);
                        methods.add(verb.getValue() + " " + normalise(base + (sub == null ? "" : slash(sub.value()))));
                    }
                }
            }
        }
        return methods;
    }

    /** The paths alone ({@code /api/panels/{}}), without methods. */
    public static Set<String> paths() {
        var paths = new TreeSet<String>();
        all().forEach(m -> paths.add(m.substring(m.indexOf(' ') + 1)));
        return paths;
    }

    /** A path with its query left out, parameters as {@code {}} and no trailing slash. */
    public static String normalise(String path) {
        var withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        var normalised = withoutQuery.replaceAll("\\{[^}]*}", "{}").replaceAll("/+", "/");
        return normalised.length() > 1 && normalised.endsWith("/") ? normalised.substring(0, normalised.length() - 1)
                : normalised;
    }

    private static String slash(String path) {
        if (path.isEmpty() || "/".equals(path)) {
            return "";
        }
        return path.startsWith("/") ? path : "/" + path;
    }

    static List<String> sorted(Set<String> values) {
        return List.copyOf(new TreeSet<>(values));
    }
}
