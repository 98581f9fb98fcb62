package org.opencpms.application.panel;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;

/**
 * The steps every change of an existing panel takes, in order: load it ({@code panel.not-found}),
 * check the version the caller read ({@code panel.concurrent-update}), let the domain make the
 * change at the clock's instant, save, publish the recorded events and audit the change with the
 * panel's patient. Nothing is saved, published or audited when the change throws.
 */
final class PanelChanges {

    private static final String RESOURCE = "Panel";

    private final Panels panels;
    private final DomainEvents events;
    private final Auditing auditing;
    private final Clock clock;

    PanelChanges(Panels panels, DomainEvents events, Auditing auditing, Clock clock) {
        this.panels = panels;
        this.events = events;
        this.auditing = auditing;
        this.clock = clock;
    }

    /** Applies a change that returns nothing. */
    void change(PanelId id, Long expectedVersion, Actor actor, AuditAction action, String purpose,
                BiConsumer<Panel, Instant> change) {
        changeAndGet(id, expectedVersion, actor, action, purpose, (panel, now) -> {
            change.accept(panel, now);
            return null;
        });
    }

    /** Applies a change and returns what it returned (e.g. the id of what it created). */
    <R> R changeAndGet(PanelId id, Long expectedVersion, Actor actor, AuditAction action, String purpose,
                       BiFunction<Panel, Instant, R> change) {
        var panel = panels.get(id);
        ConcurrentUpdate.check("panel", id, expectedVersion, panel.version());
        R result = change.apply(panel, clock.instant());
        panels.save(panel);
        events.publish(panel.pullEvents());
        auditing.record(actor, action, RESOURCE, panel.id(), panel.patient(), purpose);
        return result;
    }
}
