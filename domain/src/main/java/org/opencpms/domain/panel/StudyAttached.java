package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** A de-identified imaging study of the panel's patient was attached to the consultation form. */
public record StudyAttached(PanelId panel, StudyInstanceUid study, UserId by, Instant occurredAt) implements PanelEvent {
}
