package org.opencpms.adapters.persistence.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.opencpms.adapters.persistence.Stores;
import org.opencpms.domain.panel.Invitation;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelCursor;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.panel.Usefulness;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * Panels in the {@code panel} and {@code panel_participant} tables.
 *
 * <p>Mapping: a panel is one {@code panel} row. Its {@link Panel#snapshot() snapshot}, all of it but
 * the version, is the row's JSON {@code document} ({@link PanelDocument}), from which a panel is
 * restored; the other columns (patient, patient centre, lead ERN, lead, state, urgent, drafted at,
 * opened at, outcome finalised at, usefulness rating, deadline) are projections of the same panel,
 * rewritten on every save, for the queries and the KPI facts. {@code panel_participant} holds who
 * takes part ({@code LEAD}, {@code MEMBER}: accepted or former lead, {@code INVITED}: pending), and
 * is brought in line with the panel on every save. Panels hold no identifying data: neither table
 * refers to the patient's identity.
 *
 * <p>Invariants: the row's {@code @Version} is the panel's version plus one and grows by exactly one
 * per save, even when nothing changed; a save whose version is not the stored one, or that loses a
 * race with a concurrent save of the same panel, fails with {@link ConcurrentUpdate}
 * ({@code panel.concurrent-update}) and changes nothing; every read restores a new, independent panel.
 * "My panels" are read from the index ({@code user_id}, {@code drafted_at DESC}, {@code panel_id}) of
 * {@code panel_participant}, in {@link PanelCursor#LIST_ORDER} (both databases order a UUID as its
 * canonical text); the keyset page after a cursor seeks that index with {@code drafted_at <= :at}
 * and drops the panels drafted at the same instant up to the cursor's id.
 */
@ApplicationScoped
public class JpaPanels implements Panels {

    private static final String AGGREGATE = "panel";

    private final EntityManager em;

    @Inject
    public JpaPanels(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public Optional<Panel> find(PanelId id) {
        return Optional.ofNullable(em.find(PanelEntity.class, id.value())).map(JpaPanels::toPanel);
    }

    @Override
    public void save(Panel panel) {
        PanelEntity entity = em.find(PanelEntity.class, panel.id().value());
        if (entity == null) {
            Stores.checkNew(AGGREGATE, panel.id(), panel.version());
            entity = new PanelEntity();
            entity.id = panel.id().value();
            entity.patientId = panel.patient().value();
            entity.patientCentreId = panel.patientCentre().value();
            entity.draftedAt = time(panel.draftedAt());
            copy(panel, entity);
            em.persist(entity);
        } else {
            Stores.checkVersion(AGGREGATE, panel.id(), entity.version, panel.version());
            copy(panel, entity);
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        Stores.flush(em, AGGREGATE, panel.id(), () -> new ConcurrentUpdate(AGGREGATE, panel.id()));
        keepParticipants(panel);
        Stores.flush(em, AGGREGATE, panel.id(), () -> new ConcurrentUpdate(AGGREGATE, panel.id()));
    }

    /** Lists read their rows read only: not kept in the persistence context, so no later flush compares them. */
    @Override
    public List<Panel> ofPatient(PatientId patient) {
        return em.createQuery("select p from Panel p where p.patientId = :patient order by p.draftedAt desc, p.id",
                        PanelEntity.class)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .setParameter("patient", patient.value())
                .getResultList().stream().map(JpaPanels::toPanel).toList();
    }

    @Override
    public List<Panel> involving(UserId user, int offset, int limit) {
        Require.page(offset, limit);
        return em.createQuery("select p from PanelParticipant x, Panel p where x.userId = :user and p.id = x.panelId"
                        + " and p.state <> :deleted order by x.draftedAt desc, x.panelId", PanelEntity.class)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .setParameter("user", user.value())
                .setParameter("deleted", PanelState.DELETED)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList().stream().map(JpaPanels::toPanel).toList();
    }

    @Override
    public List<Panel> involving(UserId user, Optional<PanelCursor> after, int limit) {
        Require.page(0, limit);
        if (after.isEmpty()) {
            return involving(user, 0, limit);
        }
        return em.createQuery("select p from PanelParticipant x, Panel p where x.userId = :user and p.id = x.panelId"
                        + " and p.state <> :deleted and x.draftedAt <= :at and (x.draftedAt < :at or x.panelId > :id)"
                        + " order by x.draftedAt desc, x.panelId", PanelEntity.class)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .setParameter("user", user.value())
                .setParameter("deleted", PanelState.DELETED)
                .setParameter("at", time(after.get().draftedAt()))
                .setParameter("id", after.get().id().value())
                .setMaxResults(limit)
                .getResultList().stream().map(JpaPanels::toPanel).toList();
    }

    private static Panel toPanel(PanelEntity entity) {
        return Panel.restore(PanelDocument.fromJson(entity.document, Stores.domainVersion(entity.version)));
    }

    /** Writes everything that may change: the document and the columns projected from it. */
    private static void copy(Panel panel, PanelEntity entity) {
        entity.leadErn = panel.leadErn();
        entity.leadId = panel.lead().value();
        entity.state = panel.state();
        entity.urgent = panel.isUrgent();
        entity.openedAt = panel.openedAt().map(JpaPanels::time).orElse(null);
        entity.outcomeFinalisedAt = panel.outcomeFinalisedAt().map(JpaPanels::time).orElse(null);
        entity.usefulness = panel.usefulness().map(Usefulness::rating).orElse(null);
        entity.deadline = panel.deadline().map(JpaPanels::time).orElse(null);
        entity.document = PanelDocument.toJson(panel.snapshot());
    }

    /** Brings {@code panel_participant} in line with the panel: role changes update a row, never replace it. */
    private void keepParticipants(Panel panel) {
        Map<UUID, ParticipantRole> wanted = participants(panel);
        List<PanelParticipantEntity> stored = em.createQuery(
                        "select x from PanelParticipant x where x.panelId = :panel", PanelParticipantEntity.class)
                .setParameter("panel", panel.id().value())
                .getResultList();
        for (PanelParticipantEntity row : stored) {
            ParticipantRole role = wanted.remove(row.userId);
            if (role == null) {
                em.remove(row);
            } else {
                row.role = role;
            }
        }
        wanted.forEach((user, role) -> {
            var row = new PanelParticipantEntity();
            row.panelId = panel.id().value();
            row.userId = user;
            row.role = role;
            row.draftedAt = time(panel.draftedAt());
            em.persist(row);
        });
    }

    /** Everyone involved in the panel with their strongest role: lead over member over pending invitee. */
    private static Map<UUID, ParticipantRole> participants(Panel panel) {
        Map<UUID, ParticipantRole> roles = new LinkedHashMap<>();
        panel.invitations().stream().filter(Invitation::isPending)
                .forEach(i -> roles.put(i.invitee().value(), ParticipantRole.INVITED));
        panel.members().forEach(m -> roles.put(m.value(), ParticipantRole.MEMBER));
        roles.put(panel.lead().value(), ParticipantRole.LEAD);
        return roles;
    }

    /**
     * The instant as the columns hold it: to the microsecond, rounded half up here rather than by the
     * driver or the database (which differ on nanoseconds), so that a cursor's time is exactly the
     * stored time of its panel.
     */
    static OffsetDateTime time(Instant instant) {
        return instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
