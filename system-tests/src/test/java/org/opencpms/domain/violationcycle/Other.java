package org.opencpms.domain.violationcycle;

import org.opencpms.domain.violation.a.Thing;

/** Closes the cycle a -> b -> a; breaks: the core never depends on adapters. */
public class Other {
    Thing thing;
    org.opencpms.adapters.fhir.violation.FhirThing adapterThing;
}
