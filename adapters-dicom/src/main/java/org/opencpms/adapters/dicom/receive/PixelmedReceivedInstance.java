package org.opencpms.adapters.dicom.receive;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.TagFromName;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.opencpms.adapters.dicom.deidentify.Deidentifier;
import org.opencpms.application.imaging.DeidentifiedInstance;
import org.opencpms.application.imaging.ReceivedInstance;
import org.opencpms.domain.imaging.BurnedInText;
import org.opencpms.domain.imaging.SeriesInstanceUid;
import org.opencpms.domain.imaging.SopInstanceUid;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.patient.Pseudonym;

/**
 * A received instance read by PixelMed. {@link #deidentify} changes the data set in place and hands over a Part 10
 * file in the transfer syntax it arrived in, named by our AE title as source.
 */
final class PixelmedReceivedInstance implements ReceivedInstance {

    private final AttributeList list;
    private final String transferSyntax;
    private final String ourAeTitle;
    private final Deidentifier deidentifier;

    PixelmedReceivedInstance(AttributeList list, String transferSyntax, String ourAeTitle, Deidentifier deidentifier) {
        this.list = list;
        this.transferSyntax = transferSyntax;
        this.ourAeTitle = ourAeTitle;
        this.deidentifier = deidentifier;
    }

    @Override
    public String hospitalPatientId() {
        return value(TagFromName.PatientID);
    }

    @Override
    public BurnedInText burnedInText() {
        var statement = switch (value(TagFromName.BurnedInAnnotation).toUpperCase(Locale.ROOT)) {
            case "YES" -> BurnedInText.Statement.YES;
            case "NO" -> BurnedInText.Statement.NO;
            default -> BurnedInText.Statement.NOT_STATED;
        };
        return new BurnedInText(statement, value(TagFromName.Modality), value(TagFromName.SOPClassUID));
    }

    @Override
    public DeidentifiedInstance deidentify(Pseudonym pseudonym) {
        try {
            deidentifier.deidentify(list, pseudonym);
            FileMetaInformation.addFileMetaInformation(list, transferSyntax, ourAeTitle);
        } catch (DicomException e) {
            throw new IllegalStateException("the instance could not be de-identified", e);
        }
        return new DeidentifiedInstance(new StudyInstanceUid(value(TagFromName.StudyInstanceUID)),
                new SeriesInstanceUid(value(TagFromName.SeriesInstanceUID)), new SopInstanceUid(value(TagFromName.SOPInstanceUID)),
                value(TagFromName.SOPClassUID), value(TagFromName.Modality),
                this::write);
    }

    private void write(OutputStream out) throws IOException {
        try {
            list.write(new KeptOpen(out), transferSyntax, true, true);
        } catch (DicomException e) {
            throw new IOException("the de-identified instance could not be encoded", e);
        }
    }

    /** PixelMed closes the stream it writes to; the store syncs and closes its file itself. */
    private static final class KeptOpen extends FilterOutputStream {
        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private String value(AttributeTag tag) {
        return Attribute.getSingleStringValueOrEmptyString(list, tag).strip();
    }
}
