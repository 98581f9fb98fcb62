package org.opencpms.adapters.dicom.scp;

import com.pixelmed.dicom.DicomException;
import com.pixelmed.network.AReleaseException;
import com.pixelmed.network.Association;
import com.pixelmed.network.CEchoResponseCommandMessage;
import com.pixelmed.network.CStoreResponseCommandMessage;
import com.pixelmed.network.DicomNetworkException;
import com.pixelmed.network.MessageServiceElementCommand;
import java.io.IOException;
import java.util.function.Function;
import org.opencpms.adapters.dicom.receive.InstanceReception;
import org.opencpms.adapters.dicom.receive.StoreStatus;
import org.opencpms.application.imaging.ReceiveImagingInstance.Receipt;
import org.opencpms.application.imaging.ReceivedInstance;

/**
 * The requests of one accepted association, answered one after the other until the peer releases it: C-ECHO with
 * success, C-STORE with the status of its {@link InstanceReception} (and an Error Comment when it failed). Any other
 * request aborts the association.
 */
final class DimseExchange {

    private final Association association;
    private final Function<ReceivedInstance, Receipt> keep;
    private final InstanceReception reception;
    private final long maxDataSetBytes;

    /** @param keep receives an instance for the centre of the association's calling AE title */
    DimseExchange(Association association, Function<ReceivedInstance, Receipt> keep, InstanceReception reception,
                  long maxDataSetBytes) {
        this.association = association;
        this.keep = keep;
        this.reception = reception;
        this.maxDataSetBytes = maxDataSetBytes;
    }

    /** Answers requests until the association is released (normal end) or fails. */
    void run() throws DicomNetworkException, DicomException, IOException {
        try {
            while (true) {
                answer();
            }
        } catch (AReleaseException released) {
            // the peer released the association: done
        }
    }

    private void answer() throws DicomNetworkException, DicomException, IOException, AReleaseException {
        var request = new DimseRequest(maxDataSetBytes);
        association.setReceivedDataHandler(request);
        association.waitForPDataPDUsUntilHandlerReportsDone();
        int command = request.commandField();
        if (command == MessageServiceElementCommand.C_ECHO_RQ) {
            send(request, new CEchoResponseCommandMessage(request.affectedSopClass(), request.messageId(), 0).getBytes());
        } else if (command == MessageServiceElementCommand.C_STORE_RQ) {
            var outcome = request.tooLarge()
                    ? new InstanceReception.Outcome(StoreStatus.REFUSED_OUT_OF_RESOURCES, "the instance is too large")
                    : reception.receive(keep, request.dataSet(),
                            association.getTransferSyntaxForPresentationContextID(request.presentationContext()),
                            request.affectedSopClass(), request.affectedSopInstance());
            byte[] response = new CStoreResponseCommandMessage(request.affectedSopClass(), request.affectedSopInstance(),
                    request.messageId(), outcome.status().code()).getBytes();
            send(request, outcome.status() == StoreStatus.SUCCESS ? response : ErrorComment.added(response, outcome.comment()));
        } else {
            association.abort();
            throw new DicomNetworkException("unsupported DIMSE command " + MessageServiceElementCommand.toString(command));
        }
    }

    private void send(DimseRequest request, byte[] response) throws DicomNetworkException {
        association.send(request.presentationContext(), response, null);
    }
}
