/**
 * The audit trail over FHIR: every audited access (REST, FHIR, DICOM alike) as an AuditEvent shaped after IHE BALP
 * (Basic Audit Log Patterns), searchable by auditors by patient, date, agent and action.
 *
 * <p>Invariants: read-only (the trail is written by the use cases, never through FHIR); who may read which entries is
 * the domain's decision ({@code ReadAuditTrail}: auditors only, an ERN's auditor the entries of its patients); an
 * AuditEvent names a patient by id only, never by identifying data.
 */
package org.opencpms.adapters.fhir.audit;
