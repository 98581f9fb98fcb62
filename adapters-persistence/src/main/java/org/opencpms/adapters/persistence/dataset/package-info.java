/**
 * Storage of the ERN configurations ({@link org.opencpms.adapters.persistence.dataset.JpaErnConfigurations}).
 *
 * <p>Invariants: one row per ERN; the customised data set is stored as a JSON document that
 * rebuilds exactly the same field definitions in the same order; entities never leave the package.
 */
package org.opencpms.adapters.persistence.dataset;
