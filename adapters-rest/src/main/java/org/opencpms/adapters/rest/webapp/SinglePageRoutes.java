package org.opencpms.adapters.rest.webapp;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The web application's addresses: a GET of one of them answers the application's {@code index.html}, which then
 * shows the screen of that address (a bookmark, a reload, or a link in an e-mail to {@code <public-url>/panels/<id>}).
 * Only these routes do (they are those of web/src/App.tsx; add a route to both); any other path is answered by the
 * container as before, so the served surface stays what system-tests' ServedSurfaceIT lists. The page itself is never
 * cached, so that a new release's assets are picked up at once.
 */
@WebServlet(urlPatterns = {"", "/patients", "/panels/*", "/notifications", "/settings", "/request-access",
        "/access-requests", "/kpis", "/audit-trail", "/research", "/centres", "/centres/import", "/networks"})
public class SinglePageRoutes extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /**
     * The application's routes: the home screen (my panels), the centre's patients, one panel, a panel's study, the
     * user's notifications and settings, a request for access, the access requests a coordinator decides and their
     * KPIs, an auditor's audit trail, a researcher's data set, and a platform operator's centres (their list,
     * their CSV import) and networks.
     */
    static final List<Pattern> ROUTES = List.of(Pattern.compile("/"), Pattern.compile("/patients"),
            Pattern.compile("/panels/[^/]+"), Pattern.compile("/panels/[^/]+/studies/[^/]+"),
            Pattern.compile("/notifications"), Pattern.compile("/settings"), Pattern.compile("/request-access"),
            Pattern.compile("/access-requests"), Pattern.compile("/kpis"), Pattern.compile("/audit-trail"),
            Pattern.compile("/research"), Pattern.compile("/centres"), Pattern.compile("/centres/import"),
            Pattern.compile("/networks"));

    /** Whether a request path within this WAR ({@code servletPath + pathInfo}) is an address of the application. */
    static boolean isRoute(String path) {
        return ROUTES.stream().anyMatch(route -> route.matcher(path).matches());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        var path = request.getServletPath() + Objects.requireNonNullElse(request.getPathInfo(), "");
        if (!isRoute(path.isEmpty() ? "/" : path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-cache");
        request.getRequestDispatcher("/index.html").forward(request, response);
    }
}
