package org.opencpms.adapters.dicom.scp;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.opencpms.domain.shared.ProviderId;

/**
 * Reads an association request (A-ASSOCIATE-RQ, PS3.8 9.3.2) before PixelMed does and lets it through only when it
 * is called to our AE title by a known calling AE title; otherwise it answers A-ASSOCIATE-RJ (rejected permanent,
 * by the service user, reason 3 "calling AE title not recognised" or 7 "called AE title not recognised").
 */
final class AssociationGate {

    /** An admitted request: the centre of the calling AE title and the bytes read, to be read again by PixelMed. */
    record Admitted(ProviderId centre, byte[] request) {
    }

    private static final int A_ASSOCIATE_RQ = 0x01;
    private static final int MAX_REQUEST = 64 * 1024;
    private static final int CALLING_AE_NOT_RECOGNISED = 3;
    private static final int CALLED_AE_NOT_RECOGNISED = 7;

    private final String ourAeTitle;
    private final Map<String, ProviderId> centres;

    /** @param centres the centre of each known calling AE title */
    AssociationGate(String ourAeTitle, Map<String, ProviderId> centres) {
        this.ourAeTitle = ourAeTitle;
        this.centres = Map.copyOf(centres);
    }

    /** The admitted request, or empty when it was rejected or was no association request (then the socket is done). */
    Optional<Admitted> admit(Socket socket) throws IOException {
        var in = new DataInputStream(socket.getInputStream());
        byte[] header = new byte[6];
        in.readFully(header);
        long length = Integer.toUnsignedLong(readInt(header, 2));
        if ((header[0] & 0xff) != A_ASSOCIATE_RQ || length < 68 || length > MAX_REQUEST) {
            return Optional.empty();
        }
        byte[] request = new byte[6 + (int) length];
        System.arraycopy(header, 0, request, 0, 6);
        in.readFully(request, 6, (int) length);
        String called = aeTitle(request, 10);
        String calling = aeTitle(request, 26);
        if (!called.equals(ourAeTitle)) {
            reject(socket.getOutputStream(), CALLED_AE_NOT_RECOGNISED);
            return Optional.empty();
        }
        ProviderId centre = centres.get(calling);
        if (centre == null) {
            reject(socket.getOutputStream(), CALLING_AE_NOT_RECOGNISED);
            return Optional.empty();
        }
        return Optional.of(new Admitted(centre, request));
    }

    private static String aeTitle(byte[] request, int offset) {
        return new String(request, offset, 16, StandardCharsets.US_ASCII).strip();
    }

    private static int readInt(byte[] b, int offset) {
        return (b[offset] & 0xff) << 24 | (b[offset + 1] & 0xff) << 16 | (b[offset + 2] & 0xff) << 8 | b[offset + 3] & 0xff;
    }

    private static void reject(OutputStream out, int reason) throws IOException {
        out.write(new byte[] {0x03, 0, 0, 0, 0, 4, 0, 1, 1, (byte) reason});
        out.flush();
    }
}
