package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

/** The panel lead or a panel manager of the lead ERN schedules a meeting of the panel's participants. */
@ApplicationScoped
@Transactional
public class ScheduleMeeting {

    /** @param expectedVersion the panel's version the caller read, or null for no check */
    public record Command(Actor actor, PanelId panel, Long expectedVersion, Instant start, Duration duration,
                          Set<UserId> attendees, String videoLink) {
        public Command {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
            Require.present(start, "meeting-start");
            Require.present(duration, "meeting-duration");
            attendees = Set.copyOf(Require.present(attendees, "attendees"));
        }
    }

    private final PanelChanges changes;

    @Inject
    public ScheduleMeeting(Panels panels, Patients patients, AccessPolicy policy, DomainEvents events,
                           Auditing auditing, Clock clock) {
        this.changes = new PanelChanges(panels, patients, policy, events, auditing, clock);
    }

    /**
     * @return the id of what it created, and the panel as the actor sees it after the change
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}
     * @throws org.opencpms.domain.shared.ConcurrentUpdate {@code panel.concurrent-update} if it changed since
     *         {@code expectedVersion}
     * @throws org.opencpms.domain.panel.PanelForbidden {@code panel.forbidden}
     * @throws org.opencpms.domain.panel.PanelRuleViolation {@code panel.not-allowed-in-state}
     * @throws org.opencpms.domain.panel.PanelRuleViolation {@code panel.meeting-not-in-future} or
     *         {@code panel.attendee-not-participant}
     * @throws org.opencpms.domain.shared.InvalidValue {@code meeting-duration.invalid}, {@code attendees.invalid} or
     *         {@code video-link.invalid}
     */
    public Created<MeetingId> handle(Command cmd) {
        return changes.create(cmd.panel(), cmd.expectedVersion(), cmd.actor(), AuditAction.UPDATE,
                "schedule meeting",
                (panel, now) -> panel.scheduleMeeting(
                        cmd.actor(), cmd.start(), cmd.duration(), cmd.attendees(), cmd.videoLink(), now));
    }
}
