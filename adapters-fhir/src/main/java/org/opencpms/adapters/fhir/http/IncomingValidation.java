package org.opencpms.adapters.fhir.http;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Patient;

/**
 * Every resource a client sends is validated against the R4 base definitions with HAPI's instance validator before any
 * use case runs: one with an error (a missing required element, a broken invariant, a code outside a required value
 * set...) is refused with 422 and an OperationOutcome naming each issue with its location; warnings and information
 * let it pass, and so does a profile the resource claims that this server does not hold (a national profile, IHE
 * BALP...): it is validated against R4 base with a warning. A body that does not parse is left to HAPI, which answers
 * 400. No terminology server is asked: codes are checked against the base specification's value sets and code systems
 * in memory. Like an authentication refusal, the refusal is handed to the interaction ({@link FhirCaller#actor})
 * rather than thrown from the hook.
 */
@Interceptor(order = IncomingValidation.ORDER)
public final class IncomingValidation {

    /** After {@link FhirAuthentication}: a caller refused already is not told more. */
    static final int ORDER = 10;

    private final FhirContext fhir;
    private final FhirValidator validator;

    public IncomingValidation(FhirContext fhir) {
        this.fhir = fhir;
        var support = new ValidationSupportChain(new DefaultProfileValidationSupport(fhir),
                new CommonCodeSystemsTerminologyService(fhir), new InMemoryTerminologyServerValidationSupport(fhir),
                new SnapshotGeneratingValidationSupport(fhir));
        var instances = new FhirInstanceValidator(support);
        instances.setErrorForUnknownProfiles(false);
        this.validator = fhir.newValidator().registerValidatorModule(instances);
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
    public boolean validate(RequestDetails request) {
        var body = request.loadRequestContents();
        if (request.getUserData().containsKey(FhirCaller.REFUSAL) || body == null || body.length == 0) {
            return true;
        }
        var text = new String(body, StandardCharsets.UTF_8);
        var encoding = EncodingEnum.detectEncodingNoDefault(text);
        if (encoding == null) {
            return true;
        }
        try {
            var result = validator.validateWithResult(encoding.newParser(fhir).parseResource(text));
            if (result.getMessages().stream().anyMatch(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())) {
                var refusal = new UnprocessableEntityException("The resource is not valid FHIR R4.");
                refusal.setOperationOutcome(result.toOperationOutcome());
                request.getUserData().put(FhirCaller.REFUSAL, refusal);
            }
        } catch (DataFormatException malformed) {
            return true;
        }
        return true;
    }

    /**
     * Loads the R4 definitions into the validator by validating a first resource: this takes tens of seconds, which
     * the server spends in the background once it has started rather than in the first client's request.
     */
    public void warmUp() {
        validator.validateWithResult(new Patient());
    }

    /** The validator, e.g. to check what the server emits. */
    public FhirValidator validator() {
        return validator;
    }
}
