package org.opencpms.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.opencpms.adapters.dicom.SyntheticCt;

/**
 * The DICOMweb side of the end-to-end tests: synthetic CT files with planted identifiers (adapters-dicom's
 * {@link SyntheticCt}) made unique to a run and to a patient, and raw HTTP calls to {@code /dicomweb} whose every
 * answer is kept, as text, for the leak check.
 */
final class DicomWeb {

    static final String URL = Api.BASE + "/dicomweb";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** Every answer received, for the leak check. */
    static final StringBuilder ANSWERED = new StringBuilder();

    private DicomWeb() {
    }

    /** Instance {@code number} of series {@code series} of study {@code run}, for the patient of that hospital id. */
    static byte[] file(long run, int series, int number, String hospitalId) {
        return SyntheticCt.file(run, series, number, 16, hospitalId);
    }

    static final String BOUNDARY = "e2e-boundary-41";

    /** The files as a STOW-RS body. */
    static byte[] multipart(byte[]... files) {
        var body = new ByteArrayOutputStream();
        for (byte[] file : files) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Type: application/dicom\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    static final String MULTIPART = "multipart/related; type=\"application/dicom\"; boundary=" + BOUNDARY;

    static HttpResponse<byte[]> stow(String token, String contentType, byte[] body) {
        return stowAt(Api.BASE, token, contentType, body);
    }

    /** STOW-RS to the server at {@code base} ({@code http://host:port}). */
    static HttpResponse<byte[]> stowAt(String base, String token, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + "/dicomweb/studies")).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    static HttpResponse<byte[]> get(String token, String path, Map<String, String> headers) {
        return getAt(Api.BASE, token, path, headers);
    }

    /** A GET of {@code /dicomweb} + {@code path} on the server at {@code base}. */
    static HttpResponse<byte[]> getAt(String base, String token, String path, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(base + "/dicomweb" + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return send(request);
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            var response = CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            synchronized (ANSWERED) {
                ANSWERED.append(new String(response.body(), StandardCharsets.ISO_8859_1)).append('\n');
                response.headers().map().forEach((k, v) -> ANSWERED.append(k).append(": ").append(v).append('\n'));
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
