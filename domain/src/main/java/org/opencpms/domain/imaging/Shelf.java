package org.opencpms.domain.imaging;

/**
 * Where an instance file is kept: on the {@link #ARCHIVE} that panels see, or in {@link #QUARANTINE}, apart and
 * seen by no one, when its pixels may carry burned-in identifying text ({@link BurnedInTextRule}).
 */
public enum Shelf {
    ARCHIVE,
    QUARANTINE
}
