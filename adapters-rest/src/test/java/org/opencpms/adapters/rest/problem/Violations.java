package org.opencpms.adapters.rest.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Constraint violations as Hibernate Validator reports them for a resource method's parameters, built by hand (no
 * validator on the test class path): {@code method.parameter.property[index].property}.
 */
final class Violations {

    private Violations() {
    }

    /** A path: the method with its parameter types, then the nodes below it. */
    static PathBuilder method(String name, Class<?>... parameterTypes) {
        return new PathBuilder(name, List.of(parameterTypes));
    }

    static ConstraintViolationException of(ConstraintViolation<?>... violations) {
        return new ConstraintViolationException(new LinkedHashSet<>(List.of(violations)));
    }

    static final class PathBuilder {
        private final List<Path.Node> nodes = new ArrayList<>();

        private PathBuilder(String method, List<Class<?>> parameterTypes) {
            nodes.add(node(ElementKind.METHOD, method, false, null, parameterTypes, -1));
        }

        PathBuilder parameter(String name, int index) {
            nodes.add(node(ElementKind.PARAMETER, name, false, null, List.of(), index));
            return this;
        }

        PathBuilder property(String name) {
            nodes.add(node(ElementKind.PROPERTY, name, false, null, List.of(), -1));
            return this;
        }

        PathBuilder propertyInList(String name, int index) {
            nodes.add(node(ElementKind.PROPERTY, name, true, index, List.of(), -1));
            return this;
        }

        PathBuilder listElement(int index) {
            nodes.add(node(ElementKind.CONTAINER_ELEMENT, "<list element>", true, index, List.of(), -1));
            return this;
        }

        PathBuilder returnValue() {
            nodes.add(node(ElementKind.RETURN_VALUE, "<return value>", false, null, List.of(), -1));
            return this;
        }

        Path path() {
            var copy = List.copyOf(nodes);
            return new Path() {
                @Override
                public Iterator<Node> iterator() {
                    return copy.iterator();
                }

                @Override
                public String toString() {
                    return String.join(".", copy.stream().map(Node::getName).toList());
                }
            };
        }

        ConstraintViolation<Object> notBlank(Object value) {
            return violation(path(), annotation(NotBlank.class), "must not be blank", value);
        }

        ConstraintViolation<Object> notNull() {
            return violation(path(), annotation(NotNull.class), "must not be null", null);
        }

        ConstraintViolation<Object> size(Object value) {
            return violation(path(), annotation(Size.class), "size must be between 0 and 100", value);
        }
    }

    private static Path.Node node(ElementKind kind, String name, boolean inIterable, Integer index,
                                  List<Class<?>> parameterTypes, int parameterIndex) {
        return (Path.Node) Proxy.newProxyInstance(Violations.class.getClassLoader(),
                new Class<?>[] {Path.MethodNode.class, Path.ParameterNode.class, Path.PropertyNode.class,
                        Path.ContainerElementNode.class, Path.ReturnValueNode.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "getKind" -> kind;
                    case "isInIterable" -> inIterable;
                    case "getIndex" -> index;
                    case "getKey" -> null;
                    case "getParameterTypes" -> parameterTypes;
                    case "getParameterIndex" -> parameterIndex;
                    case "as" -> proxy;
                    case "toString" -> name;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    @SuppressWarnings("unchecked")
    private static <A extends Annotation> A annotation(Class<A> type) {
        return (A) Proxy.newProxyInstance(Violations.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "annotationType" -> type;
                    case "hashCode" -> type.hashCode();
                    case "equals" -> proxy == args[0];
                    case "toString" -> "@" + type.getName();
                    default -> method.getDefaultValue();
                });
    }

    @SuppressWarnings("unchecked")
    private static ConstraintViolation<Object> violation(Path path, Annotation annotation, String message,
                                                         Object invalidValue) {
        var descriptor = (ConstraintDescriptor<Annotation>) Proxy.newProxyInstance(
                Violations.class.getClassLoader(), new Class<?>[] {ConstraintDescriptor.class},
                (proxy, method, args) -> method.getName().equals("getAnnotation") ? annotation : null);
        return (ConstraintViolation<Object>) Proxy.newProxyInstance(Violations.class.getClassLoader(),
                new Class<?>[] {ConstraintViolation.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getPropertyPath" -> path;
                    case "getMessage" -> message;
                    case "getInvalidValue" -> invalidValue;
                    case "getConstraintDescriptor" -> descriptor;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }
}
