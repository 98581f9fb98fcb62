package org.opencpms.adapters.fhir.audit;

import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.UUID;
import java.util.function.Function;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventAction;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.opencpms.adapters.fhir.http.Outcomes;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.audit.AuditCriteria;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.UserId;

/**
 * The search parameters of AuditEvent as the domain's {@link AuditCriteria}: {@code patient} (a Patient id),
 * {@code date} (a range, HAPI's prefixes), {@code agent} (the user id of the person who acted, bare or as
 * {@code Practitioner/<id>}), {@code action} (C, R, U, D, E, several separated by commas). A parameter that names
 * nothing OpenCPMS could have recorded is a 400 naming it, with the code {@code <parameter>.invalid}.
 */
final class AuditSearch {

    private AuditSearch() {
    }

    static AuditCriteria criteria(ReferenceParam patient, DateRangeParam date, ReferenceParam agent,
                                  TokenOrListParam action) {
        try {
            return new AuditCriteria(patient == null ? null : uuid("patient", patient.getIdPart(), PatientId::new),
                    date == null ? null : instant(date.getLowerBoundAsInstant()),
                    date == null ? null : instant(date.getUpperBoundAsInstant()),
                    agent == null ? null : uuid("agent", agent.getIdPart(), UserId::new), actions(action));
        } catch (InvalidValue refused) {
            throw refused("date", refused.code(), refused.getMessage());
        }
    }

    private static EnumSet<AuditAction> actions(TokenOrListParam action) {
        var actions = EnumSet.noneOf(AuditAction.class);
        if (action == null) {
            return actions;
        }
        for (TokenParam token : action.getValuesAsQueryTokens()) {
            try {
                actions.addAll(BalpShape.actionsCoded(AuditEventAction.fromCode(token.getValue())));
            } catch (Exception unknown) {
                throw refused("action", "action.invalid", "no audit action " + token.getValue()
                        + ": the codes are C, R, U, D and E");
            }
        }
        return actions;
    }

    private static <T> T uuid(String parameter, String value, Function<UUID, T> wrap) {
        try {
            return wrap.apply(UUID.fromString(value));
        } catch (RuntimeException e) {
            throw refused(parameter, parameter + ".invalid", "not an OpenCPMS id: " + value);
        }
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static InvalidRequestException refused(String parameter, String code, String message) {
        var refusal = new InvalidRequestException(parameter + ": " + message);
        refusal.setOperationOutcome(Outcomes.error(IssueType.INVALID, code, parameter + ": " + message));
        return refusal;
    }
}
