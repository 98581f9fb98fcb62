package org.opencpms.adapters.rest.accessrequest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.application.accessrequest.RequestAccess;
import org.opencpms.application.user.RegisterUser;
import org.opencpms.domain.accessrequest.RequestedAccess;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Role;
import org.opencpms.domain.user.Subject;

/**
 * An access request: the {@code roles} asked for ({@code HEALTH_PROFESSIONAL}, {@code CENTRE_ASSISTANT},
 * {@code COORDINATOR}, {@code DISPATCHER}, {@code PANEL_MANAGER}, {@code RESEARCHER}) in one {@code ern} at one
 * {@code centre}, {@code actingFor} (the health professional's user id) exactly when a centre assistant role is asked
 * for, and a {@code motivation}.
 *
 * <p>A caller OpenCPMS does not know yet is registered first: {@code country} (EU/EEA, {@code DE}) is then required,
 * {@code displayName} and {@code email} default to the token's claims. A registered caller's profile fields are
 * ignored (the profile is changed with {@code PUT /api/users/{id}/profile}).
 */
public record FileAccessRequest(@NotBlank @Schema(implementation = Ern.class, required = true) String ern, @NotBlank String centre,
                                @NotNull @NotEmpty @Schema(type = SchemaType.ARRAY, implementation = Role.class)
                                List<@NotBlank String> roles,
                                String actingFor, @NotBlank @Size(max = 2000) String motivation,
                                @Size(max = 200) String displayName, @Size(max = 254) String email,
                                @Size(min = 2, max = 2) String country) {

    /** @throws InvalidValue {@code ern.invalid}, {@code centre.invalid}, {@code roles.invalid}, {@code actingFor.invalid}... */
    public RequestedAccess requested() {
        var asked = EnumSet.noneOf(Role.class);
        roles.forEach(role -> asked.add(WireValues.enumValue(Role.class, role, "roles")));
        return new RequestedAccess(WireValues.ern(ern, "ern"), WireValues.id(centre, "centre", ProviderId::of), asked,
                WireValues.optionalId(actingFor, "actingFor", UserId::of));
    }

    public RequestAccess.Command toCommand(Actor actor) {
        return new RequestAccess.Command(actor, requested(), motivation);
    }

    /**
     * The registration of a newcomer with this token identity; the body's name and e-mail win over the token's.
     *
     * @throws InvalidValue {@code country.invalid} when absent or not EU/EEA, {@code email.invalid} when neither the
     *         body nor the token gives a valid one
     */
    public RegisterUser.Command registration(Subject subject, String tokenDisplayName, Optional<String> tokenEmail) {
        if (country == null || country.isBlank()) {
            throw new InvalidValue("country", "country is required when you file your first access request");
        }
        var name = displayName != null && !displayName.isBlank() ? displayName : tokenDisplayName;
        var address = email != null && !email.isBlank() ? Optional.of(email) : tokenEmail;
        return new RegisterUser.Command(subject, name, EmailAddress.of(address.orElseThrow(() -> new InvalidValue(
                "email", "email is required: your sign-in token carries none"))), Country.of(country));
    }
}
