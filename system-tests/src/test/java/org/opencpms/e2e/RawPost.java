package org.opencpms.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A POST written by hand on a socket, for what the JDK's client will not send: a {@code Content-Length} that declares
 * more than the bytes that follow (the server is meant to refuse it before reading them), or chunked bodies. Reads the
 * answer's status and body (its {@code Content-Length} bytes), then drops the connection.
 */
final class RawPost {

    record Answer(int status, String contentType, String body) {
    }

    private RawPost() {
    }

    static Answer send(String path, Map<String, String> headers, byte[] body) {
        try (var socket = new Socket("127.0.0.1", 8080)) {
            socket.setSoTimeout(60_000);
            var request = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nConnection: close\r\n");
            headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
            var out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return answer(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer answer(InputStream in) throws IOException {
        var head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed before the answer's head ended: " + head);
            }
            head.write(b);
        }
        var lines = head.toString(StandardCharsets.US_ASCII).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        int length = 0;
        String type = "";
        for (var line : lines) {
            var lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(15).strip());
            } else if (lower.startsWith("content-type:")) {
                type = line.substring(13).strip();
            }
        }
        return new Answer(status, type, new String(in.readNBytes(length), StandardCharsets.UTF_8));
    }
}
