package org.opencpms.domain.imaging;

/** A DICOM series instance UID (pseudonymous once stored), checked as {@link StudyInstanceUid} is. */
public record SeriesInstanceUid(String value) {

    public SeriesInstanceUid {
        DicomUids.require(value, "series-uid");
    }
}
