package org.opencpms.adapters.pdf.panel;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where openhtmltopdf's own messages go: its warnings and errors to the server's logging (java.util.logging, under
 * openhtmltopdf's logger names), its progress notes nowhere. Left alone, it writes every note of every document
 * ("Loading font...", timings) to standard error, which the server logs as errors.
 */
final class LayoutWarnings implements XRLogger {

    private LayoutWarnings() {
    }

    /** Installs this logger for openhtmltopdf, once per class loader (its logger is a static). */
    static void install() {
        XRLog.setLoggerImpl(new LayoutWarnings());
    }

    @Override
    public void log(String where, Level level, String message) {
        if (kept(level)) {
            Logger.getLogger(where).log(level, message);
        }
    }

    @Override
    public void log(String where, Level level, String message, Throwable cause) {
        if (kept(level)) {
            Logger.getLogger(where).log(level, message, cause);
        }
    }

    @Override
    public void setLevel(String where, Level level) {
        // the threshold is ours: warnings and above
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return kept(diagnostic.getLevel());
    }

    private static boolean kept(Level level) {
        return level.intValue() >= Level.WARNING.intValue();
    }
}
