package org.opencpms.adapters.rest.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.opencpms.adapters.rest.security.Caller;
import org.opencpms.application.access.ConcealFromOutsiders;
import org.opencpms.application.access.ConcealFromOutsiders.Kind;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.InvalidValue;

/**
 * The REST side of {@link ConcealFromOutsiders}: a business failure of a request addressed to a patient, a panel or a
 * consent ({@code /patients/{id}...}, {@code /panels/{id}...}, {@code /consents/{id}...}) is answered, to a caller who
 * may not see that target, as the target's not-found: the same 404, code and body an unknown id gets. An
 * {@link InvalidValue} is answered as it is: it comes from the request itself, and an unknown id gets the same.
 */
@ApplicationScoped
public class Outsiders {

    private static final Map<String, Kind> TARGETS = Map.of("patients", Kind.PATIENT, "panels", Kind.PANEL,
            "consents", Kind.CONSENT);

    private final Caller caller;
    private final ConcealFromOutsiders conceal;

    /** For CDI's proxy; instances are built with the injecting constructor. */
    protected Outsiders() {
        this(null, null);
    }

    @Inject
    public Outsiders(Caller caller, ConcealFromOutsiders conceal) {
        this.caller = caller;
        this.conceal = conceal;
    }

    /** The failure to answer the current caller with: {@code failure}, or the target's not-found. */
    public DomainException answer(DomainException failure, UriInfo request) {
        if (failure instanceof InvalidValue) {
            return failure;
        }
        var actor = caller.registered();
        var target = target(request);
        if (actor.isEmpty() || target.isEmpty()) {
            return failure;
        }
        return conceal.handle(new ConcealFromOutsiders.Query(actor.get(), target.get().kind(), target.get().id()))
                .<DomainException>map(notFound -> notFound).orElse(failure);
    }

    /** A patient, panel or consent a request path addresses. */
    record Target(Kind kind, UUID id) {
    }

    /** The patient, panel or consent a request path addresses, if any. */
    static Optional<Target> target(UriInfo request) {
        var segments = request == null ? null : request.getPathSegments();
        if (segments == null || segments.size() < 2) {
            return Optional.empty();
        }
        var kind = TARGETS.get(segments.get(0).getPath());
        if (kind == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Target(kind, UUID.fromString(segments.get(1).getPath())));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
