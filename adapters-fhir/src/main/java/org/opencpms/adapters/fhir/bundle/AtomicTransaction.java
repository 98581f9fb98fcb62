package org.opencpms.adapters.fhir.bundle;

import jakarta.enterprise.context.Dependent;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * One JTA transaction around the whole of a transaction Bundle: the use cases its entries call join it, so a failing
 * entry (any runtime exception) rolls back what the entries before it stored.
 */
@Dependent
public class AtomicTransaction {

    @Transactional
    public <T> T run(Supplier<T> work) {
        return work.get();
    }
}
