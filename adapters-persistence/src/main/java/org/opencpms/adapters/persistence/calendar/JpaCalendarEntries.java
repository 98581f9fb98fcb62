package org.opencpms.adapters.persistence.calendar;

import static org.opencpms.adapters.persistence.notification.JpaNotifications.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.opencpms.adapters.persistence.Stores;
import org.opencpms.domain.calendar.CalendarEntries;
import org.opencpms.domain.calendar.CalendarEntry;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.panel.VideoLink;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * The calendar entries in {@code calendar_entry}, one row per meeting and attendee. A save replaces the meeting's
 * rows unless they hold a later change (a higher sequence), so that changes relayed out of order keep the last one.
 */
@ApplicationScoped
public class JpaCalendarEntries implements CalendarEntries {

    private final EntityManager em;

    @Inject
    public JpaCalendarEntries(EntityManager em) {
        this.em = em;
    }

    @Override
    public void save(CalendarEntry entry, Set<UserId> attendees) {
        var newer = em.createQuery("select count(e) from CalendarEntry e where e.meetingId = :meeting"
                        + " and e.sequence > :sequence", Long.class)
                .setParameter("meeting", entry.meeting().value()).setParameter("sequence", entry.sequence())
                .getSingleResult();
        if (newer > 0) {
            return;
        }
        em.createQuery("delete from CalendarEntry e where e.meetingId = :meeting")
                .setParameter("meeting", entry.meeting().value()).executeUpdate();
        for (var attendee : attendees) {
            var row = new CalendarEntryEntity();
            row.meetingId = entry.meeting().value();
            row.attendeeId = attendee.value();
            row.panelId = entry.panel().value();
            row.nickname = entry.nickname();
            row.startAt = utc(entry.start());
            row.endAt = utc(entry.end());
            row.videoLink = entry.video().toString();
            row.sequence = entry.sequence();
            row.cancelled = entry.cancelled();
            em.persist(row);
        }
        Stores.flush(em, "calendar-entry", entry.meeting());
    }

    @Override
    public List<CalendarEntry> of(UserId attendee, Instant endingAfter, int limit) {
        Require.page(0, limit);
        return em.createQuery("select e from CalendarEntry e where e.attendeeId = :attendee and e.endAt > :after"
                        + " order by e.startAt, e.meetingId", CalendarEntryEntity.class)
                .setParameter("attendee", attendee.value()).setParameter("after", utc(endingAfter))
                .setMaxResults(limit).getResultStream()
                .map(e -> new CalendarEntry(new MeetingId(e.meetingId), new PanelId(e.panelId), e.nickname,
                        e.startAt.toInstant(), e.endAt.toInstant(), VideoLink.of(e.videoLink), e.sequence,
                        e.cancelled))
                .toList();
    }
}
