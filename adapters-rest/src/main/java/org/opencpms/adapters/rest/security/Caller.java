package org.opencpms.adapters.rest.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.opencpms.adapters.rest.problem.ProblemException;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.Subject;

/**
 * Who calls in the current request: the subject of a validated bearer token, the name and e-mail it
 * claims, and — if OpenCPMS knows this subject — the {@link Actor} with the role grants OpenCPMS holds.
 * Filled once per request by {@link BearerAuthentication}; resources only read it.
 */
@RequestScoped
public class Caller {

    private Subject subject;
    private String displayName;
    private String email;
    private Actor actor;

    void authenticated(Subject subject, String displayName, String email, Actor actor) {
        this.subject = subject;
        this.displayName = displayName;
        this.email = email;
        this.actor = actor;
    }

    /** The OpenID Connect subject of the token. */
    public Subject subject() {
        if (subject == null) {
            throw new ProblemException(401, "auth.required", "Authentication required",
                    "This request needs a bearer token.");
        }
        return subject;
    }

    /**
     * The registered user acting in this request.
     *
     * @throws ProblemException 403 {@code user.not-registered} for a subject OpenCPMS does not know yet:
     *         such a caller may only look up centres and file an access request
     */
    public Actor actor() {
        subject();
        if (actor == null) {
            throw new ProblemException(403, "user.not-registered", "Not registered",
                    "You are signed in but not registered in OpenCPMS: file an access request first.");
        }
        return actor;
    }

    public Optional<Actor> registered() {
        return Optional.ofNullable(actor);
    }

    /** The name the token claims ({@code name}, else {@code preferred_username}, else the subject). */
    public String displayName() {
        return displayName != null ? displayName : subject().subject();
    }

    /** The e-mail address the token claims, if any. */
    public Optional<String> email() {
        return Optional.ofNullable(email);
    }
}
