package org.opencpms.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipInputStream;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * The files the web module of an EAR serves as they are (the servlet container's default servlet): the WAR's own
 * files outside WEB-INF and META-INF, and the {@code META-INF/resources} of the jars in its WEB-INF/lib.
 */
final class StaticContent {

    private StaticContent() {
    }

    /** The served paths ({@code /swagger-ui/index.html}) of every web module of the EAR. */
    static Set<String> of(EnterpriseArchive ear) {
        var served = new TreeSet<String>();
        ear.getContent(path -> path.get().endsWith(".war")).values().forEach(war -> served.addAll(ofWar(war)));
        return served;
    }

    private static Set<String> ofWar(Node war) {
        var served = new TreeSet<String>();
        try (var in = new ZipInputStream(war.getAsset().openStream())) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                var name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                if (name.startsWith("WEB-INF/lib/") && name.endsWith(".jar")) {
                    served.addAll(resourcesOfJar(new ZipInputStream(in)));
                } else if (!name.startsWith("WEB-INF/") && !name.startsWith("META-INF/")) {
                    served.add("/" + name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the web module", e);
        }
        return served;
    }

    private static Set<String> resourcesOfJar(ZipInputStream jar) throws IOException {
        var served = new TreeSet<String>();
        for (var entry = jar.getNextEntry(); entry != null; entry = jar.getNextEntry()) {
            if (!entry.isDirectory() && entry.getName().startsWith("META-INF/resources/")) {
                served.add(entry.getName().substring("META-INF/resources".length()));
            }
        }
        return served;
    }
}
