package org.opencpms.adapters.persistence.container;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.opencpms.application.training.TrainingDataSet;
import org.opencpms.application.user.PlatformOperators;

/**
 * The platform operators of this deployment, from {@code opencpms.operators} / {@code OPENCPMS_OPERATORS}:
 * comma-separated {@code issuer|subject} pairs naming the OpenID Connect identities that sign in as operators (see
 * {@link PlatformOperators#parse}). In training mode the training operator account ({@code operator}) is one as well.
 * A value that does not parse fails the deployment.
 */
@ApplicationScoped
public class OperatorsConfiguration {

    @Produces
    @Singleton
    PlatformOperators platformOperators() {
        var configured = PlatformOperators.parse(Settings.get("opencpms.operators").orElse(null));
        return Settings.trainingMode() ? configured.and(TrainingDataSet.subjectOf(TrainingDataSet.OPERATOR)) : configured;
    }
}
