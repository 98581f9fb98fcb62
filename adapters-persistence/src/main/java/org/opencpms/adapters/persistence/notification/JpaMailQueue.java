package org.opencpms.adapters.persistence.notification;

import static org.opencpms.adapters.persistence.notification.JpaNotifications.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opencpms.domain.notification.DeadMail;
import org.opencpms.domain.notification.MailQueue;
import org.opencpms.domain.notification.NotificationId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * The mails to send in {@code mail_delivery}, one row per notification on an e-mail channel.
 *
 * <p>Claiming works alike on H2 and PostgreSQL, without engine-specific SQL: it reads the ids of pending rows due and
 * not leased, then takes each by a conditional {@code UPDATE ... WHERE state = 'PENDING' AND (leased_until IS NULL
 * OR leased_until < now)} that sets the lease and counts the attempt. Of two workers updating the same row, the
 * second waits for the first's commit and then finds the condition false (the row is leased): one update counts 1,
 * the other 0, so each row is claimed by one worker. Every worker takes the rows in the same order (due time, then
 * id), so two never wait for each other in a cycle. The caller commits the claim before sending.
 */
@ApplicationScoped
public class JpaMailQueue implements MailQueue {

    private final EntityManager em;

    @Inject
    public JpaMailQueue(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Claimed> claim(Instant now, Instant until, int limit) {
        Require.page(0, limit);
        var candidates = em.createQuery("select m.notificationId from MailDelivery m where m.state = 'PENDING'"
                        + " and m.dueAt <= :now and (m.leasedUntil is null or m.leasedUntil < :now)"
                        + " order by m.dueAt, m.notificationId",
                        UUID.class)
                .setParameter("now", utc(now)).setMaxResults(limit).getResultList();
        var claimed = new ArrayList<Claimed>();
        for (var id : candidates) {
            int taken = em.createQuery("update MailDelivery m set m.leasedUntil = :until, m.attempts = m.attempts + 1"
                            + " where m.notificationId = :id and m.state = 'PENDING'"
                            + " and (m.leasedUntil is null or m.leasedUntil < :now)")
                    .setParameter("until", utc(until)).setParameter("id", id).setParameter("now", utc(now))
                    .executeUpdate();
            if (taken == 1) {
                int attempt = em.createQuery("select m.attempts from MailDelivery m where m.notificationId = :id",
                        Integer.class).setParameter("id", id).getSingleResult();
                var row = em.find(NotificationEntity.class, id);
                claimed.add(new Claimed(JpaNotifications.toNotification(row), attempt));
            }
        }
        return claimed;
    }

    @Override
    public void sent(NotificationId id, Instant at) {
        var row = em.find(MailDeliveryEntity.class, id.value());
        if (row != null) {
            em.refresh(row);
            row.state = MailDeliveryEntity.SENT;
            row.sentAt = utc(at);
            row.leasedUntil = null;
        }
    }

    @Override
    public void failed(NotificationId id, String reason, Instant at, Instant retryAt) {
        var row = em.find(MailDeliveryEntity.class, id.value());
        if (row != null) {
            em.refresh(row);
            if (MailDeliveryEntity.PENDING.equals(row.state)) {
                row.state = retryAt == null ? MailDeliveryEntity.DEAD : MailDeliveryEntity.PENDING;
                row.dueAt = retryAt == null ? row.dueAt : utc(retryAt);
                row.leasedUntil = null;
                row.lastFailure = Require.text(reason, "mail-failure", 200);
                row.failedAt = utc(at);
            }
        }
    }

    @Override
    public List<DeadMail> dead(int offset, int limit) {
        Require.page(offset, limit);
        return em.createQuery("select m, n from MailDelivery m, Notification n where n.id = m.notificationId"
                        + " and m.state = 'DEAD' order by m.failedAt desc, m.notificationId", Object[].class)
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(pair -> {
                    var m = (MailDeliveryEntity) pair[0];
                    var n = (NotificationEntity) pair[1];
                    return new DeadMail(new NotificationId(m.notificationId), new UserId(n.recipientId), n.topic,
                            m.attempts, m.lastFailure, m.failedAt.toInstant());
                }).toList();
    }

    @Override
    public boolean retry(NotificationId id, Instant now) {
        var row = em.find(MailDeliveryEntity.class, id.value());
        if (row == null) {
            return false;
        }
        em.refresh(row);
        if (!MailDeliveryEntity.DEAD.equals(row.state)) {
            return false;
        }
        row.state = MailDeliveryEntity.PENDING;
        row.attempts = 0;
        row.dueAt = utc(now);
        return true;
    }
}
