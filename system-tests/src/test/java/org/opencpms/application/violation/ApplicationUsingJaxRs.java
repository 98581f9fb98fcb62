package org.opencpms.application.violation;

import jakarta.inject.Inject;
import java.time.LocalDate;

/** Breaks: application depends on CDI/JTA only; JAX-RS stays in REST; no field injection; no EJBs; no wall clock. */
@jakarta.ejb.Stateless
public class ApplicationUsingJaxRs {
    @Inject
    String injected;
    jakarta.ws.rs.core.Response response;

    LocalDate today() {
        return LocalDate.now();
    }
}
