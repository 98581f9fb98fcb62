package org.opencpms.domain.imaging;

/** A DICOM SOP instance UID: the id of one instance (image), pseudonymous once stored. */
public record SopInstanceUid(String value) {

    public SopInstanceUid {
        DicomUids.require(value, "sop-instance-uid");
    }
}
