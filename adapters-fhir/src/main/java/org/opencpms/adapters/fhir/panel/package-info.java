/**
 * Consultation requests over FHIR: a ServiceRequest of category consultation opens a draft panel; its status follows
 * the panel's lifecycle. Clinical data pushed for a consultation feeds its form: Conditions and phenotype Observations
 * become coded entries; laboratory Observations (LOINC) and FamilyMemberHistories become paragraphs of its clinical
 * sections and are kept as the records they are (a laboratory result; a relative of the family history, the pedigree's
 * data), a DiagnosticReport one paragraph with its results, each kept as a laboratory result; an ImagingStudy the archive received becomes one of its attachments.
 * Conditions, Observations (phenotypes and laboratory results), FamilyMemberHistories and ImagingStudies are read back.
 *
 * <p>Invariants: only a health professional of the patient's centre and of the lead ERN opens one, while the
 * patient's consents allow panels (the domain decides); only the lead adds to the form, until sign-off; every coding
 * read in a known system is checked by the domain's rules (a bad one is a 422 naming its element); a panel out of the
 * caller's sight is the 404 of an unknown id; the patient is named by pseudonym to all but the enrolling health
 * professional and their assistant.
 */
package org.opencpms.adapters.fhir.panel;
