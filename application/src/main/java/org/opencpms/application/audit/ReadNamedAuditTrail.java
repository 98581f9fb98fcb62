package org.opencpms.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opencpms.domain.audit.AuditEntry;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.User;
import org.opencpms.domain.user.Users;

/**
 * An auditor reads a page of the audit trail as {@link ReadAuditTrail} does (same rule, same audit record), with the
 * display name of each user who acted in it, so that a screen names people rather than user ids. Only the actors of
 * the entries read are named: no other user's name is given away; an actor no longer known keeps no name.
 */
@ApplicationScoped
@Transactional
public class ReadNamedAuditTrail {

    /** A page of entries and the display names of their actors, by user id. */
    public record NamedPage(List<AuditEntry> entries, Map<UserId, String> actorNames) {
        public NamedPage {
            entries = List.copyOf(entries);
            actorNames = Map.copyOf(actorNames);
        }
    }

    private final ReadAuditTrail read;
    private final Users users;

    @Inject
    public ReadNamedAuditTrail(ReadAuditTrail read, Users users) {
        this.read = read;
        this.users = users;
    }

    /** @throws org.opencpms.domain.access.AccessForbidden {@code access.audit-forbidden} */
    public NamedPage handle(ReadAuditTrail.Query query) {
        var entries = read.handle(query);
        var names = new LinkedHashMap<UserId, String>();
        entries.stream().map(AuditEntry::actor).filter(Objects::nonNull).distinct()
                .forEach(actor -> users.find(actor).map(User::displayName).ifPresent(name -> names.put(actor, name)));
        return new NamedPage(entries, names);
    }
}
