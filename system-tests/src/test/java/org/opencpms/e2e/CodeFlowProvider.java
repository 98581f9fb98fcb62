package org.opencpms.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenID Connect provider for the web application's sign-in: npm's certified oidc-provider
 * (src/test/browser/identity-provider.mjs, run with Node.js) in the place of {@link TestIdentityProvider} while it
 * runs: the same issuer at the same address ({@code 127.0.0.1:18089/idp}), signing with the same key and publishing
 * it at the same JWKS address, so that the server under test trusts its access tokens as it trusts the stand-in's. Its client {@value #CLIENT_ID} is the public client the server names to the web application
 * ({@code opencpms.oidc.client-id} in arquillian.xml). Its login page accepts any login with any password; the names
 * it gives users come from {@code names}. Closing it stops the provider (so does the end of the test JVM: it stops
 * when its standard input closes). Its log goes to {@code target/browser/identity-provider.log}.
 */
final class CodeFlowProvider implements AutoCloseable {

    static final int PORT = TestIdentityProvider.PORT;
    static final String CLIENT_ID = "opencpms-web";

    private final Process process;

    private CodeFlowProvider(Process process) {
        this.process = process;
    }

    /** Starts the provider, its access tokens valid {@code accessTokenSeconds}, and waits until it answers. */
    static CodeFlowProvider start(int accessTokenSeconds, JsonObject names) {
        var identity = TestIdentityProvider.get();
        var settings = Json.createObjectBuilder().add("issuer", TestIdentityProvider.ISSUER).add("port", PORT)
                .add("key", Json.createReader(new StringReader(identity.signingKey())).readObject())
                .add("clientId", CLIENT_ID).add("redirectUri", Api.BASE + "/")
                .add("audience", TestIdentityProvider.AUDIENCE).add("accessTokenSeconds", accessTokenSeconds)
                .add("names", names).build();
        try {
            var log = Path.of("target", "browser", "identity-provider.log");
            Files.createDirectories(log.getParent());
            var builder = new ProcessBuilder(BrowserRun.NODE, "identity-provider.mjs")
                    .directory(Path.of("src", "test", "browser").toFile()).redirectError(log.toFile());
            builder.environment().put("PROVIDER", settings.toString());
            identity.pause();
            var process = builder.start();
            var ready = new BufferedReader(new InputStreamReader(process.getInputStream())).readLine();
            if (!"listening".equals(ready)) {
                process.destroy();
                identity.resume();
            }
            assertThat(ready).as("the identity provider started; its log:%n%s", Files.readString(log))
                    .isEqualTo("listening");
            return new CodeFlowProvider(process);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the identity provider", e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        TestIdentityProvider.get().resume();
    }
}
