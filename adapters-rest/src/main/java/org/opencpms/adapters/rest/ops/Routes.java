package org.opencpms.adapters.rest.ops;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;

/** The route template of the matched resource method ({@code /api/panels/{id}/closure}), for metric labels. */
final class Routes {

    static final String UNMATCHED = "unmatched";

    private Routes() {
    }

    static String templateOf(ResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null || resource.getResourceMethod() == null) {
            return UNMATCHED;
        }
        var route = new StringBuilder("/api");
        append(route, resource.getResourceClass().getAnnotation(Path.class));
        append(route, resource.getResourceMethod().getAnnotation(Path.class));
        return route.toString();
    }

    private static void append(StringBuilder route, Path path) {
        if (path == null || path.value().isEmpty() || "/".equals(path.value())) {
            return;
        }
        if (!path.value().startsWith("/")) {
            route.append('/');
        }
        route.append(path.value().endsWith("/") ? path.value().substring(0, path.value().length() - 1) : path.value());
    }
}
