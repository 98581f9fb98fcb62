package org.opencpms.domain.reference;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.RecordedEvents;
import org.opencpms.domain.shared.Require;

/**
 * A healthcare provider (a centre, i.e. a hospital) in an EU/EEA country, and the ERNs it belongs to.
 *
 * <p>Invariants: a provider has a non-blank name of at most {@value #MAX_NAME_LENGTH} characters and an
 * EU/EEA country; it holds at most one membership per ERN. Having no membership in an ERN makes it a
 * non-member of that ERN. Centres are registered and updated, and their memberships changed, only by a
 * platform operator ({@link PlatformRoles#requireOperator}).
 */
public final class HealthcareProvider {

    static final int MAX_NAME_LENGTH = 200;

    private final ProviderId id;
    private String name;
    private Country country;
    private final Map<Ern, MembershipType> memberships;
    private final long version;
    private final RecordedEvents events = new RecordedEvents();

    private HealthcareProvider(ProviderId id, String name, Country country, Map<Ern, MembershipType> memberships,
                               long version) {
        this.id = Require.present(id, "provider-id");
        this.name = Require.text(name, "provider-name", MAX_NAME_LENGTH);
        this.country = Require.present(country, "country");
        this.memberships = new EnumMap<>(Ern.class);
        this.memberships.putAll(Require.noNullEntries(memberships, "memberships"));
        this.version = version;
    }

    /**
     * Registers a new centre, a member of no ERN yet.
     *
     * @throws NotOperator {@code operator.required} unless {@code by} is a platform operator
     */
    public static HealthcareProvider register(ProviderId id, String name, Country country, PlatformRoles by,
                                              Instant now) {
        PlatformRoles.requireOperator(by);
        var provider = new HealthcareProvider(id, name, country, Map.of(), 0);
        provider.events.record(new HealthcareProviderRegistered(id, country, now));
        return provider;
    }

    /**
     * Corrects the centre's name or country; nothing is recorded when both are as they were.
     *
     * @throws NotOperator {@code operator.required} unless {@code by} is a platform operator
     */
    public void update(String newName, Country newCountry, PlatformRoles by, Instant now) {
        PlatformRoles.requireOperator(by);
        var checkedName = Require.text(newName, "provider-name", MAX_NAME_LENGTH);
        Require.present(newCountry, "country");
        if (checkedName.equals(name) && newCountry.equals(country)) {
            return;
        }
        name = checkedName;
        country = newCountry;
        events.record(new HealthcareProviderUpdated(id, country, now));
    }

    /** Rebuilds a provider from storage, recording nothing. */
    public static HealthcareProvider restore(ProviderId id, String name, Country country,
                                             Map<Ern, MembershipType> memberships, long version) {
        return new HealthcareProvider(id, name, country, memberships, version);
    }

    /**
     * Makes this centre a member of the ERN with the given type, or changes the type of its
     * membership.
     *
     * @param by whoever records it: a platform operator (an {@code Actor})
     * @throws NotOperator {@code operator.required} unless {@code by} is a platform operator
     * @throws MembershipConflict {@code healthcare-provider.already-member} if it already holds exactly that membership
     */
    public void join(Ern ern, MembershipType type, PlatformRoles by, Instant now) {
        PlatformRoles.requireOperator(by);
        Require.present(ern, "ern");
        Require.present(type, "membership-type");
        if (memberships.get(ern) == type) {
            throw MembershipConflict.alreadyMember(id, ern);
        }
        memberships.put(ern, type);
        events.record(new ProviderJoinedErn(id, ern, type, now));
    }

    /**
     * Ends this centre's membership of the ERN.
     *
     * @param by whoever records it: a platform operator (an {@code Actor})
     * @throws NotOperator {@code operator.required} unless {@code by} is a platform operator
     * @throws MembershipConflict {@code healthcare-provider.not-a-member} if it is not a member
     */
    public void leave(Ern ern, PlatformRoles by, Instant now) {
        PlatformRoles.requireOperator(by);
        Require.present(ern, "ern");
        if (memberships.remove(ern) == null) {
            throw MembershipConflict.notAMember(id, ern);
        }
        events.record(new ProviderLeftErn(id, ern, now));
    }

    public Optional<MembershipType> membershipIn(Ern ern) {
        return Optional.ofNullable(memberships.get(ern));
    }

    public boolean isMemberOf(Ern ern) {
        return memberships.containsKey(ern);
    }

    /** @throws CentreNotInErn {@code healthcare-provider.not-in-ern} unless this centre holds a membership of the ERN */
    public void requireMemberOf(Ern ern) {
        if (!isMemberOf(Require.present(ern, "ern"))) {
            throw new CentreNotInErn(id, ern);
        }
    }

    public ProviderId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Country country() {
        return country;
    }

    public Map<Ern, MembershipType> memberships() {
        return Collections.unmodifiableMap(memberships);
    }

    public long version() {
        return version;
    }

    public List<DomainEvent> pullEvents() {
        return events.pull();
    }
}
