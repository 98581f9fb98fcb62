/**
 * A received data set turned into a call of the receiving use case and its outcome into a C-STORE status.
 * Invariants: a data set that cannot be read completely, or lacks a valid SOP class, SOP instance, study or series
 * UID, is refused before the use case is called; nothing is logged from a data set's values.
 */
package org.opencpms.adapters.dicom.receive;
