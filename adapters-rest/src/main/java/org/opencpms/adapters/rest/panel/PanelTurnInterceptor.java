package org.opencpms.adapters.rest.panel;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.UUID;
import org.opencpms.domain.shared.PanelId;

/**
 * Runs a write of a {@link OnePanelChangeAtATime} resource in the turn of the panel its {@code {id}} path parameter
 * names, around the whole resource method: every attempt of the change and its transaction's commit (use cases commit
 * before they return). Anything else proceeds at once.
 */
@OnePanelChangeAtATime
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class PanelTurnInterceptor {

    @AroundInvoke
    public Object takeTurn(InvocationContext invocation) throws Exception {
        var panel = writes(invocation.getMethod()) ? panelOf(invocation.getMethod(), invocation.getParameters())
                : Optional.<PanelId>empty();
        if (panel.isEmpty()) {
            return invocation.proceed();
        }
        return PanelTurns.inTurn(panel.get(), invocation::proceed);
    }

    static boolean writes(Method method) {
        return method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                || method.isAnnotationPresent(DELETE.class) || method.isAnnotationPresent(PATCH.class);
    }

    /** The panel named by the method's {@code @PathParam("id") UUID} argument, if it has one. */
    static Optional<PanelId> panelOf(Method method, Object[] arguments) {
        var annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (var annotation : annotations[i]) {
                if (annotation instanceof PathParam path && path.value().equals("id") && arguments[i] instanceof UUID id) {
                    return Optional.of(new PanelId(id));
                }
            }
        }
        return Optional.empty();
    }
}
