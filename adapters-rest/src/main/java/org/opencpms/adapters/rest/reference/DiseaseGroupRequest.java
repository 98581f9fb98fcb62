package org.opencpms.adapters.rest.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.opencpms.application.reference.AddDiseaseGroup;
import org.opencpms.domain.reference.DiseaseGroup;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.user.Actor;

/** A thematic disease group to add to an ERN: a short code (letters, digits, hyphens; {@code TG1}) and a name. */
public record DiseaseGroupRequest(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 200) String name) {

    /** @throws org.opencpms.domain.shared.InvalidValue {@code disease-group-code.invalid}... */
    public AddDiseaseGroup.Command toCommand(Actor actor, Ern ern) {
        return new AddDiseaseGroup.Command(actor, ern, new DiseaseGroup(code, name));
    }
}
