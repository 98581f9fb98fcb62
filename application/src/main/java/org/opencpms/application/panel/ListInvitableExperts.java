package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.User;
import org.opencpms.domain.user.Users;

/**
 * Those who may invite experts to a panel (its lead, the lead ERN's coordinators, dispatchers and panel managers) list
 * the health professionals of the lead ERN whom {@link InviteExpert} would accept now (neither taking part nor
 * invited: {@link org.opencpms.domain.panel.Panel#invitableAmong}), by display name: the choice an invitation form
 * offers. Audited as a read of the panel.
 */
@ApplicationScoped
@Transactional
public class ListInvitableExperts {

    public record Query(Actor actor, PanelId panel) {
        public Query {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
        }
    }

    /** An expert one may invite: their id, display name and country. */
    public record Expert(UserId id, String displayName, Country country) {
    }

    private final VisiblePanels visiblePanels;
    private final Users users;
    private final Auditing auditing;

    @Inject
    public ListInvitableExperts(Panels panels, Patients patients, AccessPolicy policy, Users users, Auditing auditing) {
        this.visiblePanels = new VisiblePanels(panels, patients, policy);
        this.users = users;
        this.auditing = auditing;
    }

    /**
     * @return the experts by display name
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}, also for a panel the actor may not see
     * @throws org.opencpms.domain.panel.PanelForbidden {@code panel.forbidden} for someone who may not invite
     * @throws org.opencpms.domain.panel.PanelRuleViolation {@code panel.not-allowed-in-state} outside panel selection
     *         and assessment
     */
    public List<Expert> handle(Query query) {
        var panel = visiblePanels.get(query.actor(), query.panel()).panel();
        Map<UserId, User> experts = users.healthProfessionalsOf(panel.leadErn()).stream()
                .collect(Collectors.toMap(User::id, Function.identity()));
        var invitable = panel.invitableAmong(experts.values().stream().map(User::asActor).toList(), query.actor());
        auditing.record(query.actor(), AuditAction.READ, "Panel", panel.id(), panel.patient(), "list invitable experts");
        return invitable.stream().map(actor -> experts.get(actor.id()))
                .map(user -> new Expert(user.id(), user.displayName(), user.country()))
                .sorted(Comparator.comparing(Expert::displayName).thenComparing(e -> e.id().value().toString())).toList();
    }
}
