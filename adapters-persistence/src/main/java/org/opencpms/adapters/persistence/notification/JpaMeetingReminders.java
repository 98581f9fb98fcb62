package org.opencpms.adapters.persistence.notification;

import static org.opencpms.adapters.persistence.notification.JpaNotifications.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.opencpms.adapters.persistence.Stores;
import org.opencpms.domain.notification.MeetingReminders;
import org.opencpms.domain.panel.MeetingId;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;

/**
 * The meeting reminders in {@code meeting_reminder}, one row per meeting. Taking is a conditional {@code DELETE ...
 * WHERE due_at <= now} per row, in the caller's transaction: of two nodes taking the same row the second waits for
 * the first's commit and then deletes nothing, so each reminder is given once (and back if the taker rolls back).
 */
@ApplicationScoped
public class JpaMeetingReminders implements MeetingReminders {

    private final EntityManager em;

    @Inject
    public JpaMeetingReminders(EntityManager em) {
        this.em = em;
    }

    @Override
    public void schedule(MeetingId meeting, PanelId panel, Instant due) {
        var row = em.find(MeetingReminderEntity.class, meeting.value());
        if (row == null) {
            row = new MeetingReminderEntity();
            row.meetingId = meeting.value();
            em.persist(row);
        }
        row.panelId = panel.value();
        row.dueAt = utc(due);
        Stores.flush(em, "meeting-reminder", meeting);
    }

    @Override
    public void withdraw(MeetingId meeting) {
        em.createQuery("delete from MeetingReminder r where r.meetingId = :id").setParameter("id", meeting.value())
                .executeUpdate();
    }

    @Override
    public List<Due> take(Instant now, int limit) {
        Require.page(0, limit);
        var candidates = em.createQuery("select r from MeetingReminder r where r.dueAt <= :now"
                        + " order by r.dueAt, r.meetingId", MeetingReminderEntity.class)
                .setParameter("now", utc(now)).setMaxResults(limit).getResultList();
        var taken = new ArrayList<Due>();
        for (var row : candidates) {
            em.detach(row);
            int deleted = em.createQuery("delete from MeetingReminder r where r.meetingId = :id and r.dueAt <= :now")
                    .setParameter("id", row.meetingId).setParameter("now", utc(now)).executeUpdate();
            if (deleted == 1) {
                taken.add(new Due(new MeetingId(row.meetingId), new PanelId(row.panelId)));
            }
        }
        return taken;
    }
}
