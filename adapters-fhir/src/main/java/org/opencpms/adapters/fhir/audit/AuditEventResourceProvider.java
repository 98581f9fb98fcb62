package org.opencpms.adapters.fhir.audit;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.hl7.fhir.r4.model.AuditEvent;
import org.opencpms.adapters.fhir.http.FhirCaller;
import org.opencpms.application.audit.ReadAuditTrail;
import org.opencpms.domain.shared.Require;

/**
 * AuditEvent search (IHE BALP): the audit trail as {@link ReadAuditTrail} lets the caller read it, oldest first,
 * narrowed by {@code patient}, {@code date}, {@code agent} and {@code action} ({@link AuditSearch}), paged with
 * {@code _count} (50 by default, at most 500) and {@code _offset}. Anyone but an auditor gets 403
 * {@code access.audit-forbidden}; an ERN's auditor finds only the entries concerning its patients. The search is
 * itself audited. There is no read, create or update: the trail is written by the use cases alone.
 */
@Dependent
public class AuditEventResourceProvider implements IResourceProvider {

    private static final int DEFAULT_COUNT = 50;

    private final ReadAuditTrail read;

    @Inject
    public AuditEventResourceProvider(ReadAuditTrail read) {
        this.read = read;
    }

    @Override
    public Class<AuditEvent> getResourceType() {
        return AuditEvent.class;
    }

    @Search
    public List<AuditEvent> search(@OptionalParam(name = AuditEvent.SP_PATIENT) ReferenceParam patient,
                                   @OptionalParam(name = AuditEvent.SP_DATE) DateRangeParam date,
                                   @OptionalParam(name = AuditEvent.SP_AGENT) ReferenceParam agent,
                                   @OptionalParam(name = AuditEvent.SP_ACTION) TokenOrListParam action,
                                   @Count Integer count, @Offset Integer offset, RequestDetails request) {
        var actor = FhirCaller.actor(request);
        var criteria = AuditSearch.criteria(patient, date, agent, action);
        int size = count == null ? DEFAULT_COUNT : Math.max(1, Math.min(count, Require.MAX_PAGE_SIZE));
        int from = offset == null ? 0 : Math.max(0, offset);
        return read.handle(new ReadAuditTrail.Query(actor, criteria, from, size)).stream()
                .map(AuditEventMapping::toFhir).toList();
    }
}
