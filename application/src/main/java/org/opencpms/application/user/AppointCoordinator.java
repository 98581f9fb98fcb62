package org.opencpms.application.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Optional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.HealthcareProviders;
import org.opencpms.domain.reference.PlatformRoles;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.Subject;
import org.opencpms.domain.user.User;
import org.opencpms.domain.user.Users;

/**
 * A platform operator appoints a coordinator of an ERN at one of its member centres: the first coordinator of a
 * network (how a deployment starts from nothing) or another one, optionally in place of a coordinator who steps
 * down ({@code replacing}). A person OpenCPMS does not know yet is registered from the OpenID Connect identity and
 * profile the operator gives; a known one keeps their profile. Appointing someone who already coordinates at that
 * centre changes nothing. One transaction: the appointment and the replacement happen together or not at all.
 */
@ApplicationScoped
@Transactional
public class AppointCoordinator {

    /** Who is appointed: their sign-in identity and, used only if they are not registered yet, their profile. */
    public record Appointee(Subject subject, String displayName, EmailAddress email, Country country) {
        public Appointee {
            Require.present(subject, "oidc-subject");
            Require.present(displayName, "display-name");
            Require.present(email, "email");
            Require.present(country, "country");
        }
    }

    /** @param replacing the coordinator of the ERN who steps down, or null when nobody does */
    public record Command(Actor actor, Ern ern, ProviderId centre, Appointee appointee, UserId replacing) {
        public Command {
            Require.present(actor, "actor");
            Require.present(ern, "ern");
            Require.present(centre, "centre");
            Require.present(appointee, "appointee");
        }
    }

    private final Users users;
    private final HealthcareProviders providers;
    private final DomainEvents events;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public AppointCoordinator(Users users, HealthcareProviders providers, DomainEvents events, Auditing auditing,
                              Clock clock) {
        this.users = users;
        this.providers = providers;
        this.events = events;
        this.auditing = auditing;
        this.clock = clock;
    }

    /**
     * @return the appointed user
     * @throws org.opencpms.domain.reference.NotOperator {@code operator.required} unless the actor is an operator
     * @throws org.opencpms.domain.reference.HealthcareProviderNotFound {@code healthcare-provider.not-found}
     * @throws org.opencpms.domain.reference.CentreNotInErn {@code healthcare-provider.not-in-ern}
     * @throws org.opencpms.domain.user.UserNotFound {@code user.not-found} for an unknown {@code replacing}
     * @throws org.opencpms.domain.user.IllegalGrant {@code user.not-coordinator} if {@code replacing} coordinates no
     *         centre of the ERN
     */
    public UserId handle(Command cmd) {
        PlatformRoles.requireOperator(cmd.actor());
        providers.get(cmd.centre()).requireMemberOf(cmd.ern());
        var now = clock.instant();
        var known = users.findBySubject(cmd.appointee().subject());
        var appointee = known.orElseGet(() -> User.register(UserId.random(), cmd.appointee().subject(),
                cmd.appointee().displayName(), cmd.appointee().email(), cmd.appointee().country(), now));
        appointee.grant(RoleGrant.coordinator(cmd.ern(), cmd.centre()), cmd.actor(), Optional.empty(), now);
        var outgoing = Optional.ofNullable(cmd.replacing()).filter(id -> !id.equals(appointee.id())).map(users::get);
        outgoing.ifPresent(user -> user.relieveAsCoordinator(cmd.ern(), cmd.actor(), now));
        users.save(appointee);
        outgoing.ifPresent(users::save);
        var published = new ArrayList<DomainEvent>(appointee.pullEvents());
        outgoing.ifPresent(user -> published.addAll(user.pullEvents()));
        events.publish(published);
        auditing.record(cmd.actor(), known.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, "User",
                appointee.id(), null, "coordinator of " + cmd.ern().code() + " appointed");
        outgoing.ifPresent(user -> auditing.record(cmd.actor(), AuditAction.UPDATE, "User", user.id(), null,
                "coordinator of " + cmd.ern().code() + " replaced"));
        return appointee.id();
    }
}
