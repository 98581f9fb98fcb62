package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.User;
import org.opencpms.domain.user.Users;

/**
 * The display names of everyone a panel view mentions (its lead, members, invitees, authors…; {@link PanelPeople}),
 * so that whoever sees the panel sees who takes part. Only a {@link PanelView} is named, which a use case hands out
 * only to those who may see the panel; names only, never an e-mail address or a grant, and never the patient's
 * identity. A user who no longer exists is left out.
 */
@ApplicationScoped
@Transactional
public class NamePanelPeople {

    private final Users users;

    @Inject
    public NamePanelPeople(Users users) {
        this.users = users;
    }

    public Map<UserId, String> handle(PanelView view) {
        var names = new HashMap<UserId, String>();
        PanelPeople.of(view).forEach(id -> users.find(id).map(User::displayName).ifPresent(name -> names.put(id, name)));
        return Map.copyOf(names);
    }
}
