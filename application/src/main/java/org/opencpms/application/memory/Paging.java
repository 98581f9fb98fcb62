package org.opencpms.application.memory;

import java.util.List;
import org.opencpms.domain.shared.Require;

/** Offset/limit paging over an in-memory list, with the same bounds the storage adapters enforce. */
final class Paging {

    private Paging() {
    }

    static <T> List<T> page(List<T> all, int offset, int limit) {
        Require.page(offset, limit);
        if (offset >= all.size()) {
            return List.of();
        }
        return List.copyOf(all.subList(offset, Math.min(all.size(), offset + limit)));
    }
}
