package org.opencpms.adapters.rest.openapi;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.opencpms.adapters.rest.http.IfMatch;
import org.opencpms.adapters.rest.problem.Problem;

/**
 * The answers every operation can give because of the kind of request it is, added to the document where the
 * resource did not describe them itself, and the {@code application/problem+json} body of every error answer.
 *
 * <p>What follows from what: any parameter or body may be invalid (400); a bearer-token operation answers 401 without
 * a valid token and 403 to the unregistered or unauthorised; a path with an id may name nothing the caller may see
 * (404); an answer with a body may not be acceptable (406); a body may be over the limit (413) or of another media type
 * (415); an operation taking {@code If-Match} may meet an older version (412) or a concurrent change when none was
 * named (409); a replacing write ({@code PUT}, {@code PATCH}) must send {@code If-Match} (428); anything may fail
 * unexpectedly (500). Domain-specific answers (a 409 or 422 of a rule) stay annotated on the resource.
 */
final class StandardResponses {

    /** The name of the problem+json schema in the document's components. */
    static final String PROBLEM_SCHEMA = "Problem";

    private StandardResponses() {
    }

    static void addTo(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        var securedByDefault = api.getSecurity() != null && !api.getSecurity().isEmpty();
        api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                addTo(path, method, operation, securedByDefault)));
    }

    private static void addTo(String path, HttpMethod method, Operation operation, boolean securedByDefault) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        expected(path, method, operation, securedByDefault).forEach((status, description) -> {
            if (!operation.getResponses().hasAPIResponse(status)) {
                operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description));
            }
        });
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                withProblemBody(response);
            }
        });
    }

    private static Map<String, String> expected(String path, HttpMethod method, Operation operation,
                                                boolean securedByDefault) {
        var hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        var hasBody = operation.getRequestBody() != null;
        var replaces = IfMatch.replaces(method.name());
        var takesIfMatch = replaces || hasParameters && operation.getParameters().stream().anyMatch(StandardResponses::isIfMatch);
        var expected = new LinkedHashMap<String, String>();
        if (hasParameters || hasBody) {
            expected.put("400", "Invalid request: a parameter, the body or one of its fields (the problem lists them)");
        }
        if (operation.getSecurity() == null ? securedByDefault : !operation.getSecurity().isEmpty()) {
            expected.put("401", "No valid bearer token");
            expected.put("403", "Not registered, or not allowed by the domain's rules");
        }
        if (path.contains("{")) {
            expected.put("404", "Nothing at this path, or nothing the caller may see");
        }
        if (answersWithBody(operation)) {
            expected.put("406", "Accept allows none of the media types of the answer");
        }
        if (takesIfMatch) {
            expected.put("409", "Changed concurrently while no If-Match version was named");
            expected.put("412", "If-Match names an older version than the current one");
        }
        if (hasBody) {
            expected.put("413", "Body over the size limit");
            expected.put("415", "Body of a media type the operation does not take");
        }
        if (replaces) {
            expected.put("428", IfMatch.REQUIRED_RESPONSE);
        }
        expected.put("500", "Unexpected error; the problem carries the correlation id");
        return expected;
    }

    private static boolean isIfMatch(Parameter parameter) {
        return parameter.getIn() == Parameter.In.HEADER && IfMatch.HEADER.equalsIgnoreCase(parameter.getName());
    }

    private static boolean answersWithBody(Operation operation) {
        return operation.getResponses().getAPIResponses().entrySet().stream()
                .anyMatch(answer -> answer.getKey().startsWith("2") && answer.getValue().getContent() != null
                        && !answer.getValue().getContent().getMediaTypes().isEmpty());
    }

    private static void withProblemBody(APIResponse response) {
        if (response.getContent() == null) {
            response.setContent(OASFactory.createContent());
        }
        if (!response.getContent().hasMediaType(Problem.MEDIA_TYPE)) {
            response.getContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
        }
    }
}
