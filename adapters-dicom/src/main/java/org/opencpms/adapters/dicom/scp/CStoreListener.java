package org.opencpms.adapters.dicom.scp;

import com.pixelmed.network.AnyExplicitStorePresentationContextSelectionPolicy;
import com.pixelmed.network.AssociationFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.opencpms.adapters.dicom.receive.InstanceReception;
import org.opencpms.application.imaging.ReceiveImagingInstance;

/**
 * The C-STORE and C-ECHO service class provider: accepts associations on its own {@link ServerSocket}, bound to the
 * configured address (PixelMed's dispatcher would bind every interface), admits known calling AE titles only
 * ({@link AssociationGate}), negotiates any storage SOP class in uncompressed or compressed transfer syntaxes, and
 * answers each request through {@link DimseExchange}.
 *
 * <p>Lifecycle: {@link #start()} binds and starts one acceptor thread; associations run on a pool of at most
 * {@code maxAssociations} threads; {@link #stop()} closes the server socket and every open connection and waits
 * for every thread to end, so nothing is left running. Not restartable once stopped.
 */
public final class CStoreListener implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(CStoreListener.class.getName());
    private static final int READ_TIMEOUT_MILLIS = 60_000;

    private final ListenerSettings settings;
    private final InstanceReception reception;
    private final Function<ReceiveImagingInstance.Command, ReceiveImagingInstance.Receipt> receive;
    private final AssociationGate gate;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger threadNumbers = new AtomicInteger();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private ServerSocket server;
    private Thread acceptor;
    private ExecutorService associations;

    /** @param receive the use case (in a container: through its transactional proxy) */
    public CStoreListener(ListenerSettings settings, InstanceReception reception,
                          Function<ReceiveImagingInstance.Command, ReceiveImagingInstance.Receipt> receive) {
        this.settings = settings;
        this.reception = reception;
        this.receive = receive;
        this.gate = new AssociationGate(settings.aeTitle(), settings.callingAeTitles());
    }

    public synchronized void start() {
        if (server != null) {
            throw new IllegalStateException("the DICOM listener was started already");
        }
        try {
            server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getByName(settings.bindAddress()), settings.port()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + settings.bindAddress() + ":" + settings.port(), e);
        }
        associations = Executors.newFixedThreadPool(settings.maxAssociations(), this::newThread);
        acceptor = newThread(this::accept);
        acceptor.start();
        LOG.log(Level.INFO, "DICOM listener {0} on {1}", settings.aeTitle(), server.getLocalSocketAddress());
    }

    /** The port it listens on (the one chosen by the system when configured as 0). */
    public synchronized int port() {
        return server.getLocalPort();
    }

    public synchronized void stop() {
        if (server == null || acceptor == null) {
            return;
        }
        close(server);
        open.forEach(CStoreListener::close);
        associations.shutdownNow();
        try {
            for (Thread thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(10));
                if (thread.isAlive()) {
                    LOG.log(Level.WARNING, "{0} still running after 10 s", thread.getName());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        acceptor = null;
    }

    @Override
    public void close() {
        stop();
    }

    private Thread newThread(Runnable work) {
        var thread = new Thread(work, "dicom-" + (acceptor == null ? "acceptor" : "association-" + threadNumbers.incrementAndGet()));
        threads.add(thread);
        return thread;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                socket.setTcpNoDelay(true);
                socket.setSoTimeout(READ_TIMEOUT_MILLIS);
                open.add(socket);
                associations.execute(() -> serve(socket));
            } catch (RejectedExecutionException | SocketException e) {
                return;
            } catch (IOException e) {
                LOG.log(Level.WARNING, "accepting a DICOM connection failed: " + e.getMessage());
            }
        }
    }

    private void serve(Socket socket) {
        try {
            var admitted = gate.admit(socket);
            if (admitted.isPresent()) {
                var association = AssociationFactory.createNewAssociation(new ReplayingSocket(socket, admitted.get().request()),
                        settings.aeTitle(), new AnyExplicitStorePresentationContextSelectionPolicy());
                var centre = admitted.get().centre();
                new DimseExchange(association, instance -> receive.apply(new ReceiveImagingInstance.Command(centre, instance)),
                        reception, settings.maxDataSetBytes()).run();
            }
        } catch (Exception | OutOfMemoryError e) {
            LOG.log(Level.INFO, "DICOM association ended: " + e.getClass().getSimpleName());
        } finally {
            close(socket);
            open.remove(socket);
        }
    }

    private static void close(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.log(Level.DEBUG, "closing: " + e.getMessage());
        }
    }
}
