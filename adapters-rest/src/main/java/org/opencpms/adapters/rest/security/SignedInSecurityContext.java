package org.opencpms.adapters.rest.security;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.opencpms.application.user.SignedIn;

/**
 * The request's JAX-RS security context once {@link BearerAuthentication} knows the registered user: the
 * {@link SignedIn} user as principal, scheme {@code Bearer}. Roles are OpenCPMS's grants, decided by the domain's
 * policies, never by {@link #isUserInRole}. Services mapped in the same web module without the REST adapter's
 * {@link Caller} (DICOMweb) read the caller from here.
 */
final class SignedInSecurityContext implements SecurityContext {

    private final SignedIn signedIn;
    private final boolean secure;

    SignedInSecurityContext(SignedIn signedIn, boolean secure) {
        this.signedIn = signedIn;
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        return signedIn;
    }

    @Override
    public boolean isUserInRole(String role) {
        return false;
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
