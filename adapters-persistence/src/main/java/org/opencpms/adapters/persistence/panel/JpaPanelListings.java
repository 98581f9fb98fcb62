package org.opencpms.adapters.persistence.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.opencpms.domain.panel.PanelCursor;
import org.opencpms.domain.panel.PanelListing;
import org.opencpms.domain.panel.PanelListings;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * "My panels" from the columns {@link JpaPanels} writes with every panel it saves, in the same transaction: the
 * user's row of {@code panel_participant} (role, drafting instant), the panel's summary columns of {@code panel}
 * (lead ERN, state, urgency, deadline) and the patient's nickname from {@code patient}; never the panel's document,
 * so a page costs the same however long the panels' timelines grow. One query per page, on
 * {@code ix_panel_participant_user}, seeking past the cursor as {@link JpaPanels#involving} does.
 */
@ApplicationScoped
public class JpaPanelListings implements PanelListings {

    private static final String SELECT = "select p.id, x.draftedAt, p.patientId, pt.nickname, p.leadErn, p.state, p.urgent,"
            + " p.deadline, x.role from PanelParticipant x, Panel p, PatientEntity pt"
            + " where x.userId = :user and p.id = x.panelId and pt.id = p.patientId and p.state <> :deleted";
    private static final String ORDER = " order by x.draftedAt desc, x.panelId";

    private final EntityManager em;

    @Inject
    public JpaPanelListings(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<PanelListing> involving(UserId user, Optional<PanelCursor> after, int limit) {
        Require.page(0, limit);
        var query = em.createQuery(after.isEmpty() ? SELECT + ORDER
                        : SELECT + " and x.draftedAt <= :at and (x.draftedAt < :at or x.panelId > :id)" + ORDER, Object[].class)
                .setParameter("user", Require.present(user, "user-id").value())
                .setParameter("deleted", PanelState.DELETED)
                .setMaxResults(limit);
        after.ifPresent(position -> query.setParameter("at", JpaPanels.time(position.draftedAt())).setParameter("id", position.id().value()));
        return query.getResultList().stream().map(JpaPanelListings::listing).toList();
    }

    private static PanelListing listing(Object[] row) {
        return new PanelListing(new PanelId((UUID) row[0]), ((OffsetDateTime) row[1]).toInstant(), new PatientId((UUID) row[2]),
                new Nickname((String) row[3]), (Ern) row[4], (PanelState) row[5], (Boolean) row[6],
                Optional.ofNullable((OffsetDateTime) row[7]).map(OffsetDateTime::toInstant),
                PanelListing.Involvement.valueOf(((ParticipantRole) row[8]).name()));
    }
}
