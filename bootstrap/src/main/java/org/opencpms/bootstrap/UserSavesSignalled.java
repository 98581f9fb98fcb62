package org.opencpms.bootstrap;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Optional;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Subject;
import org.opencpms.domain.user.User;
import org.opencpms.domain.user.Users;

/**
 * Passes every call on to the real {@link Users} (the store) and, for each save of a user, also fires a {@link Saved}
 * CDI event naming their subject, which {@link ForgetChangedCallers} observes after a successful commit. Every change
 * of an account (grants, profile, a new registration) goes through {@link Users#save}, so nothing that changes who a
 * caller is escapes it; nothing is signalled for a rollback.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public class UserSavesSignalled implements Users {

    /** A user with this subject was saved in the current transaction. */
    public record Saved(Subject subject) {
    }

    private final Users delegate;
    private final Event<Saved> saved;

    @Inject
    public UserSavesSignalled(@Delegate Users delegate, Event<Saved> saved) {
        this.delegate = delegate;
        this.saved = saved;
    }

    @Override
    public void save(User user) {
        delegate.save(user);
        saved.fire(new Saved(user.subject()));
    }

    @Override
    public Optional<User> find(UserId id) {
        return delegate.find(id);
    }

    @Override
    public Optional<User> findBySubject(Subject subject) {
        return delegate.findBySubject(subject);
    }

    @Override
    public List<User> coordinatorsOf(Ern ern) {
        return delegate.coordinatorsOf(ern);
    }

    @Override
    public List<User> healthProfessionalsOf(Ern ern) {
        return delegate.healthProfessionalsOf(ern);
    }
}
