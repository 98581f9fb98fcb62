package org.opencpms.adapters.persistence.notification;

import static org.opencpms.adapters.persistence.notification.JpaNotifications.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
 * <p>Claiming works alike on H2 and PostgreSQL, without engine-specific SQL. It reads the ids of the first pending
 * rows due and not leased, locks those still claimable {@code FOR UPDATE} (a pessimistic write lock; a second query,
 * because EclipseLink writes {@code FOR UPDATE} before H2's {@code LIMIT}), then takes each by a conditional
 * {@code UPDATE ... WHERE state = 'PENDING' AND (leased_until IS NULL OR leased_until < now)} that sets the lease and
 * counts the attempt.
 * The lock is what makes a claim exclusive: a second worker's read waits for the first's commit and then no longer
 * finds the leased rows. The conditional update alone is not enough on H2, which does not promise to re-check an
 * update's condition against a row committed meanwhile (H2 issue 1795: "append FOR UPDATE"); the claim test once saw
 * two workers take the same mail there. Every worker takes the rows in the same order (due time, then id), so two
 * never wait for each other in a cycle. The caller commits the claim before sending.
 */
@ApplicationScoped
public class JpaMailQueue implements MailQueue {

    /** Pending, due and not leased at {@code :now}. */
    private static final String CLAIMABLE = " m.state = 'PENDING' and m.dueAt <= :now"
            + " and (m.leasedUntil is null or m.leasedUntil < :now)";

    private final EntityManager em;

    @Inject
    public JpaMailQueue(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Claimed> claim(Instant now, Instant until, int limit) {
        Require.page(0, limit);
        var candidates = em.createQuery("select m.notificationId from MailDelivery m where" + CLAIMABLE
                        + " order by m.dueAt, m.notificationId", UUID.class)
                .setParameter("now", utc(now)).setMaxResults(limit).getResultList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        var locked = em.createQuery("select m.notificationId from MailDelivery m where m.notificationId in :ids and"
                        + CLAIMABLE + " order by m.dueAt, m.notificationId", UUID.class)
                .setParameter("ids", candidates).setParameter("now", utc(now))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        var claimed = new ArrayList<Claimed>();
        for (var id : locked) {
            int taken = em.createQuery("update MailDelivery m set m.leasedUntil = :until, m.attempts = m.attempts + 1"
                            + " where m.notificationId = :id and" + CLAIMABLE)
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
    public void sent(List<NotificationId> ids, Instant at) {
        if (!ids.isEmpty()) {
            em.createQuery("update MailDelivery m set m.state = 'SENT', m.sentAt = :at, m.leasedUntil = null"
                            + " where m.notificationId in :ids")
                    .setParameter("at", utc(at)).setParameter("ids", ids.stream().map(NotificationId::value).toList())
                    .executeUpdate();
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
