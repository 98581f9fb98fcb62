package org.opencpms.application.user;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.Subject;

/**
 * The platform operators a deployment names in its configuration, by the OpenID Connect identity (issuer and
 * subject) they sign in with. An operator is recognised at sign-in ({@link IdentifyCaller}, {@link SignIn}) and acts
 * with the operator capability alone ({@code RoleGrant.operator()}): it registers and updates centres and their ERN
 * memberships, establishes networks and disease groups, and appoints an ERN's coordinators; it sees no patient data
 * and takes part in no panel. An operator is not a registered user: its actor id is derived from its identity (a
 * name-based UUID), the same on every node and after every restart, so that the audit trail names it consistently.
 */
public record PlatformOperators(Set<Subject> subjects) {

    public PlatformOperators {
        subjects = Set.copyOf(Require.present(subjects, "operators"));
    }

    /** No operator: reference data cannot change (a deployment that only reads it, or a test). */
    public static PlatformOperators none() {
        return new PlatformOperators(Set.of());
    }

    public static PlatformOperators of(Subject... subjects) {
        return new PlatformOperators(Set.of(subjects));
    }

    /**
     * The operators of a configuration value: comma-separated {@code issuer|subject} pairs, e.g.
     * {@code https://login.example.eu/realms/ern|3f2a...,https://login.example.eu/realms/ern|9b1c...}; the first
     * {@code |} of a pair ends the issuer (a subject may contain one). Blank: no operator.
     *
     * @throws InvalidValue {@code operators.invalid} for a pair without issuer or subject
     */
    public static PlatformOperators parse(String configured) {
        var subjects = new HashSet<Subject>();
        if (configured != null) {
            Arrays.stream(configured.split(",")).map(String::strip).filter(pair -> !pair.isEmpty()).forEach(pair -> {
                int bar = pair.indexOf('|');
                if (bar <= 0 || bar == pair.length() - 1) {
                    throw new InvalidValue("operators", "expected issuer|subject, not " + pair);
                }
                subjects.add(new Subject(pair.substring(0, bar).strip(), pair.substring(bar + 1).strip()));
            });
        }
        return new PlatformOperators(subjects);
    }

    /** These operators and one more. */
    public PlatformOperators and(Subject operator) {
        var all = new HashSet<>(subjects);
        all.add(Require.present(operator, "operator"));
        return new PlatformOperators(all);
    }

    public boolean includes(Subject subject) {
        return subjects.contains(subject);
    }

    /** The operator signed in with this identity, or empty if it names no operator. */
    Optional<SignedIn> signedIn(Subject subject) {
        return includes(subject)
                ? Optional.of(new SignedIn(idOf(subject), Set.of(RoleGrant.operator())))
                : Optional.empty();
    }

    /** The actor id of the operator with this identity: a name-based UUID of issuer and subject. */
    static UserId idOf(Subject subject) {
        var name = "opencpms-operator|" + subject.issuer() + "|" + subject.subject();
        return new UserId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }
}
