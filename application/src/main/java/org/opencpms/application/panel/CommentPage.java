package org.opencpms.application.panel;

import java.util.List;
import java.util.Optional;
import org.opencpms.domain.panel.PanelComment;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/**
 * One page of a panel's comments (its timeline, or the comments on one contribution), oldest first, as the chat
 * pages: the latest comments, or those before a position. A comment's position is its place in its list counting from
 * 1 (comments are only ever added, so a position never moves); {@link #next} is the {@code before} of the older page,
 * absent when this page reaches the first.
 */
public record CommentPage<C extends PanelComment>(List<C> comments, int firstPosition, int total) {

    public CommentPage {
        comments = List.copyOf(Require.present(comments, "comments"));
    }

    /**
     * The page of {@code all} ending before position {@code before} (null: after the last comment).
     *
     * @throws InvalidValue {@code before.invalid} unless null or 1 or more; {@code limit.invalid} unless a page size
     */
    public static <C extends PanelComment> CommentPage<C> of(List<C> all, Integer before, int limit) {
        Require.page(0, limit);
        requirePosition(before);
        int end = before == null ? all.size() : Math.min(before - 1, all.size());
        int start = Math.max(0, end - limit);
        return new CommentPage<>(all.subList(start, end), start + 1, all.size());
    }

    /**
     * A {@code before} as a page takes it: null (the latest comments) or a position, 1 or more.
     *
     * @throws InvalidValue {@code before.invalid} otherwise
     */
    public static Integer requirePosition(Integer before) {
        if (before != null && before < 1) {
            throw new InvalidValue("before", "before must be a comment's position, 1 or more");
        }
        return before;
    }

    /** The position to read the older page before; absent when this page starts at the first comment. */
    public Optional<Integer> next() {
        return firstPosition > 1 ? Optional.of(firstPosition) : Optional.empty();
    }
}
