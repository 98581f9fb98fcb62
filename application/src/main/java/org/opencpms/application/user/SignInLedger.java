package org.opencpms.application.user;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which tokens have already signed in, so that a session is audited as one LOGIN (when its token is
 * first used) rather than one per request. Entries leave when their token expires; the ledger is per node,
 * so a token used on two nodes of a cluster signs in once on each.
 */
@ApplicationScoped
public class SignInLedger {

    static final int CLEANUP_THRESHOLD = 10_000;
    private final ConcurrentHashMap<String, Instant> signedIn = new ConcurrentHashMap<>();

    /** True exactly once per token id (until it expires). */
    public boolean firstUse(String tokenId, Instant expiresAt, Instant now) {
        if (signedIn.size() > CLEANUP_THRESHOLD) {
            signedIn.values().removeIf(expiry -> expiry.isBefore(now));
        }
        return signedIn.putIfAbsent(tokenId, expiresAt) == null;
    }
}
