package org.opencpms.domain.user;

import java.util.List;
import java.util.Optional;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.UserId;

/**
 * Port: the users of OpenCPMS. A subject belongs to at most one user: saving a second user with a
 * subject already taken fails with {@link SubjectAlreadyRegistered}. Never returns null; saving a
 * user whose version is stale fails with a {@code Conflict}.
 */
public interface Users {

    Optional<User> find(UserId id);

    /** @throws UserNotFound {@code user.not-found} */
    default User get(UserId id) {
        return find(id).orElseThrow(() -> new UserNotFound(id));
    }

    /** The user an OpenID Connect token's issuer and subject belong to. */
    Optional<User> findBySubject(Subject subject);

    /** @throws UserNotFound {@code user.not-found} if nobody registered with this subject */
    default User getBySubject(Subject subject) {
        return findBySubject(subject).orElseThrow(() -> new UserNotFound(subject));
    }

    /** The users holding the coordinator role in {@code ern}, who decide its access requests; empty if none. */
    List<User> coordinatorsOf(Ern ern);

    /**
     * The users acting as health professionals in {@code ern} ({@link Actor#isHealthProfessionalIn}: health
     * professionals, coordinators, dispatchers), the experts its panels invite, in registration order; empty if none.
     */
    List<User> healthProfessionalsOf(Ern ern);

    void save(User user);
}
