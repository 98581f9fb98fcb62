package org.opencpms.adapters.fhir.patient;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.opencpms.adapters.fhir.http.FhirCaller;
import org.opencpms.adapters.fhir.http.Outcomes;
import org.opencpms.application.patient.FindPatients;

/**
 * A conditional reference to a Patient ({@code Patient?identifier=[system|]value}, or any of the PDQm parameters
 * {@code family}, {@code given}, {@code birthdate}, {@code gender}, {@code identifier} together, as
 * {@link PdqmCriteria} reads them) resolved as HAPI's JPA server resolves a match URL: to the one patient the PDQm
 * search ({@link FindPatients}, the same use case, access policy and audit) finds for the caller, so only among the
 * patients whose identity the caller sees. No match is 400 {@code reference.no-match} (a patient out of sight is no
 * match, as if there were none), more than one 412 {@code reference.ambiguous}; a match URL of another type, another
 * parameter, a modifier or a repeated parameter is 400 {@code fhir.unsupported-condition}. Each message names the
 * reference.
 */
@Dependent
public class PatientMatch {

    private static final Set<String> PARAMETERS = Set.of("family", "given", "birthdate", "gender", "identifier");

    private final FindPatients find;

    @Inject
    public PatientMatch(FindPatients find) {
        this.find = find;
    }

    /** Whether the reference is a match URL ({@code Type?...}) rather than a literal reference. */
    public static boolean isConditional(String reference) {
        return reference != null && reference.matches("[A-Z][A-Za-z]+\\?.*");
    }

    /** @return where the one patient matching the reference is: {@code Patient/<id>} */
    public String locate(String reference, RequestDetails request) {
        var criteria = criteria(reference);
        var found = find.handle(new FindPatients.Query(FhirCaller.actor(request), null, criteria, 2));
        if (found.isEmpty()) {
            var message = "no patient you may see with identity matches the conditional reference " + reference;
            var refusal = new InvalidRequestException(message);
            refusal.setOperationOutcome(Outcomes.error(IssueType.NOTFOUND, "reference.no-match", message));
            throw refusal;
        }
        if (found.size() > 1) {
            var message = "more than one patient matches the conditional reference " + reference
                    + "; name one by its identifier";
            var refusal = new PreconditionFailedException(message);
            refusal.setOperationOutcome(Outcomes.error(IssueType.MULTIPLEMATCHES, "reference.ambiguous", message));
            throw refusal;
        }
        return "Patient/" + found.get(0).id().value();
    }

    static FindPatients.Criteria criteria(String reference) {
        if (!reference.startsWith("Patient?")) {
            throw unsupported(reference, "a conditional reference names a Patient only");
        }
        var parameters = parameters(reference);
        if (parameters.isEmpty()) {
            throw unsupported(reference, "a conditional reference names at least one parameter");
        }
        var identifier = parameters.get("identifier");
        try {
            return PdqmCriteria.of(text(parameters.get("family")), text(parameters.get("given")),
                    parameters.containsKey("birthdate") ? new DateParam(parameters.get("birthdate")) : null,
                    parameters.containsKey("gender") ? new TokenParam(parameters.get("gender")) : null,
                    identifier == null ? null : new TokenParam(null, identifier.substring(identifier.indexOf('|') + 1)));
        } catch (DataFormatException | DateTimeException e) {
            throw unsupported(reference, "birthdate is a whole day (YYYY-MM-DD)");
        } catch (InvalidRequestException e) {
            throw unsupported(reference, e.getMessage());
        }
    }

    private static Map<String, String> parameters(String reference) {
        var parameters = new HashMap<String, String>();
        for (var pair : reference.substring(reference.indexOf('?') + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            var name = equals < 0 ? pair : pair.substring(0, equals);
            var value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            if (!PARAMETERS.contains(name) || value.isBlank() || parameters.put(name, value) != null) {
                throw unsupported(reference, "a conditional reference to a Patient takes family, given, birthdate,"
                        + " gender and identifier, each once with a value and without a modifier, not " + pair);
            }
        }
        return parameters;
    }

    private static StringParam text(String value) {
        return value == null ? null : new StringParam(value);
    }

    private static InvalidRequestException unsupported(String reference, String message) {
        var full = message + " (" + reference + ")";
        var refusal = new InvalidRequestException(full);
        refusal.setOperationOutcome(Outcomes.error(IssueType.NOTSUPPORTED, "fhir.unsupported-condition", full));
        return refusal;
    }
}
