package org.opencpms.adapters.rest.user;

import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.user.Actor;

/**
 * What the caller may do before any panel exists at one centre where they enrol patients, as the domain decides it
 * ({@code Actor.enrolsForAll}, {@code Actor.leadErnsAt}, the rules of enrolment and of opening a panel):
 * {@code enrolsFor}, the health professionals (user ids) for whom they enrol patients there (themselves as a
 * professional there, the professionals they assist there); {@code leadErns}, the ERNs in which they open panels for
 * that centre's patients (none for an assistant).
 */
public record CentreRightsJson(String centre, List<String> enrolsFor,
                               @Schema(type = SchemaType.ARRAY,
                                       implementation = Ern.class) List<String> leadErns) {

    /** The actor's rights at each centre where they enrol, by centre id. */
    static List<CentreRightsJson> of(Actor actor) {
        return actor.enrolmentCentres().stream().map(centre -> of(actor, centre))
                .sorted(Comparator.comparing(CentreRightsJson::centre)).toList();
    }

    private static CentreRightsJson of(Actor actor, ProviderId centre) {
        return new CentreRightsJson(centre.value().toString(),
                actor.enrolsForAll(centre).stream().map(hp -> hp.value().toString()).sorted().toList(),
                actor.leadErnsAt(centre).stream().map(Enum::name).sorted().toList());
    }
}
