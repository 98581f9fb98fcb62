package org.opencpms.adapters.rest.panel;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.opencpms.adapters.rest.paging.PageJson;
import org.opencpms.application.panel.CommentPage;
import org.opencpms.domain.shared.InvalidValue;

/**
 * How a panel's lists of comments (its timeline, the comments on a contribution) are paged over HTTP: {@code before}
 * is a comment's position, and a page answers {@code items} with {@code next} (also in {@code Link rel=next}), the
 * {@code before} of the older page.
 */
final class CommentPages {

    static final String BEFORE = "before";
    static final String BEFORE_DESCRIPTION = "Only comments before this position (the next of the newer page)";
    static final String LIMIT_DESCRIPTION = "How many comments, 1 to 500 (default 50)";

    private CommentPages() {
    }

    /** The {@code before} parameter as a position, null when absent. */
    static Integer position(String before) {
        if (before == null || before.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(before.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValue(BEFORE, "before must be a comment's position (a whole number)");
        }
    }

    /** The page as the answer of a read. */
    static Response ok(CommentPage<?> page, UriInfo uriInfo) {
        return new PageJson<>(CommentEntryJson.of(page), page.next().map(String::valueOf).orElse(null))
                .ok(uriInfo, BEFORE);
    }
}
