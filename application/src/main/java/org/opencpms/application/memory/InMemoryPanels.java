package org.opencpms.application.memory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelCursor;
import org.opencpms.domain.panel.PanelSnapshot;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * Panels kept as snapshots and handed out as freshly restored panels, so that callers never share
 * state with the store and a stale version fails with {@link ConcurrentUpdate}
 * ({@code panel.concurrent-update}), as in the database. Thread-safe.
 */
public final class InMemoryPanels implements Panels {

    private static final Comparator<PanelSnapshot> NEWEST_FIRST = Comparator.comparing(
            s -> new PanelCursor(s.draftedAt(), s.id()), PanelCursor.LIST_ORDER);

    private final Map<PanelId, PanelSnapshot> panels = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Panel> find(PanelId id) {
        return Optional.ofNullable(panels.get(id)).map(Panel::restore);
    }

    @Override
    public synchronized void save(Panel panel) {
        var stored = panels.get(panel.id());
        long version = StoredVersions.next("panel", panel.id(), stored == null ? null : stored.version(), panel.version());
        panels.put(panel.id(), withVersion(panel.snapshot(), version));
    }

    @Override
    public synchronized List<Panel> ofPatient(PatientId patient) {
        return restoredNewestFirst(s -> s.patient().equals(patient));
    }

    @Override
    public synchronized List<Panel> involving(UserId user, int offset, int limit) {
        return Paging.page(involving(user), offset, limit);
    }

    @Override
    public synchronized List<Panel> involving(UserId user, Optional<PanelCursor> after, int limit) {
        Require.page(0, limit);
        return involving(user).stream()
                .filter(p -> after.map(position -> position.precedes(p)).orElse(true))
                .limit(limit)
                .toList();
    }

    private List<Panel> involving(UserId user) {
        return restoredNewestFirst(s -> s.state() != PanelState.DELETED).stream()
                .filter(p -> p.isParticipant(user) || p.hasPendingInvitation(user))
                .toList();
    }

    /** Every stored panel, deleted ones included, the most recently drafted first. */
    public synchronized List<Panel> all() {
        return restoredNewestFirst(s -> true);
    }

    private List<Panel> restoredNewestFirst(Predicate<PanelSnapshot> filter) {
        return panels.values().stream().filter(filter).sorted(NEWEST_FIRST).map(Panel::restore).toList();
    }

    private static PanelSnapshot withVersion(PanelSnapshot s, long version) {
        return new PanelSnapshot(s.id(), s.patient(), s.patientCentre(), s.leadErn(), s.lead(), s.draftedBy(),
                s.draftedAt(), s.copiedFrom(), s.state(), s.form(), s.deadline(), s.history(), s.forwardings(),
                s.handovers(), s.invitations(), s.comments(), s.dataRequests(), s.contributions(), s.meetings(),
                s.outcome(), s.usefulness(), version);
    }
}
