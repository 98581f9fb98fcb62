package org.opencpms.application.panel;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;

/**
 * The steps every change of an existing panel takes, in order, in the command's one transaction: load it once
 * ({@code panel.not-found}), check the version the caller read ({@code panel.concurrent-update}), let the domain
 * make the change at the clock's instant, save, publish the recorded events, audit the change with the panel's
 * patient (one entry), and answer the changed panel as the actor now sees it, at the version the save stored (the
 * {@link Panels} port stores the next version on every save): made from the panel in hand and its patient, loaded
 * once, never by reading the panel again. The answer is empty when the change took the panel out of the actor's
 * sight (an invitee who declines, a coordinator who forwards it to another ERN, a lead who deletes a draft).
 * Nothing is saved, published or audited when the change throws.
 */
final class PanelChanges {

    private static final String RESOURCE = "Panel";

    private final Panels panels;
    private final PanelViews views;
    private final DomainEvents events;
    private final Auditing auditing;
    private final Clock clock;

    PanelChanges(Panels panels, Patients patients, AccessPolicy policy, DomainEvents events, Auditing auditing,
                 Clock clock) {
        this.panels = panels;
        this.views = new PanelViews(patients, policy, clock);
        this.events = events;
        this.auditing = auditing;
        this.clock = clock;
    }

    /** Applies a change and answers the panel as the actor sees it after the change, if they still do. */
    Optional<PanelView> change(PanelId id, Long expectedVersion, Actor actor, AuditAction action, String purpose,
                               BiConsumer<Panel, Instant> change) {
        return create(id, expectedVersion, actor, action, purpose, (panel, now) -> {
            change.accept(panel, now);
            return panel.id();
        }).panel();
    }

    /** Applies a change that creates something in the panel and answers its id, with the panel as the actor sees it. */
    <T> Created<T> create(PanelId id, Long expectedVersion, Actor actor, AuditAction action, String purpose,
                          BiFunction<Panel, Instant, T> change) {
        var panel = panels.get(id);
        ConcurrentUpdate.check("panel", id, expectedVersion, panel.version());
        T created = change.apply(panel, clock.instant());
        panels.save(panel);
        events.publish(panel.pullEvents());
        auditing.record(actor, action, RESOURCE, panel.id(), panel.patient(), purpose);
        return new Created<>(created, views.seenBy(actor, panel, panel.version() + 1));
    }
}
