package org.opencpms.e2e.crash;

import jakarta.persistence.Persistence;
import java.util.HashMap;
import javax.sql.DataSource;
import org.opencpms.domain.audit.ChainVerification;
import org.opencpms.adapters.persistence.audit.JpaAuditTrail;

/**
 * Verifies the audit chain of a stopped server's database from outside, with the persistence adapter's own check
 * ({@link JpaAuditTrail#verify()}): the "opencpms" persistence unit run as RESOURCE_LOCAL on the database.
 */
final class AuditChain {

    private AuditChain() {
    }

    static ChainVerification verify(DataSource database, String platform) {
        var properties = new HashMap<String, Object>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.nonJtaDataSource", database);
        properties.put("eclipselink.target-server", "None");
        properties.put("eclipselink.target-database", platform);
        properties.put("eclipselink.logging.level", "WARNING");
        var factory = Persistence.createEntityManagerFactory("opencpms", properties);
        try {
            var em = factory.createEntityManager();
            try {
                return new JpaAuditTrail(em).verify();
            } finally {
                em.close();
            }
        } finally {
            factory.close();
        }
    }
}
