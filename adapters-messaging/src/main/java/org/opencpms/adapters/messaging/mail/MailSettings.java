package org.opencpms.adapters.messaging.mail;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.opencpms.domain.shared.PanelId;

/**
 * What every mail carries besides its words: the sender ({@code from}, e.g. {@code OpenCPMS <no-reply@cpms.example.eu>}),
 * the application's public address that links start with ({@code baseUrl}, no trailing slash), the domain of the
 * Message-IDs ({@code <notification-id@domain>}), and the SMTP credentials ({@code username} and {@code password}
 * both null when the server takes mail without).
 */
public record MailSettings(String from, URI baseUrl, String messageIdDomain, String username, String password) {

    public MailSettings {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(messageIdDomain, "messageIdDomain");
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException("SMTP username and password go together");
        }
        var text = baseUrl.toString();
        baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /** Without SMTP credentials. */
    public MailSettings(String from, URI baseUrl, String messageIdDomain) {
        this(from, baseUrl, messageIdDomain, null, null);
    }

    /** The bare address of the sender ({@code no-reply@cpms.example.eu} of {@code OpenCPMS <no-reply@...>}). */
    String senderAddress() {
        int open = from.lastIndexOf('<');
        return open < 0 ? from.strip() : from.substring(open + 1, from.indexOf('>', open)).strip();
    }

    /** The link of a mail: to the panel it is about, else to the application. */
    String link(Optional<PanelId> panel) {
        return panel.map(p -> baseUrl + "/panels/" + p).orElse(baseUrl + "/");
    }

    @Override
    public String toString() {
        return "MailSettings[from=" + from + ", baseUrl=" + baseUrl + ", messageIdDomain=" + messageIdDomain
                + ", username=" + username + ", password=" + (password == null ? null : "***") + "]";
    }
}
