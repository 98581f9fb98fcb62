package org.opencpms.adapters.rest.http;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B instance that reads and writes every JSON body, with JSON-B's default mapping.
 *
 * <p>Without a resolver, RESTEasy builds a new {@link Jsonb} for every body and closes it afterwards, so
 * Yasson introspected every DTO class again on every request (about a tenth of the server's CPU in the
 * load benchmark). A {@link Jsonb} is thread-safe and keeps what it learned about each class; this one lives as
 * long as the application and is closed with it.
 */
@Provider
@ApplicationScoped
public class SharedJsonb implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    @PreDestroy
    void close() throws Exception {
        jsonb.close();
    }
}
