/**
 * The FHIR edge's HTTP concerns: who calls ({@link org.opencpms.adapters.fhir.http.FhirAuthentication}, the
 * application's AuthenticateCaller, as on REST), incoming validation against R4 base
 * ({@link org.opencpms.adapters.fhir.http.IncomingValidation}), logical ids, and refusals as OperationOutcomes carrying
 * the domain's stable codes ({@link org.opencpms.adapters.fhir.http.DomainFailures}).
 *
 * <p>Invariants: a refusal found before the interaction (token, delegation, validation) is raised by the interaction's
 * first call to {@link org.opencpms.adapters.fhir.http.FhirCaller#actor}, so every provider asks for the actor first;
 * a failure on a patient, consent or panel the caller may not see is the same 404 an unknown id gets; an unexpected
 * failure is a 500 that says nothing of its cause.
 */
package org.opencpms.adapters.fhir.http;
