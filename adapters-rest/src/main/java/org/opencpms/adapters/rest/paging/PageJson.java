package org.opencpms.adapters.rest.paging;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the body of every list response: its {@code items} and the {@code next} cursor, to pass back
 * as {@code after} (keyset lists: patients of a centre, my panels) or as {@code offset} (other lists); {@code null}
 * on the last page. {@link #ok(UriInfo, String)} answers it with a {@code Link: <...>; rel="next"} header when there
 * is a next page, so that a client can also just follow links.
 *
 * @param <T> the JSON type of an item
 */
public record PageJson<T>(List<T> items, String next) {

    public PageJson {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A page with these items and no next page (also: a complete list that is not paged, such as an export). */
    public static <T> PageJson<T> last(List<T> items) {
        return new PageJson<>(items, null);
    }

    /**
     * The page of an offset list that asked for {@code limit} items from {@code offset}: a next page (at
     * {@code offset + items}) is announced when the page is full, so the last page of a list whose size is a
     * multiple of the limit is empty.
     */
    public static <T> PageJson<T> ofOffset(List<T> items, int offset, int limit) {
        return new PageJson<>(items, items.size() >= limit ? Integer.toString(offset + items.size()) : null);
    }

    /** The page {@code offset}..{@code offset + limit} of a complete list the use case returned. */
    public static <T> PageJson<T> slice(List<T> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        int to = (int) Math.min((long) from + limit, all.size());
        return new PageJson<>(all.subList(from, to), to < all.size() ? Integer.toString(to) : null);
    }

    /** The page with its items mapped one by one (the cursor is kept). */
    public <R> PageJson<R> map(Function<? super T, ? extends R> mapper) {
        return new PageJson<>(items.stream().<R>map(mapper).toList(), next);
    }

    /**
     * The URI of the next page: {@code requestUri} with the query parameter {@code cursorParam} set to
     * {@link #next()} and every other parameter (e.g. {@code limit}, {@code centre}) kept; null on the last page.
     */
    public URI nextUri(URI requestUri, String cursorParam) {
        if (next == null) {
            return null;
        }
        var query = new StringBuilder();
        var raw = requestUri.getRawQuery();
        if (raw != null && !raw.isEmpty()) {
            for (var pair : raw.split("&")) {
                var name = pair.split("=", 2)[0];
                if (!pair.isEmpty() && !name.equals(cursorParam)) {
                    query.append(pair).append('&');
                }
            }
        }
        query.append(cursorParam).append('=').append(URLEncoder.encode(next, StandardCharsets.UTF_8));
        var base = requestUri.toString();
        int cut = base.indexOf('?');
        if (cut < 0) {
            cut = base.indexOf('#');
        }
        return URI.create((cut < 0 ? base : base.substring(0, cut)) + "?" + query);
    }

    /** The {@code Link} header value announcing the next page, null on the last page. */
    public String linkHeader(URI requestUri, String cursorParam) {
        var nextUri = nextUri(requestUri, cursorParam);
        return nextUri == null ? null : "<" + nextUri + ">; rel=\"next\"";
    }

    /** {@code 200 OK} with this page as body and, when there is a next page, its {@code Link rel="next"}. */
    public Response ok(UriInfo uriInfo, String cursorParam) {
        var response = Response.ok(this);
        var link = linkHeader(uriInfo.getRequestUri(), cursorParam);
        if (link != null) {
            response.header("Link", link);
        }
        return response.build();
    }
}
