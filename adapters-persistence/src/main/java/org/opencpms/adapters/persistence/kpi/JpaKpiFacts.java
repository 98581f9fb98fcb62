package org.opencpms.adapters.persistence.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.opencpms.domain.kpi.KpiFacts;
import org.opencpms.domain.kpi.PanelFact;
import org.opencpms.domain.kpi.UserFact;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.UserId;

/**
 * The KPI facts as SQL projections, never loading a whole panel or user.
 *
 * <p>Mapping: {@link #panels} reads the projected columns of {@code panel} (lead ERN, state,
 * urgent, drafted at, opened at, outcome finalised at, usefulness) and the {@code LEAD} and
 * {@code MEMBER} rows of {@code panel_participant}, the panel's participants; {@link #users} reads
 * each user's country from {@code app_user} and the ERNs of their grants from
 * {@code app_user_grant}. No query touches a panel's document, a patient or an identity.
 *
 * <p>Invariants: deleted panels are never returned; {@code panels(ern)} returns the panels led by
 * {@code ern} (all panels when it is null); {@code users()} returns every user holding at least one
 * grant, with the ERNs of their grants that have one (a guest expert's or network-wide auditor's
 * grant adds none).
 */
@ApplicationScoped
public class JpaKpiFacts implements KpiFacts {

    private static final String PANELS = "SELECT p.id, p.lead_ern, p.state, p.urgent, p.drafted_at, p.opened_at,"
            + " p.outcome_finalised_at, p.usefulness FROM panel p WHERE p.state <> 'DELETED'";
    private static final String PARTICIPANTS = "SELECT x.panel_id, x.user_id FROM panel_participant x"
            + " JOIN panel p ON p.id = x.panel_id WHERE x.role IN ('LEAD', 'MEMBER') AND p.state <> 'DELETED'";
    private static final String OF_ERN = " AND p.lead_ern = ?1";
    private static final String USERS = "SELECT u.id, u.country, g.ern FROM app_user u"
            + " JOIN app_user_grant g ON g.user_id = u.id";

    private final EntityManager em;

    @Inject
    public JpaKpiFacts(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public List<PanelFact> panels(Ern ern) {
        Map<UUID, Set<UserId>> participants = new HashMap<>();
        for (Object[] row : rows(PARTICIPANTS, ern)) {
            participants.computeIfAbsent(uuid(row[0]), id -> new HashSet<>()).add(new UserId(uuid(row[1])));
        }
        return rows(PANELS, ern).stream().map(row -> new PanelFact(
                Ern.valueOf((String) row[1]),
                PanelState.valueOf((String) row[2]),
                (Boolean) row[3],
                instant(row[4]),
                instant(row[5]),
                instant(row[6]),
                row[7] == null ? null : ((Number) row[7]).intValue(),
                participants.getOrDefault(uuid(row[0]), Set.of()))).toList();
    }

    @Override
    public List<UserFact> users() {
        Map<UUID, Country> countries = new LinkedHashMap<>();
        Map<UUID, Set<Ern>> erns = new HashMap<>();
        for (Object[] row : rows(USERS, null)) {
            UUID user = uuid(row[0]);
            countries.put(user, Country.of((String) row[1]));
            Set<Ern> ofUser = erns.computeIfAbsent(user, id -> new HashSet<>());
            if (row[2] != null) {
                ofUser.add(Ern.valueOf((String) row[2]));
            }
        }
        return countries.entrySet().stream()
                .map(e -> new UserFact(new UserId(e.getKey()), e.getValue(), erns.get(e.getKey())))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Ern ern) {
        Query query = em.createNativeQuery(ern == null ? sql : sql + OF_ERN);
        if (ern != null) {
            query.setParameter(1, ern.name());
        }
        return query.getResultList();
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID uuid ? uuid : UUID.fromString(value.toString());
    }

    /** A timestamp as the JDBC driver hands it out (PostgreSQL: Timestamp, H2: OffsetDateTime), or null. */
    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        return (Instant) value;
    }
}
