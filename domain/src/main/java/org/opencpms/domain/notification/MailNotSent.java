package org.opencpms.domain.notification;

/**
 * The mail server did not accept a mail (unreachable, refused, timed out): a failure of the infrastructure, not of
 * the request, to be retried. Its message names the cause only, never the mail's content or address.
 */
public final class MailNotSent extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailNotSent(String reason, Throwable cause) {
        super(reason, cause);
    }
}
