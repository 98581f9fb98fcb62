package org.opencpms.domain.panel;

import java.util.ArrayList;
import java.util.List;

/** The requests for additional data of one panel, in the order they were made. */
final class DataRequests {

    private final List<DataRequest> all;

    DataRequests(List<DataRequest> requests) {
        this.all = new ArrayList<>(requests);
    }

    List<DataRequest> all() {
        return List.copyOf(all);
    }

    void add(DataRequest request) {
        all.add(request);
    }

    /** Answers the request, once; returns the answered request. */
    DataRequest answer(DataRequestId id, DataAnswer answer) {
        int index = indexOf(id);
        DataRequest request = all.get(index);
        if (request.isAnswered()) {
            throw new PanelConflict(PanelConflict.DATA_REQUEST_ALREADY_ANSWERED, "data request " + id + " is already answered");
        }
        DataRequest answered = request.answeredWith(answer);
        all.set(index, answered);
        return answered;
    }

    private int indexOf(DataRequestId id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return i;
            }
        }
        throw PanelItemNotFound.dataRequest(id);
    }
}
