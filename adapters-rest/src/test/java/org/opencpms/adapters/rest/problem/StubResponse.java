package org.opencpms.adapters.rest.problem;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A bare {@link Response} with a status and headers, so that JAX-RS exceptions can be built without a JAX-RS
 * implementation on the test class path (their usual constructors ask the runtime for a response builder).
 */
final class StubResponse extends Response {

    private final int status;
    private final MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();

    StubResponse(int status) {
        this.status = status;
    }

    StubResponse header(String name, Object value) {
        headers.add(name, value);
        return this;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public StatusType getStatusInfo() {
        var known = Status.fromStatusCode(status);
        if (known != null) {
            return known;
        }
        return new StatusType() {
            @Override
            public int getStatusCode() {
                return status;
            }

            @Override
            public Status.Family getFamily() {
                return Status.Family.familyOf(status);
            }

            @Override
            public String getReasonPhrase() {
                return "Status " + status;
            }
        };
    }

    @Override
    public MultivaluedMap<String, Object> getMetadata() {
        return headers;
    }

    @Override
    public MultivaluedMap<String, Object> getHeaders() {
        return headers;
    }

    @Override
    public Object getEntity() {
        return null;
    }

    @Override
    public <T> T readEntity(Class<T> entityType) {
        throw new IllegalStateException("no entity");
    }

    @Override
    public <T> T readEntity(GenericType<T> entityType) {
        throw new IllegalStateException("no entity");
    }

    @Override
    public <T> T readEntity(Class<T> entityType, Annotation[] annotations) {
        throw new IllegalStateException("no entity");
    }

    @Override
    public <T> T readEntity(GenericType<T> entityType, Annotation[] annotations) {
        throw new IllegalStateException("no entity");
    }

    @Override
    public boolean hasEntity() {
        return false;
    }

    @Override
    public boolean bufferEntity() {
        return false;
    }

    @Override
    public void close() {
        // nothing to release
    }

    @Override
    public MediaType getMediaType() {
        return null;
    }

    @Override
    public Locale getLanguage() {
        return null;
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public Set<String> getAllowedMethods() {
        var allowed = headers.get(HttpHeaders.ALLOW);
        return allowed == null ? Set.of() : Set.copyOf(allowed.stream().map(String::valueOf).toList());
    }

    @Override
    public Map<String, NewCookie> getCookies() {
        return Map.of();
    }

    @Override
    public EntityTag getEntityTag() {
        return null;
    }

    @Override
    public Date getDate() {
        return null;
    }

    @Override
    public Date getLastModified() {
        return null;
    }

    @Override
    public URI getLocation() {
        return null;
    }

    @Override
    public Set<Link> getLinks() {
        return Set.of();
    }

    @Override
    public boolean hasLink(String relation) {
        return false;
    }

    @Override
    public Link getLink(String relation) {
        return null;
    }

    @Override
    public Link.Builder getLinkBuilder(String relation) {
        return null;
    }

    @Override
    public MultivaluedMap<String, String> getStringHeaders() {
        var strings = new MultivaluedHashMap<String, String>();
        headers.forEach((name, values) -> values.forEach(value -> strings.add(name, String.valueOf(value))));
        return strings;
    }

    @Override
    public String getHeaderString(String name) {
        var values = headers.get(name);
        return values == null ? null : String.join(",", values.stream().map(String::valueOf).toList());
    }
}
