package org.opencpms.adapters.rest.panel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.opencpms.application.panel.TimelinePage;

/** A comment of a panel's timeline with its position (from 1, oldest first), as a page of the timeline lists it. */
public record TimelineEntryJson(int position, UUID author, String text, Instant at) {

    static List<TimelineEntryJson> of(TimelinePage page) {
        var comments = page.comments();
        return IntStream.range(0, comments.size()).mapToObj(i -> new TimelineEntryJson(page.firstPosition() + i,
                comments.get(i).author().value(), comments.get(i).text(), comments.get(i).at())).toList();
    }
}
