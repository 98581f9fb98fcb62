/**
 * The dicom adapter of OpenCPMS. It translates between its technology and the use cases of
 * {@code org.opencpms.application}; it never depends on another adapter, and its technology
 * never leaks out of this module (rules enforced by {@code system-tests}).
 */
package org.opencpms.adapters.dicom;
