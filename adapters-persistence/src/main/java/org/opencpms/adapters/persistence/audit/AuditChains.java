package org.opencpms.adapters.persistence.audit;

/**
 * How many chains the audit trail appends to: 1 to {@value #MAX} (the heads the schema holds), {@value #DEFAULT} by
 * default. A transaction appends to a chain no other transaction holds, so up to this many audited transactions
 * commit at once instead of one after the other. Changing it keeps every stored chain verifiable: verification walks
 * every chain that has records, whatever the number appended to now.
 */
public record AuditChains(int count) {

    /** The most chains: the heads the schema holds. */
    public static final int MAX = 64;

    /** The number of chains unless configured. */
    public static final int DEFAULT = 8;

    public AuditChains {
        if (count < 1 || count > MAX) {
            throw new IllegalArgumentException("the audit trail appends to 1 to " + MAX + " chains, not " + count);
        }
    }
}
