package org.opencpms.domain.imaging;

/** A DICOM study instance UID: dot-separated numeric components, at most 64 characters, no leading zeros. */
public record StudyInstanceUid(String value) {

    public StudyInstanceUid {
        DicomUids.require(value, "study-uid");
    }
}
