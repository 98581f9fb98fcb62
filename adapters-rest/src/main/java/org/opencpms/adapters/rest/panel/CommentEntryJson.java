package org.opencpms.adapters.rest.panel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.opencpms.application.panel.CommentPage;

/**
 * A comment of a panel's timeline, or on a contribution, with its position in its list (from 1, oldest first), as a
 * page of comments lists it.
 */
public record CommentEntryJson(int position, UUID author, String text, Instant at) {

    static List<CommentEntryJson> of(CommentPage<?> page) {
        var comments = page.comments();
        return IntStream.range(0, comments.size()).mapToObj(i -> new CommentEntryJson(page.firstPosition() + i,
                comments.get(i).author().value(), comments.get(i).text(), comments.get(i).at())).toList();
    }
}
