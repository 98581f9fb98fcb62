package org.opencpms.e2e.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A server's own {@code jboss.server.base.dir}, as run.sh prepares it: the configuration of the built WildFly
 * (ear/target/wildfly-*, configured by the ear module) copied once, and the built EAR in {@code deployments/}.
 * Before every start the EAR is copied again and the deployment scanner's markers of the previous run are
 * removed, so that the {@code .deployed} marker the readiness check waits for is this start's.
 */
final class ServerBase {

    private static final List<String> MARKERS = List.of(".deployed", ".failed", ".isdeploying", ".pending",
            ".undeployed", ".isundeploying");

    private final Path wildflyHome;
    private final Path ear;
    private final Path base;

    ServerBase(Path wildflyHome, Path ear, Path base) {
        this.wildflyHome = wildflyHome;
        this.ear = ear;
        this.base = base;
    }

    /** The built WildFly and EAR, as the failsafe configuration names them ({@code jboss.home}, {@code opencpms.ear}). */
    static ServerBase of(ServerSettings settings) {
        var home = Path.of(System.getProperty("jboss.home", "../ear/target/wildfly")).toAbsolutePath();
        var ear = Path.of(System.getProperty("opencpms.ear", "../ear/target/opencpms.ear")).toAbsolutePath();
        if (!Files.isRegularFile(home.resolve("standalone/configuration/standalone-opencpms.xml"))
                || !Files.isRegularFile(ear)) {
            throw new IllegalStateException("build the EAR and its WildFly first (./mvnw -B verify builds them): "
                    + home + ", " + ear);
        }
        return new ServerBase(home, ear, settings.baseDir());
    }

    Path wildflyHome() {
        return wildflyHome;
    }

    Path deployedMarker() {
        return deployments().resolve("opencpms.ear.deployed");
    }

    Path failedMarker() {
        return deployments().resolve("opencpms.ear.failed");
    }

    Path consoleLog() {
        return base.resolve("log").resolve("console.log");
    }

    /** Makes the directory ready for a start: configuration (first time), the EAR, no markers of an earlier run. */
    void prepare() {
        try {
            Files.createDirectories(deployments());
            Files.createDirectories(base.resolve("log"));
            Files.createDirectories(base.resolve("data"));
            if (!Files.exists(base.resolve("configuration/standalone-opencpms.xml"))) {
                copyTree(wildflyHome.resolve("standalone/configuration"), base.resolve("configuration"));
            }
            for (var marker : MARKERS) {
                Files.deleteIfExists(deployments().resolve("opencpms.ear" + marker));
            }
            Files.copy(ear, deployments().resolve("opencpms.ear"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the server directory " + base, e);
        }
    }

    /** Deletes a directory and everything in it, if it is there. */
    static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }

    private Path deployments() {
        return base.resolve("deployments");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (var path : paths.toList()) {
                var target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
