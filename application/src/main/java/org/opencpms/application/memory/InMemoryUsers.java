package org.opencpms.application.memory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Subject;
import org.opencpms.domain.user.SubjectAlreadyRegistered;
import org.opencpms.domain.user.User;
import org.opencpms.domain.user.Users;

/**
 * Users kept as restored copies, so that callers never share state with the store and a stale
 * version fails with {@link ConcurrentUpdate}, as in the database. A subject belongs to one user
 * only: saving another user with a subject already taken fails with {@link SubjectAlreadyRegistered}.
 * Thread-safe.
 */
public final class InMemoryUsers implements Users {

    private final Map<UserId, User> users = new LinkedHashMap<>();

    @Override
    public synchronized Optional<User> find(UserId id) {
        return Optional.ofNullable(users.get(id)).map(u -> copy(u, u.version()));
    }

    @Override
    public synchronized Optional<User> findBySubject(Subject subject) {
        return users.values().stream().filter(u -> u.subject().equals(subject)).findFirst()
                .map(u -> copy(u, u.version()));
    }

    /** In registration order. */
    @Override
    public synchronized List<User> coordinatorsOf(Ern ern) {
        return users.values().stream().filter(u -> u.asActor().isCoordinatorOf(ern)).map(u -> copy(u, u.version()))
                .toList();
    }

    /** In registration order. */
    @Override
    public synchronized List<User> healthProfessionalsOf(Ern ern) {
        return users.values().stream().filter(u -> u.asActor().isHealthProfessionalIn(ern)).map(u -> copy(u, u.version()))
                .toList();
    }

    @Override
    public synchronized void save(User user) {
        var stored = users.get(user.id());
        long version = StoredVersions.next("user", user.id(), stored == null ? null : stored.version(), user.version());
        if (users.values().stream().anyMatch(u -> u.subject().equals(user.subject()) && !u.id().equals(user.id()))) {
            throw new SubjectAlreadyRegistered();
        }
        users.put(user.id(), copy(user, version));
    }

    /** Every user, as copies, in registration order (for the in-memory KPI facts). */
    public synchronized List<User> all() {
        return users.values().stream().map(u -> copy(u, u.version())).toList();
    }

    private static User copy(User u, long version) {
        return User.restore(u.id(), u.subject(), u.displayName(), u.email(), u.country(), u.grants(),
                u.notificationPreferences(), u.language(), version);
    }
}
