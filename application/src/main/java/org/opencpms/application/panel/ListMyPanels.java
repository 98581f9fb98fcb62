package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.PanelCursor;
import org.opencpms.domain.panel.PanelListing;
import org.opencpms.domain.panel.PanelListings;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * A user lists "my panels": those they lead, are a member of or are invited to, the most recently
 * drafted first, each with the patient's nickname only. Each panel shown is audited as a {@code SEARCH}
 * concerning its patient. The page is read from the panels' listings ({@link PanelListings}), which a store keeps
 * beside each panel, never from the panels themselves: its cost does not grow with the panels' histories.
 *
 * <p>Paging is by position: a page holds the first {@code limit} panels the user may see after the
 * position its {@code after} token names, and its {@code next} token names the last of them when more
 * follow, so that panels drafted or joined meanwhile never shift or repeat a panel already listed.
 */
@ApplicationScoped
@Transactional
public class ListMyPanels {

    /**
     * @param after the {@code next} token of the previous page, or null for the first page
     * @param limit how many to show at most, 1 to {@value org.opencpms.domain.shared.Require#MAX_PAGE_SIZE}
     */
    public record Query(Actor actor, String after, int limit) {
        /** @throws org.opencpms.domain.shared.InvalidValue {@code cursor.invalid}, {@code limit.invalid} */
        public Query {
            Require.present(actor, "actor");
            Require.page(0, limit);
            if (after != null) {
                PanelCursor.parse(after);
            }
        }

        /** The position the page starts after; none for the first page. */
        public Optional<PanelCursor> position() {
            return Optional.ofNullable(after).map(PanelCursor::parse);
        }
    }

    private final PanelListings listings;
    private final Auditing auditing;

    @Inject
    public ListMyPanels(PanelListings listings, Auditing auditing) {
        this.listings = listings;
        this.auditing = auditing;
    }

    public PanelPage handle(Query query) {
        var actor = query.actor();
        var lines = listings.involving(actor.id(), query.position(), Math.min(query.limit() + 1, Require.MAX_PAGE_SIZE));
        var shown = lines.subList(0, Math.min(query.limit(), lines.size()));
        auditing.recordEach(actor, AuditAction.SEARCH, "Panel", shown.stream()
                .map(line -> new Auditing.Subject(line.id(), line.patient())).toList(), "list my panels");
        var items = shown.stream().map(ListMyPanels::summary).toList();
        var next = !shown.isEmpty() && moreAfter(actor, lines, shown)
                ? Optional.of(shown.get(shown.size() - 1).position().token())
                : Optional.<String>empty();
        return new PanelPage(items, next);
    }

    /**
     * Whether a listing follows the page: the one read beyond it, if any; for a page of the largest size, which
     * leaves no room to read one more with it, a read after it.
     */
    private boolean moreAfter(Actor actor, List<PanelListing> read, List<PanelListing> shown) {
        if (read.size() > shown.size()) {
            return true;
        }
        return shown.size() == Require.MAX_PAGE_SIZE
                && !listings.involving(actor.id(), Optional.of(shown.get(shown.size() - 1).position()), 1).isEmpty();
    }

    private static PanelSummary summary(PanelListing line) {
        return new PanelSummary(line.id(), line.nickname(), line.leadErn(), line.state(), line.urgent(), line.deadline(),
                PanelRole.valueOf(line.involvement().name()));
    }
}
