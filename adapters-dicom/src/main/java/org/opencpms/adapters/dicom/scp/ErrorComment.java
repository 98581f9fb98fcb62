package org.opencpms.adapters.dicom.scp;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomOutputStream;
import com.pixelmed.dicom.LongStringAttribute;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import com.pixelmed.network.CompositeResponseHandler;
import com.pixelmed.network.DicomNetworkException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Adds an Error Comment (0000,0902) to an encoded response command, with its Command Group Length made right. */
final class ErrorComment {

    private static final int MAX_LENGTH = 64;

    private ErrorComment() {
    }

    static byte[] added(byte[] response, String comment) throws DicomException, IOException, DicomNetworkException {
        AttributeList list = CompositeResponseHandler.getAttributeListFromCommandOrData(response, TransferSyntax.ImplicitVRLittleEndian);
        list.removeGroupLengthAttributes();
        Attribute text = new LongStringAttribute(TagFromName.ErrorComment);
        text.addValue(comment.length() > MAX_LENGTH ? comment.substring(0, MAX_LENGTH) : comment);
        list.put(text);
        var body = new ByteArrayOutputStream();
        list.write(new DicomOutputStream(body, null, TransferSyntax.ImplicitVRLittleEndian));
        byte[] elements = body.toByteArray();
        var encoded = ByteBuffer.allocate(12 + elements.length).order(ByteOrder.LITTLE_ENDIAN);
        encoded.putShort((short) 0).putShort((short) 0).putInt(4).putInt(elements.length).put(elements);
        return encoded.array();
    }
}
