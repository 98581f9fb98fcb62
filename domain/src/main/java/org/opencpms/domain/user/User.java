package org.opencpms.domain.user;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.RecordedEvents;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * A person who uses OpenCPMS: their OpenID Connect subject, profile, role grants and notification
 * preferences. OpenCPMS keeps no password.
 *
 * <p>Invariants:
 * <ul>
 *   <li>the subject never changes; the display name is non-blank (at most {@value #MAX_NAME_LENGTH}
 *       characters), the e-mail valid, the country in the EU/EEA;</li>
 *   <li>grants change only by someone who {@link Actor#mayGrant(RoleGrant) may give them}; granting
 *       a held grant or revoking one not held changes nothing; nobody holds the operator capability as a
 *       grant (operators are named in configuration);</li>
 *   <li>a centre assistant is granted only to act for a user who is, at the time of granting, a
 *       health professional at that centre; they never act for themselves, and are never a panel
 *       member: nobody holds a centre assistant grant and a guest expert grant at the same time;</li>
 *   <li>every notification kind has a channel (its default until the user chooses), and only the
 *       user changes their own profile and preferences.</li>
 * </ul>
 */
public final class User {

    static final int MAX_NAME_LENGTH = 200;

    private final UserId id;
    private final Subject subject;
    private String displayName;
    private EmailAddress email;
    private Country country;
    private final Set<RoleGrant> grants;
    private final Map<NotificationKind, NotificationChannel> preferences;
    private Language language;
    private final long version;
    private final RecordedEvents events = new RecordedEvents();

    private User(UserId id, Subject subject, String displayName, EmailAddress email, Country country,
                 Set<RoleGrant> grants, Map<NotificationKind, NotificationChannel> preferences, Language language,
                 long version) {
        this.id = Require.present(id, "user-id");
        this.subject = Require.present(subject, "oidc-subject");
        this.displayName = Require.text(displayName, "display-name", MAX_NAME_LENGTH);
        this.email = Require.present(email, "email");
        this.country = Require.present(country, "country");
        this.grants = new LinkedHashSet<>();
        Require.present(grants, "grants").forEach(this::add);
        this.preferences = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            this.preferences.put(kind, kind.defaultChannel());
        }
        this.preferences.putAll(Require.noNullEntries(preferences, "notification-preferences"));
        this.language = Require.present(language, "language");
        this.version = version;
    }

    /** A person signing in for the first time: no grants, default notification channels. */
    public static User register(UserId id, Subject subject, String displayName, EmailAddress email, Country country,
                                Instant now) {
        var user = new User(id, subject, displayName, email, country, Set.of(), Map.of(), Language.DEFAULT, 0);
        user.events.record(new UserRegistered(id, country, now));
        return user;
    }

    /**
     * Rebuilds a user from storage, recording nothing. Kinds missing from {@code preferences} get
     * their default channel.
     */
    public static User restore(UserId id, Subject subject, String displayName, EmailAddress email, Country country,
                               Set<RoleGrant> grants, Map<NotificationKind, NotificationChannel> preferences,
                               Language language, long version) {
        return new User(id, subject, displayName, email, country, grants, preferences, language, version);
    }

    /** Rebuilds a user who reads the default language (see the full {@code restore}). */
    public static User restore(UserId id, Subject subject, String displayName, EmailAddress email, Country country,
                               Set<RoleGrant> grants, Map<NotificationKind, NotificationChannel> preferences,
                               long version) {
        return new User(id, subject, displayName, email, country, grants, preferences, Language.DEFAULT, version);
    }


    /** @throws NotOwnAccount {@code user.not-own-account} unless {@code by} is this user */
    public void updateProfile(String newDisplayName, EmailAddress newEmail, Country newCountry, Language newLanguage,
                              Actor by, Instant now) {
        requireSelf(by);
        displayName = Require.text(newDisplayName, "display-name", MAX_NAME_LENGTH);
        email = Require.present(newEmail, "email");
        country = Require.present(newCountry, "country");
        language = Require.present(newLanguage, "language");
        events.record(new UserProfileUpdated(id, country, now));
    }

    /**
     * Gives this user a role grant; nothing happens if they already hold it.
     *
     * @param actingFor for a centre assistant grant, the user it names to act for, as stored now
     *                  (empty when there is no such user); for any other grant, empty
     * @throws GrantForbidden {@code user.grant-forbidden} unless {@code by} {@link Actor#mayGrant(RoleGrant) may give it}
     * @throws ActingForNotHealthProfessional {@code user.acting-for-not-hp} for a centre assistant of
     *         anyone but a health professional of that centre
     * @throws IllegalGrant {@code user.assistant-for-self} or {@code user.assistant-and-guest}
     */
    public void grant(RoleGrant grant, Actor by, Optional<User> actingFor, Instant now) {
        requireMayGrant(grant, by);
        grant.requireActsForHealthProfessional(actingFor);
        if (add(grant)) {
            events.record(new RoleGranted(id, grant, by.id(), now));
        }
    }

    /**
     * Takes a role grant away; nothing happens if they do not hold it.
     *
     * @throws GrantForbidden {@code user.grant-forbidden} unless {@code by} {@link Actor#mayGrant(RoleGrant) may give it}
     */
    public void revoke(RoleGrant grant, Actor by, Instant now) {
        requireMayGrant(grant, by);
        if (grants.remove(grant)) {
            events.record(new RoleRevoked(id, grant, by.id(), now));
        }
    }

    /**
     * Relieves this user of every coordinator grant they hold in the ERN, as when an operator replaces a
     * coordinator.
     *
     * @throws GrantForbidden {@code user.grant-forbidden} unless {@code by} may take a coordinator grant back
     * @throws IllegalGrant {@code user.not-coordinator} if they coordinate no centre in the ERN
     */
    public void relieveAsCoordinator(Ern ern, Actor by, Instant now) {
        var held = grants.stream().filter(g -> g.role() == Role.COORDINATOR && g.ern() == ern).toList();
        if (held.isEmpty()) {
            throw IllegalGrant.notCoordinator(Require.present(ern, "ern"));
        }
        held.forEach(grant -> revoke(grant, by, now));
    }

    /** @throws NotOwnAccount {@code user.not-own-account} unless {@code by} is this user */
    public void choose(NotificationKind kind, NotificationChannel channel, Actor by, Instant now) {
        requireSelf(by);
        preferences.put(Require.present(kind, "notification-kind"), Require.present(channel, "notification-channel"));
        events.record(new NotificationPreferenceChosen(id, kind, channel, now));
    }

    private void requireSelf(Actor by) {
        if (!by.id().equals(id)) {
            throw new NotOwnAccount(id);
        }
    }

    private void requireMayGrant(RoleGrant grant, Actor by) {
        Require.present(grant, "role-grant");
        if (!by.mayGrant(grant)) {
            throw new GrantForbidden(grant.role());
        }
    }

    private boolean add(RoleGrant grant) {
        Require.present(grant, "role-grant");
        if (id.equals(grant.actingFor())) {
            throw IllegalGrant.assistantForSelf();
        }
        if (grant.role() == Role.OPERATOR) {
            throw IllegalGrant.operatorNotGranted();
        }
        if (grant.role() == Role.CENTRE_ASSISTANT && holds(Role.GUEST_EXPERT)
                || grant.role() == Role.GUEST_EXPERT && holds(Role.CENTRE_ASSISTANT)) {
            throw IllegalGrant.assistantAndGuest();
        }
        return grants.add(grant);
    }

    private boolean holds(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    public boolean holds(RoleGrant grant) {
        return grants.contains(grant);
    }

    /** The language of the user's e-mails. */
    public Language language() {
        return language;
    }

    /** The channel for this kind: the user's choice, or the kind's default. */
    public NotificationChannel channelFor(NotificationKind kind) {
        return preferences.get(kind);
    }

    /** The channel of every notification kind. */
    public Map<NotificationKind, NotificationChannel> notificationPreferences() {
        return Collections.unmodifiableMap(preferences);
    }

    /** This user acting with the grants they hold now. */
    public Actor asActor() {
        return new Actor(id, grants);
    }

    public UserId id() {
        return id;
    }

    public Subject subject() {
        return subject;
    }

    public String displayName() {
        return displayName;
    }

    public EmailAddress email() {
        return email;
    }

    public Country country() {
        return country;
    }

    public Set<RoleGrant> grants() {
        return Collections.unmodifiableSet(grants);
    }

    public long version() {
        return version;
    }

    public List<DomainEvent> pullEvents() {
        return events.pull();
    }
}
