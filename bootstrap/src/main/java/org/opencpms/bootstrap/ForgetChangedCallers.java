package org.opencpms.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.opencpms.application.user.RecentCallers;

/**
 * Makes this node forget a remembered caller as soon as a change of their account commits ({@link UserSavesSignalled}),
 * so that a withdrawn grant is refused at their next request here; other nodes forget within the configured maximum
 * age ({@code opencpms.auth.caller-cache-seconds}).
 */
@ApplicationScoped
public class ForgetChangedCallers {

    private final RecentCallers recentCallers;

    @Inject
    public ForgetChangedCallers(RecentCallers recentCallers) {
        this.recentCallers = recentCallers;
    }

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) UserSavesSignalled.Saved saved) {
        recentCallers.forget(saved.subject());
    }
}
