package org.opencpms.e2e.crash;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * One client writing as fast as the server answers, one request at a time, until it is told to stop or the server
 * goes away (a request that fails to connect or loses its answer ends the writer). It keeps the key of every write
 * the server acknowledged (2xx) and counts the writes it refused; a write whose answer never came is neither.
 */
final class Writer implements Runnable {

    private final String name;
    private final IntFunction<Optional<String>> write;
    private final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean stopped;
    private volatile int refused;
    private volatile String endedBy = "stopped";

    /**
     * @param write the n-th write: the key of what was written when the server acknowledged it, empty when it
     *              refused it; throws {@link UncheckedIOException} when there was no answer
     */
    Writer(String name, IntFunction<Optional<String>> write) {
        this.name = name;
        this.write = write;
    }

    @Override
    public void run() {
        for (int n = 1; !stopped; n++) {
            try {
                var key = write.apply(n);
                if (key.isPresent()) {
                    acknowledged.add(key.get());
                } else {
                    refused++;
                }
            } catch (UncheckedIOException noAnswer) {
                endedBy = "no answer: " + noAnswer.getCause();
                return;
            } catch (RuntimeException e) {
                endedBy = "failed: " + e;
                return;
            }
        }
    }

    void stop() {
        stopped = true;
    }

    String name() {
        return name;
    }

    List<String> acknowledged() {
        synchronized (acknowledged) {
            return List.copyOf(acknowledged);
        }
    }

    int refused() {
        return refused;
    }

    String endedBy() {
        return endedBy;
    }
}
