package org.opencpms.application.memory;

import java.util.List;
import org.opencpms.domain.shared.InvalidValue;

/** Offset/limit paging over an in-memory list, with the same bounds the storage adapters enforce. */
final class Paging {

    static final int MAX_LIMIT = 500;

    private Paging() {
    }

    static <T> List<T> page(List<T> all, int offset, int limit) {
        if (offset < 0) {
            throw new InvalidValue("offset", "offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValue("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        if (offset >= all.size()) {
            return List.of();
        }
        return List.copyOf(all.subList(offset, Math.min(all.size(), offset + limit)));
    }
}
