package org.opencpms.application.panel;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.shared.PanelId;

/** Meetings scheduled through the domain, for the tests of the meeting use cases. */
final class Meetings {

    private Meetings() {
    }

    /** A one-hour meeting of the lead starting at {@code start}, scheduled a day before it. */
    static MeetingId scheduled(PanelFixtures world, PanelId panel, Instant start) {
        var meeting = new AtomicReference<MeetingId>();
        world.change(panel, p -> meeting.set(p.scheduleMeeting(world.lead, start, Duration.ofHours(1),
                Set.of(world.lead.id()), "https://meet.example.eu/room", start.minus(Duration.ofDays(1)))));
        return meeting.get();
    }
}
