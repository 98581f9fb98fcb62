package org.opencpms.adapters.rest.panel;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource under {@code panels/{id}}: each of its writes (POST, PUT, DELETE, PATCH) runs in the panel's turn
 * ({@link PanelTurns}, by {@link PanelTurnInterceptor}); its reads run at once.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OnePanelChangeAtATime {
}
