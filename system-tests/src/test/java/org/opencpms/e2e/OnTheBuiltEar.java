package org.opencpms.e2e;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every end-to-end test class shares: Arquillian deploys the EAR the build produced to the managed WildFly
 * (once per class, tested from outside over HTTP), and the training tokens cached for an earlier deployment, which
 * were signed with that deployment's key, are forgotten first.
 */
@ExtendWith(ArquillianExtension.class)
abstract class OnTheBuiltEar {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.builtEar();
    }

    @BeforeAll
    static void freshTokens() {
        Accounts.forgetTokens();
    }
}
