package org.opencpms.application.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.chat.ChatEntry;
import org.opencpms.domain.chat.ChatMessages;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.Users;

/**
 * What a {@link ChatFeed} reads to find new messages: the committed messages
 * of every node, and which of its readers may still read a panel's chat ({@link #stillReading}), so that a reader who
 * lost the panel (removed, declined, the panel deleted or forwarded, a grant revoked) receives nothing more. Not for
 * clients: the feed only serves panels {@link FollowChat} allowed. A feed runs each of its rounds in one transaction of
 * its own ({@link #inOneTransaction}: one connection and one commit per round rather than one per read); each read
 * called alone runs in its own.
 */
@ApplicationScoped
public class ChatUpdates {

    /** The most messages one read hands over; a feed that is further behind reads again. */
    public static final int BATCH = 500;

    private final ChatMessages messages;
    private final Panels panels;
    private final Patients patients;
    private final AccessPolicy policy;
    private final Users users;

    @Inject
    public ChatUpdates(ChatMessages messages, Panels panels, Patients patients, AccessPolicy policy, Users users) {
        this.messages = messages;
        this.panels = panels;
        this.patients = patients;
        this.policy = policy;
        this.users = users;
    }

    /**
     * Those of {@code readers} who may still read the panel's chat now: who may see the panel ({@link ReadChat}'s
     * rule) as it is now, with the grants they followed it with that their account still holds; nobody once the panel
     * is gone or deleted, nor a reader whose account is gone.
     */
    @Transactional(TxType.REQUIRED)
    public Set<Actor> stillReading(PanelId panel, Set<Actor> readers) {
        var found = panels.find(panel);
        if (found.isEmpty()) {
            return Set.of();
        }
        var patient = patients.get(found.get().patient());
        var still = new HashSet<Actor>();
        for (var reader : readers) {
            users.find(reader.id()).ifPresent(user -> {
                var grants = new HashSet<>(reader.grants());
                grants.retainAll(user.grants());
                if (policy.mayViewPanel(new Actor(reader.id(), grants), found.get(), patient)) {
                    still.add(reader);
                }
            });
        }
        return still;
    }

    /** The newest position of each of these panels; a panel without messages is left out. */
    @Transactional(TxType.REQUIRED)
    public Map<PanelId, Long> newestPositions(Set<PanelId> panels) {
        return messages.lastPositions(panels);
    }

    /** The next messages of a panel after {@code position}, oldest first, at most {@value #BATCH}. */
    @Transactional(TxType.REQUIRED)
    public List<ChatEntry> after(PanelId panel, long position) {
        return messages.after(panel, position, BATCH);
    }

    /**
     * Runs the reads of one round of a feed ({@code round} calls the reads of this class) in one new transaction, and
     * answers what it answers. A round only reads; what it found is best handed to the clients after it.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public <T> T inOneTransaction(Supplier<T> round) {
        return round.get();
    }
}
