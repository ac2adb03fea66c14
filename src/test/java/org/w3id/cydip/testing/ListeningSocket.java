package org.w3id.cydip.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A socket on 127.0.0.1 (port 0) that counts the connections made to it and
 * closes each at once: proof that something did, or did not, fetch a URL.
 */
public final class ListeningSocket implements AutoCloseable {
    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();

    public ListeningSocket() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread t = new Thread(this::accept, "listening-socket");
        t.setDaemon(true);
        t.start();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                connections.incrementAndGet();
            } catch (IOException e) {
                return;
            }
        }
    }

    /** A URL on this socket. */
    public String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    public int connections() {
        return connections.get();
    }

    /** A JSON-LD entry whose only context is a remote one on this socket. */
    public String jsonldWithRemoteContext() {
        return "{\"@context\": \"" + url("/ctx.jsonld") + "\", \"@id\": \"https://w3id.org/cydip/id/state/FRA\","
                + " \"iso3\": \"FRA\"}";
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
