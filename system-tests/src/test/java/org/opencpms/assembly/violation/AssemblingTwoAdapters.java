package org.opencpms.assembly.violation;

import org.opencpms.adapters.fhir.violation.FhirThing;
import org.opencpms.adapters.persistence.violation.PersistenceWiringTheApplication;

/** Breaks: only the composition root depends on more than one adapter. */
public class AssemblingTwoAdapters {
    FhirThing fhir;
    PersistenceWiringTheApplication persistence;
}
