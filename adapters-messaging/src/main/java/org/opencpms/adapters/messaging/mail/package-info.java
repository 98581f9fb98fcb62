/**
 * E-mail: {@link org.opencpms.adapters.messaging.mail.JakartaMailer} implements the domain's
 * {@link org.opencpms.domain.notification.Mailer} over Jakarta Mail (WildFly's mail session at run time), with the
 * words from {@link org.opencpms.adapters.messaging.mail.MailTemplates} (Mustache, HTML-escaped, en/de/fr);
 * a meeting's mails carry its iCalendar entry ({@code MeetingCalendar}, ical4j: REQUEST or CANCEL, same UID, growing
 * SEQUENCE); {@link org.opencpms.adapters.messaging.mail.LoggingMailer} is the training mode's mailer that sends
 * nothing.
 *
 * <p>Invariants: a mail names only its notification's facts (nickname, ERN codes, a meeting's start) and a link,
 * never identifying data or clinical free text; every try of one notification's mail carries the same Message-ID;
 * failures are reported without addresses or content.
 */
package org.opencpms.adapters.messaging.mail;
