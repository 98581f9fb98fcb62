package org.opencpms.application.memory;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.opencpms.domain.kpi.KpiFacts;
import org.opencpms.domain.kpi.PanelFact;
import org.opencpms.domain.kpi.UserFact;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.User;

/**
 * KPI facts computed on demand from the panels and users held in memory (e.g. {@link InMemoryPanels#all()}).
 * Deleted panels are never counted. Thread-safe as long as the suppliers are.
 */
public final class InMemoryKpiFacts implements KpiFacts {

    private final Supplier<? extends Collection<Panel>> panels;
    private final Supplier<? extends Collection<User>> users;

    public InMemoryKpiFacts(Supplier<? extends Collection<Panel>> panels, Supplier<? extends Collection<User>> users) {
        this.panels = Objects.requireNonNull(panels, "panels");
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public List<PanelFact> panels(Ern ern) {
        return panels.get().stream()
                .filter(p -> p.state() != PanelState.DELETED && (ern == null || p.leadErn() == ern))
                .map(PanelFact::of)
                .toList();
    }

    @Override
    public List<UserFact> users() {
        return users.get().stream()
                .filter(u -> !u.grants().isEmpty())
                .map(u -> new UserFact(u.id(), u.country(),
                        u.grants().stream().map(RoleGrant::ern).filter(Objects::nonNull).collect(Collectors.toSet())))
                .toList();
    }
}
