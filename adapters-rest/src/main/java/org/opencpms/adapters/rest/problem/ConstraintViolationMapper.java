package org.opencpms.adapters.rest.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A request that failed Bean Validation: 400 {@code request.invalid} with one field error per violation, the field
 * being the property path inside the body or the parameter name ({@code identity.givenName},
 * {@code consents[0].kind}, {@code limit}) without the resource method and argument prefix, the code the
 * constraint's name ({@code not-blank}, {@code size}...) and the validator's message. The rejected value is never
 * repeated (it may be identifying data). A missing body ({@code @NotNull} on the body parameter) is 400
 * {@code request.body-required}. A constraint on a resource method's return value is a server fault, 500.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    public static final String INVALID = "request.invalid";
    public static final String BODY_REQUIRED = "request.body-required";

    private static final Set<ElementKind> INVOCATION = Set.of(ElementKind.METHOD, ElementKind.CONSTRUCTOR,
            ElementKind.PARAMETER, ElementKind.CROSS_PARAMETER, ElementKind.RETURN_VALUE);
    private static final Pattern WORD_BOUNDARY = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        var instance = ProblemResponses.instance(uriInfo);
        if (violatesReturnValue(exception)) {
            return ProblemResponses.response(ServerErrorMapper.problem(exception, instance));
        }
        return ProblemResponses.response(problem(exception, instance));
    }

    /** The problem of an invalid request (the caller checks return-value violations first). */
    public static Problem problem(ConstraintViolationException exception, URI instance) {
        var violations = exception.getConstraintViolations() == null
                ? Set.<ConstraintViolation<?>>of() : exception.getConstraintViolations();
        if (violations.stream().anyMatch(ConstraintViolationMapper::isMissingBody)) {
            return ProblemResponses.problem(400, BODY_REQUIRED, "Request body required",
                    "This request needs a JSON body.", instance, List.of());
        }
        var errors = violations.stream()
                .map(v -> new Problem.FieldError(field(v.getPropertyPath()), constraint(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::code))
                .toList();
        return ProblemResponses.problem(400, INVALID, "Invalid request",
                errors.size() == 1 ? "One field is invalid." : errors.size() + " fields are invalid.", instance, errors);
    }

    /** Whether a violation concerns what a resource method returned rather than what the client sent. */
    static boolean violatesReturnValue(ConstraintViolationException exception) {
        return exception.getConstraintViolations() != null && exception.getConstraintViolations().stream()
                .anyMatch(v -> kinds(v.getPropertyPath()).contains(ElementKind.RETURN_VALUE));
    }

    /**
     * The field of a violation: the path below the method and its parameter ({@code consents[0].kind}); the
     * parameter's name when the parameter itself is invalid (a query parameter such as {@code limit}).
     */
    static String field(Path path) {
        var field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            }
            if (INVOCATION.contains(node.getKind())) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex()
                        : node.getKey() != null ? node.getKey() : "").append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getKind() != ElementKind.BEAN
                    && node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.isEmpty()) {
            return parameter != null ? parameter : path.toString();
        }
        return field.toString();
    }

    /** The constraint's annotation name in kebab case: {@code NotBlank} is {@code not-blank}. */
    static String constraint(ConstraintViolation<?> violation) {
        var descriptor = violation.getConstraintDescriptor();
        if (descriptor == null || descriptor.getAnnotation() == null) {
            return "invalid";
        }
        var name = descriptor.getAnnotation().annotationType().getSimpleName();
        return WORD_BOUNDARY.matcher(name).replaceAll("-").toLowerCase(Locale.ROOT);
    }

    /**
     * A {@code @NotNull} on a resource method's parameter of an object type (not text, number, date or
     * collection), i.e. on the JSON body, that found nothing: the request had no body.
     */
    static boolean isMissingBody(ConstraintViolation<?> violation) {
        if (violation.getInvalidValue() != null || violation.getConstraintDescriptor() == null
                || !(violation.getConstraintDescriptor().getAnnotation() instanceof NotNull)) {
            return false;
        }
        Path.Node method = null;
        Path.Node leaf = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node;
            }
            leaf = node;
        }
        if (method == null || leaf == null || leaf.getKind() != ElementKind.PARAMETER) {
            return false;
        }
        var types = method.as(Path.MethodNode.class).getParameterTypes();
        var index = leaf.as(Path.ParameterNode.class).getParameterIndex();
        return index >= 0 && index < types.size() && isBodyType(types.get(index));
    }

    private static boolean isBodyType(Class<?> type) {
        return !type.isPrimitive() && !type.isEnum() && !type.isArray() && !CharSequence.class.isAssignableFrom(type)
                && !Number.class.isAssignableFrom(type) && !Boolean.class.equals(type)
                && !Temporal.class.isAssignableFrom(type) && !Iterable.class.isAssignableFrom(type)
                && !type.getName().startsWith("jakarta.ws.rs.");
    }

    private static List<ElementKind> kinds(Path path) {
        var kinds = new ArrayList<ElementKind>();
        path.forEach(node -> kinds.add(node.getKind()));
        return kinds;
    }
}
