/**
 * Consultation requests over FHIR: a ServiceRequest of category consultation opens a draft panel; its status follows
 * the panel's lifecycle. Conditions and phenotype Observations pushed for a consultation become coded entries of its
 * form.
 *
 * <p>Invariants: only a health professional of the patient's centre and of the lead ERN opens one, while the
 * patient's consents allow panels (the domain decides); a panel out of the caller's sight is the 404 of an unknown id.
 */
package org.opencpms.adapters.fhir.panel;
