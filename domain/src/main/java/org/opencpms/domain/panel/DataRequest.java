package org.opencpms.domain.panel;

import java.time.Instant;
import java.util.Optional;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/** A member's request for additional data, answered at most once by the lead. */
public record DataRequest(DataRequestId id, UserId requestedBy, String text, Instant requestedAt, Optional<DataAnswer> answer) {

    public DataRequest {
        Require.present(id, "data-request");
        Require.present(requestedBy, "data-request");
        text = Require.text(text, "data-request", PanelLimits.TEXT);
        Require.present(requestedAt, "data-request");
        answer = answer == null ? Optional.empty() : answer;
    }

    public boolean isAnswered() {
        return answer.isPresent();
    }

    DataRequest answeredWith(DataAnswer dataAnswer) {
        return new DataRequest(id, requestedBy, text, requestedAt, Optional.of(dataAnswer));
    }
}
