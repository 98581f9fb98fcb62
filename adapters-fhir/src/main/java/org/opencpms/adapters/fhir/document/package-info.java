/**
 * Documents over FHIR (IHE MHD): DocumentReference search (ITI-67) over the documents attached to the panels the
 * caller may see, and their bytes as Binary (ITI-68).
 *
 * <p>Invariants: only what a panel's consultation form lists as a document is found or served, and only to those who
 * may see the panel; the patient is named as the caller may see them (the medical record number only for the enrolling
 * health professional and their assistant, the pseudonym for everyone else).
 */
package org.opencpms.adapters.fhir.document;
