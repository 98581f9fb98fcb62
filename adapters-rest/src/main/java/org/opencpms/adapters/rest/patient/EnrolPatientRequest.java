package org.opencpms.adapters.rest.patient;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.opencpms.adapters.rest.consent.GivenConsentJson;
import org.opencpms.adapters.rest.problem.WireValues;
import org.opencpms.application.patient.EnrolPatient;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

/**
 * Enrol a patient at {@code centre} with the consents they gave (the care consent at least). {@code enrollingHp} is
 * the health professional the patient is enrolled for: absent when the caller enrols for themselves, the HP's user id
 * when a centre assistant enrols for them.
 */
public record EnrolPatientRequest(@NotBlank String centre, String enrollingHp,
                                  @Valid @NotNull IdentifyingDataJson identity,
                                  @NotNull List<@Valid @NotNull GivenConsentJson> consents) {

    /** @throws org.opencpms.domain.shared.InvalidValue {@code centre.invalid}, {@code enrollingHp.invalid}... */
    public EnrolPatient.Command toCommand(Actor actor) {
        var hp = enrollingHp == null || enrollingHp.isBlank() ? actor.id()
                : WireValues.id(enrollingHp, "enrollingHp", UserId::of);
        return new EnrolPatient.Command(actor, WireValues.id(centre, "centre", ProviderId::of), hp,
                identity.toDomain(), consents.stream().map(GivenConsentJson::toDomain).toList());
    }
}
