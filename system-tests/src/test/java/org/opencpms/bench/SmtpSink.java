package org.opencpms.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local SMTP sink for the mail benchmark: accepts every message (RFC 5321's minimal conversation: HELO/EHLO, MAIL,
 * RCPT, DATA, RSET, NOOP, QUIT) on 127.0.0.1 and keeps each with the wall-clock time the server answered its
 * {@code DATA} with 250, the moment a sender counts the mail as accepted. One thread per connection.
 */
final class SmtpSink implements AutoCloseable {

    /** One accepted message: when (epoch ms) and its bytes, dot-unstuffed. */
    record Received(long acceptedAt, byte[] data) {
    }

    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private SmtpSink(int port) throws IOException {
        server = new ServerSocket(port, 200, InetAddress.getLoopbackAddress());
        connections.execute(this::accept);
    }

    static SmtpSink start(int port) throws IOException {
        return new SmtpSink(port);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    void clear() {
        received.clear();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                var socket = server.accept();
                connections.execute(() -> converse(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket; var in = new BufferedInputStream(socket.getInputStream());
             var out = socket.getOutputStream()) {
            reply(out, "220 sink ESMTP");
            for (var line = line(in); line != null; line = line(in)) {
                var verb = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                switch (verb) {
                    case "EHLO", "HELO" -> reply(out, "250 sink");
                    case "DATA" -> {
                        reply(out, "354 end with <CRLF>.<CRLF>");
                        var data = new ByteArrayOutputStream();
                        for (var body = line(in); body != null && !body.equals("."); body = line(in)) {
                            data.write((body.startsWith(".") ? body.substring(1) : body)
                                    .getBytes(StandardCharsets.ISO_8859_1));
                            data.write('\r');
                            data.write('\n');
                        }
                        received.add(new Received(System.currentTimeMillis(), data.toByteArray()));
                        reply(out, "250 accepted");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException dropped) {
            // the sender went away
        }
    }

    private static String line(BufferedInputStream in) throws IOException {
        var line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                var text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
        return null;
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdownNow();
    }
}
