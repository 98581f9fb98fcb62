package org.opencpms.domain.panel;

import java.time.Instant;
import java.util.List;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/** The lead's answer to a request for additional data, with the documents or studies it adds. */
public record DataAnswer(UserId answeredBy, String text, List<Attachment> attachments, Instant answeredAt) {

    public DataAnswer {
        Require.present(answeredBy, "data-answer");
        text = Require.text(text, "data-answer", PanelLimits.TEXT);
        attachments = Values.listOf(attachments, "attachment");
        Require.present(answeredAt, "data-answer");
    }
}
