package org.opencpms.adapters.persistence.accessrequest;

import org.opencpms.application.memory.InMemoryAccessRequests;
import org.opencpms.domain.accessrequest.AccessRequests;

class InMemoryAccessRequestsTest extends AccessRequestsContract {

    private final AccessRequests requests = new InMemoryAccessRequests();

    @Override
    protected AccessRequests requests() {
        return requests;
    }

    @Override
    protected void inTransaction(Runnable work) {
        work.run();
    }
}
