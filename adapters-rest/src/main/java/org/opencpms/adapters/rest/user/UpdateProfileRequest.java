package org.opencpms.adapters.rest.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.application.user.UpdateProfile;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Language;

/**
 * A user's new profile: display name, e-mail address, EU/EEA country ({@code DE}) and, optionally, the language of
 * their e-mails ({@code en}, {@code de} or {@code fr}; absent keeps the one chosen before, at first English).
 */
public record UpdateProfileRequest(@NotBlank @Size(max = 200) String displayName,
                                   @NotBlank @Size(max = 254) String email,
                                   @NotBlank @Size(min = 2, max = 2) String country,
                                   @Size(min = 2, max = 2) @Schema(implementation = Language.class) String language) {

    /**
     * @throws org.opencpms.domain.shared.InvalidValue {@code email.invalid}, {@code country.invalid},
     *         {@code language.invalid}
     */
    public UpdateProfile.Command toCommand(Actor actor, UserId user, Long expectedVersion) {
        return new UpdateProfile.Command(actor, user, expectedVersion, displayName, EmailAddress.of(email),
                Country.of(country), language == null ? null
                        : WireValues.enumValue(Language.class, language.toUpperCase(java.util.Locale.ROOT), "language"));
    }
}
