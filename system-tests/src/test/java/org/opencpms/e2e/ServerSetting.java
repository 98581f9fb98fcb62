package org.opencpms.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;

/**
 * A setting of the running WildFly that only a test's own data can give (e.g. the id of a centre the deployment
 * created, for {@code opencpms.machine-clients}): written as a server system property over the management interface
 * (127.0.0.1:9990, local authentication), then the EAR is redeployed so that its configuration reads it, as an
 * operator would restart after changing it. {@link #clear} removes it again (a management change is kept in the
 * server's configuration file); the next test class gets a fresh deployment anyway.
 */
final class ServerSetting {

    private static final String EAR = "opencpms.ear";

    private ServerSetting() {
    }

    /** Sets the system property and redeploys the EAR (training tokens signed before are then void). */
    static void setAndRedeploy(String name, String value) {
        try (var client = ModelControllerClient.Factory.create("remote+http", "127.0.0.1", 9990)) {
            removeIfPresent(client, name);
            var add = Operations.createAddOperation(Operations.createAddress("system-property", name));
            add.get("value").set(value);
            execute(client, add);
            execute(client, Operations.createOperation("redeploy", Operations.createAddress("deployment", EAR)));
        } catch (IOException e) {
            throw new UncheckedIOException("WildFly's management interface", e);
        }
        Accounts.forgetTokens();
    }

    /** Removes the system property (it takes effect at the next deployment). */
    static void clear(String name) {
        try (var client = ModelControllerClient.Factory.create("remote+http", "127.0.0.1", 9990)) {
            removeIfPresent(client, name);
        } catch (IOException e) {
            throw new UncheckedIOException("WildFly's management interface", e);
        }
    }

    private static void removeIfPresent(ModelControllerClient client, String name) throws IOException {
        var address = Operations.createAddress("system-property", name);
        var read = client.execute(Operations.createReadResourceOperation(address));
        if (Operations.isSuccessfulOutcome(read)) {
            execute(client, Operations.createRemoveOperation(address));
        }
    }

    private static void execute(ModelControllerClient client, ModelNode operation) throws IOException {
        var result = client.execute(operation);
        if (!Operations.isSuccessfulOutcome(result)) {
            throw new IllegalStateException(operation + " failed: " + Operations.getFailureDescription(result));
        }
    }
}
