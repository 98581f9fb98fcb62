package org.opencpms.application.accessrequest;

import java.util.Set;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.accessrequest.AccessRequestId;
import org.opencpms.domain.accessrequest.RequestedAccess;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.Role;

/** Requests filed through the use case, for the tests of deciding and listing them. */
final class AccessRequestFixtures {

    private AccessRequestFixtures() {
    }

    static RequestAccess requestAccess(PeopleFixtures world) {
        return new RequestAccess(world.accessRequests, world.providers, world.users, world.events, world.auditing,
                world.clock);
    }

    static RequestedAccess asHp(ProviderId centre) {
        return new RequestedAccess(PeopleFixtures.ERN, centre, Set.of(Role.HEALTH_PROFESSIONAL), null);
    }

    static RequestedAccess asAssistant(ProviderId centre, UserId hp) {
        return new RequestedAccess(PeopleFixtures.ERN, centre, Set.of(Role.CENTRE_ASSISTANT), hp);
    }

    static AccessRequestId filed(PeopleFixtures world, Actor requester, RequestedAccess requested) {
        return requestAccess(world).handle(new RequestAccess.Command(requester, requested, "I treat rare kidney diseases"));
    }
}
