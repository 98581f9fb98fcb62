package org.opencpms.adapters.dicom.receive;

/** A received data set that cannot be accepted as it is: the status to answer and why (never identifying data). */
public final class UnusableInstance extends Exception {

    private static final long serialVersionUID = 1L;

    private final StoreStatus status;

    UnusableInstance(StoreStatus status, String reason) {
        super(reason);
        this.status = status;
    }

    UnusableInstance(StoreStatus status, String reason, Throwable cause) {
        super(reason, cause);
        this.status = status;
    }

    public StoreStatus status() {
        return status;
    }
}
