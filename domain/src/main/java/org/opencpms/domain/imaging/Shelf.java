package org.opencpms.domain.imaging;

/**
 * Where a file is kept: an instance file on the {@link #ARCHIVE} that panels see, or in {@link #QUARANTINE}, apart and
 * seen by no one, when its pixels may carry burned-in identifying text ({@link BurnedInTextRule}); a document attached
 * to a panel (a report, a letter: never DICOM) on the {@link #DOCUMENTS} shelf, seen by those who see the panel.
 */
public enum Shelf {
    ARCHIVE,
    QUARANTINE,
    DOCUMENTS
}
