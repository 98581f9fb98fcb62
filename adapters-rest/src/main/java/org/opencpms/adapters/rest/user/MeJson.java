package org.opencpms.adapters.rest.user;

import java.util.List;

/**
 * Who the caller is: the OpenID Connect issuer and subject of the token, the name and e-mail it claims, whether
 * OpenCPMS knows this subject ({@code registered}), and if so the user id and role grants OpenCPMS holds. An
 * unregistered caller ({@code registered: false}, no {@code userId}) may only look up centres and file an access
 * request. {@code centres} says, for each centre where the caller enrols patients, for whom they enrol and in which
 * ERNs they open panels for its patients ({@link CentreRightsJson}), as the domain's rules decide: a front end offers
 * those and nothing else.
 */
public record MeJson(String issuer, String subject, String displayName, String email, boolean registered,
                     String userId, List<GrantJson> grants, List<CentreRightsJson> centres) {
}
