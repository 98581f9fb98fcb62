package org.opencpms.adapters.rest.accessrequest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.opencpms.application.accessrequest.RejectAccessRequest;
import org.opencpms.domain.accessrequest.AccessRequestId;
import org.opencpms.domain.user.Actor;

/** Why an access request is rejected. */
public record RejectionRequest(@NotBlank @Size(max = 2000) String reason) {

    public RejectAccessRequest.Command toCommand(Actor actor, AccessRequestId request, Long expectedVersion) {
        return new RejectAccessRequest.Command(actor, request, expectedVersion, reason);
    }
}
