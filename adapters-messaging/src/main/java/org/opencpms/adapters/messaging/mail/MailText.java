package org.opencpms.adapters.messaging.mail;

/** One mail's words: its subject, its plain-text body and its HTML body (the same message, escaped for HTML). */
public record MailText(String subject, String text, String html) {
}
