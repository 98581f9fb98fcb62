package org.opencpms.adapters.fhir.violation;

/** A class of another adapter for the REST fixture to depend on. */
public class FhirThing {
}
