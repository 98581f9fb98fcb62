/**
 * Use cases of research: the researcher's bulk export of the anonymised data set.
 *
 * <p>Invariants kept here: only researchers export, and only the patients of the ERNs of their grants; a
 * patient is included only while their consents allow research use at the moment of the export; a release is
 * k-anonymous with the deployment's k; an export is audited once, naming no patient.
 */
package org.opencpms.application.research;
