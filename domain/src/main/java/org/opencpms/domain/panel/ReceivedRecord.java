package org.opencpms.domain.panel;

/**
 * Clinical data a hospital system sent for a consultation, kept as the structured record it was beside the readable
 * line the form's section shows: a laboratory result ({@link LabResult}) or a relative of the family history
 * ({@link Relative}, the pedigree's data). The form editor edits the text; these records stay as received.
 */
public sealed interface ReceivedRecord permits LabResult, Relative {
}
