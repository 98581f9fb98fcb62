/**
 * Use cases of research: the researcher's bulk export of the anonymised data set.
 *
 * <p>Invariants kept here: only researchers export; a patient is included only while their consents
 * allow research use at the moment of the export; an export is audited once, naming no patient.
 */
package org.opencpms.application.research;
