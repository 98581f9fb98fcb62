package org.opencpms.adapters.dicom.receive;

/** The C-STORE response statuses we answer with (PS3.4 GG.4-1 and PS3.7 C). */
public enum StoreStatus {
    SUCCESS(0x0000),
    /** The patient is unknown at the sending centre, or has not consented to sharing (PS3.7 C.5.x, 0124H). */
    REFUSED_NOT_AUTHORIZED(0x0124),
    /** Too large, or it could not be kept. */
    REFUSED_OUT_OF_RESOURCES(0xA700),
    /** A required UID is missing or invalid, or the data set says another instance than the request. */
    DATA_SET_DOES_NOT_MATCH_SOP_CLASS(0xA900),
    /** Not DICOM, truncated, or in a form we cannot read. */
    CANNOT_UNDERSTAND(0xC000),
    /** Anything else that went wrong on our side. */
    PROCESSING_FAILURE(0x0110);

    private final int code;

    StoreStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
