package org.opencpms.e2e.process;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one server process is started with: a name (its directory under the end-to-end data directory), a port
 * offset (HTTP on 8080 + offset, management on 9990 + offset) and the system properties given to WildFly.
 *
 * <p>{@link #training} gives the settings of the end-to-end tests: training mode (training tokens), the fixed test
 * identity key, bound to 127.0.0.1, data (the H2 file) in the server's own data directory. Add a PostgreSQL url
 * with {@link #onPostgresql}; any other property with {@link #with}.
 */
public record ServerSettings(String name, int portOffset, Map<String, String> systemProperties) {

    /** The identity key of the end-to-end tests (test data only), as in arquillian.xml. */
    public static final String TEST_IDENTITY_KEY = "Mbs2SAUTHLSgmB13p9ga7yP3XhmxnQqEV3acebFj/Ec=";

    public ServerSettings {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("a server name is lower-case letters, digits and dashes: " + name);
        }
        if (portOffset <= 0 || portOffset > 10_000) {
            throw new IllegalArgumentException("the port offset must be in 1..10000 (0 is Arquillian's server)");
        }
        systemProperties = Map.copyOf(systemProperties);
    }

    /** Training mode on the embedded H2 database in {@link #dataDir()}. */
    public static ServerSettings training(String name, int portOffset) {
        var properties = new LinkedHashMap<String, String>();
        properties.put("jboss.bind.address", "127.0.0.1");
        properties.put("jboss.bind.address.management", "127.0.0.1");
        properties.put("opencpms.training", "true");
        properties.put("opencpms.identity-key", TEST_IDENTITY_KEY);
        properties.put("opencpms.data.dir", root().resolve(name).resolve("data").toString());
        return new ServerSettings(name, portOffset, properties);
    }

    /** The same settings with one more system property (or another value for it). */
    public ServerSettings with(String property, String value) {
        var properties = new LinkedHashMap<>(systemProperties);
        properties.put(property, value);
        return new ServerSettings(name, portOffset, properties);
    }

    /** The same settings on a PostgreSQL database instead of the embedded H2. */
    public ServerSettings onPostgresql(String jdbcUrl, String user, String password) {
        return with("opencpms.db.driver", "postgresql").with("opencpms.db.url", jdbcUrl)
                .with("opencpms.db.user", user).with("opencpms.db.password", password);
    }

    /** Where this server's files live: {@code <e2e data>/servers/<name>}. */
    public Path directory() {
        return root().resolve(name);
    }

    /** The server's {@code jboss.server.base.dir}. */
    public Path baseDir() {
        return directory().resolve("server");
    }

    /** The data directory ({@code opencpms.data.dir}): the H2 file is {@code opencpms/opencpms.mv.db} in it. */
    public Path dataDir() {
        return Path.of(systemProperties.getOrDefault("opencpms.data.dir", directory().resolve("data").toString()));
    }

    public int httpPort() {
        return 8080 + portOffset;
    }

    public int managementPort() {
        return 9990 + portOffset;
    }

    private static Path root() {
        return Path.of(System.getProperty("opencpms.e2e.data", "target/e2e-data")).toAbsolutePath().resolve("servers");
    }
}
