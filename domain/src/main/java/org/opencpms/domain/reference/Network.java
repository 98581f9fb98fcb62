package org.opencpms.domain.reference;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.RecordedEvents;
import org.opencpms.domain.shared.Require;

/**
 * The reference data OpenCPMS keeps about one ERN beyond its code and name: its thematic disease
 * groups.
 *
 * <p>Invariants: one network per {@link Ern}; disease group codes are unique within the network
 * (compared case-insensitively); groups keep the order in which they were added. Networks are
 * established and disease groups added only by a platform operator ({@link PlatformRoles#requireOperator}).
 */
public final class Network {

    private final Ern ern;
    private final List<DiseaseGroup> diseaseGroups;
    private final long version;
    private final RecordedEvents events = new RecordedEvents();

    private Network(Ern ern, List<DiseaseGroup> diseaseGroups, long version) {
        this.ern = Require.present(ern, "ern");
        this.diseaseGroups = new ArrayList<>();
        Require.present(diseaseGroups, "disease-groups").forEach(this::add);
        this.version = version;
    }

    /**
     * Starts keeping reference data for the ERN, with no disease group yet.
     *
     * @throws NotOperator {@code operator.required} unless {@code by} is a platform operator
     */
    public static Network establish(Ern ern, PlatformRoles by, Instant now) {
        PlatformRoles.requireOperator(by);
        var network = new Network(ern, List.of(), 0);
        network.events.record(new NetworkEstablished(ern, now));
        return network;
    }

    /** Rebuilds a network from storage, recording nothing. */
    public static Network restore(Ern ern, List<DiseaseGroup> diseaseGroups, long version) {
        return new Network(ern, diseaseGroups, version);
    }

    /**
     * @param by whoever adds it: a platform operator (an {@code Actor})
     * @throws NotOperator {@code operator.required} unless {@code by} is a platform operator
     * @throws DuplicateDiseaseGroup {@code network.duplicate-disease-group} if a group with that code exists
     */
    public void addDiseaseGroup(DiseaseGroup group, PlatformRoles by, Instant now) {
        PlatformRoles.requireOperator(by);
        add(group);
        events.record(new DiseaseGroupAdded(ern, group.code(), now));
    }

    private void add(DiseaseGroup group) {
        Require.present(group, "disease-group");
        if (diseaseGroup(group.code()).isPresent()) {
            throw new DuplicateDiseaseGroup(ern, group.code());
        }
        diseaseGroups.add(group);
    }

    /** The group with this code, compared case-insensitively. */
    public Optional<DiseaseGroup> diseaseGroup(String code) {
        return diseaseGroups.stream().filter(g -> g.code().equalsIgnoreCase(code)).findFirst();
    }

    public Ern ern() {
        return ern;
    }

    public List<DiseaseGroup> diseaseGroups() {
        return List.copyOf(diseaseGroups);
    }

    public long version() {
        return version;
    }

    public List<DomainEvent> pullEvents() {
        return events.pull();
    }
}
