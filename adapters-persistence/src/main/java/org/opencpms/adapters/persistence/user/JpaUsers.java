package org.opencpms.adapters.persistence.user;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opencpms.adapters.persistence.Stores;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.NotificationChannel;
import org.opencpms.domain.user.Language;
import org.opencpms.domain.user.NotificationKind;
import org.opencpms.domain.user.Role;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.Subject;
import org.opencpms.domain.user.SubjectAlreadyRegistered;
import org.opencpms.domain.user.User;
import org.opencpms.domain.user.Users;

/**
 * The users in {@code app_user} (profile, OpenID Connect issuer and subject, registration order),
 * their role grants in {@code app_user_grant} (one row per grant, the scope columns a grant does
 * not use null) and their notification preferences in {@code app_user_notification_preference}
 * (one row per kind).
 *
 * <p>Invariants: an issuer and subject belong to one user: saving another user with them fails with
 * {@link SubjectAlreadyRegistered} ({@code user.already-registered}), checked by the unique
 * constraint {@code uq_app_user_subject}, so also between concurrent transactions. Entity version = domain version + 1; every save of a known user increments the version by
 * exactly one and fails with {@code ConcurrentUpdate} ({@code user.concurrent-update}) on a stale
 * version. A save inserts the grants gained and deletes the grants lost, leaving the others' rows
 * alone. {@link #coordinatorsOf} and {@link #healthProfessionalsOf} list in registration order.
 */
@ApplicationScoped
public class JpaUsers implements Users {

    static final String AGGREGATE = "user";
    private static final String SUBJECT_CONSTRAINT = "uq_app_user_subject";

    private final EntityManager em;

    @Inject
    public JpaUsers(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<User> find(UserId id) {
        return Optional.ofNullable(em.find(UserEntity.class, id.value())).map(JpaUsers::toDomain);
    }

    @Override
    public Optional<User> findBySubject(Subject subject) {
        return em.createQuery("SELECT u FROM UserEntity u WHERE u.issuer = :issuer AND u.subject = :subject",
                        UserEntity.class)
                .setParameter("issuer", subject.issuer())
                .setParameter("subject", subject.subject())
                .getResultStream().findFirst().map(JpaUsers::toDomain);
    }

    @Override
    public List<User> coordinatorsOf(Ern ern) {
        return em.createQuery("SELECT u FROM UserEntity u WHERE EXISTS (SELECT g FROM GrantEntity g"
                                + " WHERE g.user = u AND g.role = :role AND g.ern = :ern) ORDER BY u.seq",
                        UserEntity.class)
                .setParameter("role", Role.COORDINATOR)
                .setParameter("ern", ern)
                .getResultList().stream().map(JpaUsers::toDomain).toList();
    }

    @Override
    public List<User> healthProfessionalsOf(Ern ern) {
        var roles = Arrays.stream(Role.values()).filter(Role::actsAsHealthProfessional).toList();
        return em.createQuery("SELECT u FROM UserEntity u WHERE EXISTS (SELECT g FROM GrantEntity g"
                                + " WHERE g.user = u AND g.role IN :roles AND g.ern = :ern) ORDER BY u.seq",
                        UserEntity.class)
                .setParameter("roles", roles)
                .setParameter("ern", ern)
                .getResultList().stream().map(JpaUsers::toDomain).toList();
    }

    @Override
    public void save(User user) {
        var entity = em.find(UserEntity.class, user.id().value());
        if (entity == null) {
            Stores.checkNew(AGGREGATE, user.id(), user.version());
            entity = new UserEntity(user.id().value());
            copy(user, entity);
            em.persist(entity);
        } else {
            Stores.checkVersion(AGGREGATE, user.id(), entity.version, user.version());
            copy(user, entity);
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        Stores.flush(em, AGGREGATE, user.id(), Map.of(SUBJECT_CONSTRAINT, SubjectAlreadyRegistered::new));
    }

    private static void copy(User user, UserEntity entity) {
        entity.issuer = user.subject().issuer();
        entity.subject = user.subject().subject();
        entity.displayName = user.displayName();
        entity.email = user.email().value();
        entity.country = user.country().code();
        entity.language = user.language().name();
        var wanted = new LinkedHashSet<>(user.grants());
        entity.grants.removeIf(stored -> !wanted.remove(stored.toDomain()));
        wanted.forEach(grant -> entity.grants.add(new GrantEntity(entity, grant)));
        Map<String, String> preferences = new HashMap<>();
        user.notificationPreferences().forEach((kind, channel) -> preferences.put(kind.name(), channel.name()));
        entity.preferences.keySet().retainAll(preferences.keySet());
        entity.preferences.putAll(preferences);
    }

    private static User toDomain(UserEntity entity) {
        Set<RoleGrant> grants = new LinkedHashSet<>();
        entity.grants.forEach(grant -> grants.add(grant.toDomain()));
        Map<NotificationKind, NotificationChannel> preferences = new EnumMap<>(NotificationKind.class);
        entity.preferences.forEach((kind, channel) -> preferences.put(NotificationKind.valueOf(kind),
                NotificationChannel.valueOf(channel)));
        return User.restore(new UserId(entity.id), new Subject(entity.issuer, entity.subject), entity.displayName,
                EmailAddress.of(entity.email), Country.of(entity.country), grants, preferences,
                Language.valueOf(entity.language), Stores.domainVersion(entity.version));
    }
}
