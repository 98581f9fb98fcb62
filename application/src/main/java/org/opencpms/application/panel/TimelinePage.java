package org.opencpms.application.panel;

import java.util.List;
import java.util.Optional;
import org.opencpms.domain.panel.TimelineComment;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/**
 * One page of a panel's timeline, oldest first, as the chat pages: the latest comments, or those before a position.
 * A comment's position is its place in the timeline counting from 1 (comments are only ever added, so a position
 * never moves); {@link #next} is the {@code before} of the older page, absent when this page reaches the first.
 */
public record TimelinePage(List<TimelineComment> comments, int firstPosition, int total) {

    public TimelinePage {
        comments = List.copyOf(Require.present(comments, "comments"));
    }

    /**
     * The page of {@code timeline} ending before position {@code before} (null: after the last comment).
     *
     * @throws InvalidValue {@code before.invalid} unless null or 1 or more; {@code limit.invalid} unless a page size
     */
    public static TimelinePage of(List<TimelineComment> timeline, Integer before, int limit) {
        Require.page(0, limit);
        if (before != null && before < 1) {
            throw new InvalidValue("before", "before must be a timeline position, 1 or more");
        }
        int end = before == null ? timeline.size() : Math.min(before - 1, timeline.size());
        int start = Math.max(0, end - limit);
        return new TimelinePage(timeline.subList(start, end), start + 1, timeline.size());
    }

    /** The position to read the older page before; absent when this page starts at the first comment. */
    public Optional<Integer> next() {
        return firstPosition > 1 ? Optional.of(firstPosition) : Optional.empty();
    }
}
