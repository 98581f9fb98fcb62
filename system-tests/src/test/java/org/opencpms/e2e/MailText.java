package org.opencpms.e2e;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A received mail as the text a reader could see in it: every header, then every part decoded (quoted-printable and
 * base64 undone: text, HTML, calendar), so that a search for a value finds it however the mail encoded it.
 */
final class MailText {

    private MailText() {
    }

    static List<String> ofAll(MimeMessage[] messages) {
        return Arrays.stream(messages).map(MailText::of).toList();
    }

    static String of(MimeMessage message) {
        try {
            var text = new StringBuilder();
            for (var header : Collections.list(message.getAllHeaderLines())) {
                text.append(header).append('\n');
            }
            text.append(message.getSubject()).append('\n');
            append(message, text);
            return text.toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void append(Part part, StringBuilder text) throws MessagingException, IOException {
        var content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                append(child, text);
            }
        } else if (content instanceof String string) {
            text.append(string).append('\n');
        } else if (content instanceof InputStream stream) {
            text.append(new String(stream.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
        }
    }
}
