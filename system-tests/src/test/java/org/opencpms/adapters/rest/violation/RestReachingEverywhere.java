package org.opencpms.adapters.rest.violation;

import org.opencpms.adapters.fhir.violation.FhirThing;
import org.opencpms.domain.violation.a.Thing;
import org.opencpms.domain.violation.a.ThingRepository;

/**
 * Breaks: adapters never depend on each other; inbound adapters call use cases; JPA, mail and PDF rendering stay in
 * their adapters;
 * nothing depends on the composition root.
 */
public class RestReachingEverywhere {
    FhirThing fhir;
    ThingRepository port;
    Thing aggregate;
    jakarta.persistence.EntityManager entityManager;
    jakarta.mail.Session mailSession;
    org.apache.pdfbox.pdmodel.PDDocument pdf;
    ca.uhn.fhir.fixture.FakeFhirType fhirType;
    com.pixelmed.fixture.FakePixelmedType pixelmedType;
    org.opencpms.bootstrap.Configuration configuration;
}
