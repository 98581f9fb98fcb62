package org.opencpms.adapters.rest.reference;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.application.reference.RecordErnMembership;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.MembershipType;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.user.Actor;

/**
 * A centre's membership of an ERN as it now is: {@code type} {@code FULL_MEMBER}, {@code AFFILIATED_PARTNER} or
 * {@code ASSOCIATED_PARTNER} when it joins or changes its type, {@link #LEAVES} ({@code NONE}) when it leaves.
 */
public record MembershipRequest(@NotBlank @Schema(implementation = Ern.class, required = true) String ern,
                                @NotBlank @Schema(implementation = MembershipType.class, required = true) String type) {

    /** The {@code type} of a centre that leaves the ERN. */
    public static final String LEAVES = "NONE";

    /** @throws org.opencpms.domain.shared.InvalidValue {@code ern.invalid}, {@code type.invalid} */
    public RecordErnMembership.Command toCommand(Actor actor, ProviderId provider, Long expectedVersion) {
        var network = WireValues.ern(ern, "ern");
        var membership = LEAVES.equalsIgnoreCase(type == null ? "" : type.strip()) ? null
                : WireValues.enumValue(MembershipType.class, type, "type");
        return new RecordErnMembership.Command(actor, provider, expectedVersion, network, membership);
    }
}
