package org.opencpms.application.user;

import java.time.Duration;

/**
 * Port: the token issuer of training mode, which signs short-lived tokens for the training accounts with a key
 * generated when the server starts (never stored, so its tokens die with the server).
 */
public interface TrainingTokens {

    Duration LIFETIME = Duration.ofHours(8);

    /** A signed token for a training account's username, valid for {@link #LIFETIME}. */
    String issue(String username, String displayName, String email);
}
