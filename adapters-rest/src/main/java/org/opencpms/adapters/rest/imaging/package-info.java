/**
 * The imaging endpoints under {@code /api/panels/{id}/studies}: the de-identified studies attached to a panel and
 * attaching one. Only the JSON records of this package travel; studies are de-identified before they reach the
 * archive, so nothing here carries identifying data.
 */
package org.opencpms.adapters.rest.imaging;
