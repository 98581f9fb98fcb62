package org.opencpms.adapters.fhir.http;

import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.ResourceBinding;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.MethodNotAllowedException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The answer to a request no interaction of the server serves (HAPI's own answer is a 400 for all of them): a method
 * the addressed resource type does not serve at all (DELETE, PATCH, a PUT or POST it does not take) is a 405
 * ({@value #UNSUPPORTED}, the code a Bundle entry of such an interaction gets too) with an {@code Allow} header listing the methods it does serve; a read or search it cannot
 * answer (an unknown search parameter, an unknown operation) stays a 400 ({@value #UNKNOWN}).
 */
public final class UnsupportedInteraction {

    public static final String UNSUPPORTED = "fhir.unsupported-interaction";
    static final String UNKNOWN = "fhir.unsupported-request";

    private UnsupportedInteraction() {
    }

    public static BaseServerResponseException refusal(RequestDetails request, RequestTypeEnum method,
                                                      Collection<ResourceBinding> bindings) {
        var allowed = allowed(request.getResourceName(), bindings);
        var searching = method == RequestTypeEnum.GET || request.getRequestPath().endsWith("_search");
        if (searching || allowed.contains(method)) {
            var message = "This server does not answer " + method + " " + request.getRequestPath()
                    + " with these parameters: " + new TreeSet<>(request.getParameters().keySet());
            var refusal = new InvalidRequestException(message);
            refusal.setOperationOutcome(Outcomes.error(IssueType.NOTSUPPORTED, UNKNOWN, message));
            return refusal;
        }
        var message = method + " is not supported on " + request.getRequestPath() + "; the CapabilityStatement"
                + " (GET /fhir/metadata) lists what is";
        var refusal = new MethodNotAllowedException(message,
                Outcomes.error(IssueType.NOTSUPPORTED, UNSUPPORTED, message));
        refusal.addResponseHeader("Allow", allowed.stream().map(Enum::name).collect(Collectors.joining(", ")));
        return refusal;
    }

    /** The HTTP methods the interactions served on the resource type use (none known: the system level's). */
    static Set<RequestTypeEnum> allowed(String resourceType, Collection<ResourceBinding> bindings) {
        var methods = EnumSet.noneOf(RequestTypeEnum.class);
        bindings.stream().filter(b -> resourceType != null && resourceType.equals(b.getResourceName()))
                .flatMap(b -> b.getMethodBindings().stream())
                .forEach(binding -> methods.addAll(methodsOf(binding.getRestOperationType())));
        if (methods.isEmpty()) {
            methods.add(RequestTypeEnum.GET);
            methods.add(RequestTypeEnum.POST);
        }
        return methods;
    }

    private static Set<RequestTypeEnum> methodsOf(RestOperationTypeEnum operation) {
        return switch (operation) {
            case READ, VREAD -> EnumSet.of(RequestTypeEnum.GET);
            case SEARCH_TYPE -> EnumSet.of(RequestTypeEnum.GET, RequestTypeEnum.POST);
            case CREATE, TRANSACTION, BATCH -> EnumSet.of(RequestTypeEnum.POST);
            case UPDATE -> EnumSet.of(RequestTypeEnum.PUT);
            case DELETE -> EnumSet.of(RequestTypeEnum.DELETE);
            case PATCH -> EnumSet.of(RequestTypeEnum.PATCH);
            default -> EnumSet.of(RequestTypeEnum.GET, RequestTypeEnum.POST);
        };
    }
}
