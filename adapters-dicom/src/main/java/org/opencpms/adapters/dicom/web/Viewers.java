package org.opencpms.adapters.dicom.web;

import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import org.opencpms.application.user.SignedIn;
import org.opencpms.domain.user.Actor;

/**
 * Who calls: the bearer authentication of the web module (the REST adapter's, mapped with this service) proves the
 * token and puts the registered user it names into the request's {@link SecurityContext} as a {@link SignedIn}
 * principal. A caller without one (an unregistered subject) acts as nobody: they find no study and send none.
 */
final class Viewers {

    private Viewers() {
    }

    static Optional<Actor> of(SecurityContext security) {
        return security != null && security.getUserPrincipal() instanceof SignedIn signedIn
                ? Optional.of(signedIn.asActor()) : Optional.empty();
    }
}
