/**
 * Consent over FHIR: the four consent kinds as category codes, recording and withdrawal (an update to inactive or
 * rejected), the list of a patient's consents.
 *
 * <p>Invariants: a consent never enrols anybody; a withdrawal is recorded, never a deletion; who may is the domain's
 * decision (the enrolling health professional and their assistant).
 */
package org.opencpms.adapters.fhir.consent;
