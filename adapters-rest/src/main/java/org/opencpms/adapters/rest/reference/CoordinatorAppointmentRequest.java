package org.opencpms.adapters.rest.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.application.user.AppointCoordinator;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Subject;

/**
 * A coordinator to appoint in an ERN: the member {@code centre} they coordinate at, the OpenID Connect identity they
 * sign in with ({@code issuer}, {@code subject}), the profile a person OpenCPMS does not know yet is registered with
 * ({@code displayName}, {@code email}, EU/EEA {@code country}; ignored for a known person), and optionally the user id
 * of the coordinator they replace ({@code replacing}).
 */
public record CoordinatorAppointmentRequest(@NotBlank String centre, @NotBlank @Size(max = 500) String issuer,
                                            @NotBlank @Size(max = 255) String subject,
                                            @NotBlank @Size(max = 200) String displayName,
                                            @NotBlank @Size(max = 254) String email,
                                            @NotBlank @Size(min = 2, max = 2) String country, String replacing) {

    /** @throws org.opencpms.domain.shared.InvalidValue {@code centre.invalid}, {@code email.invalid}... */
    public AppointCoordinator.Command toCommand(Actor actor, Ern ern) {
        var appointee = new AppointCoordinator.Appointee(new Subject(issuer, subject), displayName,
                EmailAddress.of(email), Country.of(country));
        return new AppointCoordinator.Command(actor, ern, WireValues.id(centre, "centre", ProviderId::of), appointee,
                WireValues.optionalId(replacing, "replacing", UserId::of));
    }
}
