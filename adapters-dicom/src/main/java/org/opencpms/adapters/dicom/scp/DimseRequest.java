package org.opencpms.adapters.dicom.scp;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import com.pixelmed.network.Association;
import com.pixelmed.network.CompositeResponseHandler;
import com.pixelmed.network.DicomNetworkException;
import com.pixelmed.network.MessageServiceElementCommand;
import com.pixelmed.network.PDataPDU;
import com.pixelmed.network.PresentationDataValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Collects one DIMSE request from the P-DATA PDUs of an association: its command and, for a C-STORE, its data set,
 * kept in memory up to a limit (beyond it the rest is read and dropped, and the request is marked too large).
 * PixelMed's own C-STORE handler always answers success, so we answer ourselves ({@link DimseExchange}).
 */
final class DimseRequest extends CompositeResponseHandler {

    private final long maxDataSetBytes;
    private final ByteArrayOutputStream command = new ByteArrayOutputStream();
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();
    private AttributeList commandList;
    private byte presentationContext;
    private boolean tooLarge;

    DimseRequest(long maxDataSetBytes) {
        this.maxDataSetBytes = maxDataSetBytes;
    }

    @Override
    public void sendPDataIndication(PDataPDU pdata, Association association)
            throws DicomNetworkException, DicomException, IOException {
        for (Object o : pdata.getPDVList()) {
            var pdv = (PresentationDataValue) o;
            presentationContext = pdv.getPresentationContextID();
            byte[] value = pdv.getValue();
            if (pdv.isCommand()) {
                command.write(value);
                if (pdv.isLastFragment()) {
                    commandList = CompositeResponseHandler.getAttributeListFromCommandOrData(command.toByteArray(),
                            TransferSyntax.ImplicitVRLittleEndian);
                    if (!expectsData()) {
                        setDone(true);
                    }
                }
            } else {
                if (data.size() + (long) value.length > maxDataSetBytes) {
                    tooLarge = true;
                } else if (!tooLarge) {
                    data.write(value);
                }
                if (pdv.isLastFragment()) {
                    setDone(true);
                }
            }
        }
    }

    @Override
    protected void evaluateStatusAndSetSuccess(AttributeList list) {
        // requests carry no status
    }

    private boolean expectsData() {
        return Attribute.getSingleIntegerValueOrDefault(commandList, TagFromName.CommandDataSetType, 0x0101) != 0x0101;
    }

    int commandField() {
        return commandList == null ? MessageServiceElementCommand.NOCOMMAND
                : Attribute.getSingleIntegerValueOrDefault(commandList, TagFromName.CommandField, 0xffff);
    }

    int messageId() {
        return Attribute.getSingleIntegerValueOrDefault(commandList, TagFromName.MessageID, 0);
    }

    String affectedSopClass() {
        return Attribute.getSingleStringValueOrEmptyString(commandList, TagFromName.AffectedSOPClassUID);
    }

    String affectedSopInstance() {
        return Attribute.getSingleStringValueOrEmptyString(commandList, TagFromName.AffectedSOPInstanceUID);
    }

    byte presentationContext() {
        return presentationContext;
    }

    boolean tooLarge() {
        return tooLarge;
    }

    byte[] dataSet() {
        return data.toByteArray();
    }
}
