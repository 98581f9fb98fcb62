/**
 * The research cohort query ({@link org.opencpms.adapters.persistence.research.JpaResearchCohort}): which patients
 * a research export reads, found over consents and panels without reading every patient.
 */
package org.opencpms.adapters.persistence.research;
