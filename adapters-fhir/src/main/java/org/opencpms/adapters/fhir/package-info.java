/**
 * The FHIR R4 adapter of OpenCPMS: a HAPI FHIR plain server ({@link org.opencpms.adapters.fhir.FhirServer}, its own WAR
 * at {@code /fhir}) whose providers translate FHIR to the use cases of {@code org.opencpms.application} and back.
 * Authentication is the application's, as on REST ({@code AuthenticateCaller}); refusals are OperationOutcomes carrying
 * the domain's stable codes ({@link org.opencpms.adapters.fhir.http.DomainFailures}); incoming resources are validated
 * against R4 base ({@link org.opencpms.adapters.fhir.http.IncomingValidation}). Served today: enrolment with consent
 * (transaction Bundle), any transaction (all or nothing) or batch Bundle of the interactions below, Patient create/read
 * (identified or pseudonymised as the access policy says) and PDQm search, Consent create/withdrawal/search by patient,
 * ServiceRequest (consultation) create/read, Condition create and search and Observation create, read and search (the
 * form's coded entries and laboratory results, by patient, consultation, code and category), FamilyMemberHistory
 * create, read and search (the relatives of the form's family history, which the pedigree is drawn from),
 * DiagnosticReport create (a clinical section of the form; its results are kept as laboratory results), ImagingStudy
 * create and search (the form's imaging attachments), IHE MHD (document bundle, DocumentReference search, Binary
 * retrieve, the outcome's PDF included), a closed panel's outcome as a FHIR document (Composition read and
 * {@code $document}) and as a DiagnosticReport, AuditEvent search for auditors (IHE BALP), and the CapabilityStatement.
 * The adapter never depends on another adapter, and HAPI never leaks out of this module (rules enforced by
 * {@code system-tests}).
 */
package org.opencpms.adapters.fhir;
