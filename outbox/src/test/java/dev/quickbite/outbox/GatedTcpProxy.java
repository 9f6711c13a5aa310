package dev.quickbite.outbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A port that refuses connections until opened, then forwards them to a target: Kafka's bootstrap
 * address as seen by a client while Kafka is down, and once it is back. (The embedded KRaft broker
 * cannot be told which port to listen on.)
 */
final class GatedTcpProxy implements AutoCloseable {

    private final int port;
    private final InetSocketAddress target;
    private volatile ServerSocket server;

    GatedTcpProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        try (var probe = new ServerSocket(0)) {
            this.port = probe.getLocalPort();
        }
    }

    String address() {
        return "localhost:" + port;
    }

    void open() throws IOException {
        server = new ServerSocket(port);
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket upstream = new Socket(target.getHostString(), target.getPort());
                    pipe(client.getInputStream(), upstream.getOutputStream(), client, upstream);
                    pipe(upstream.getInputStream(), client.getOutputStream(), client, upstream);
                } catch (IOException e) {
                    // closed, or one connection failed: the client reconnects
                }
            }
        });
    }

    private static void pipe(InputStream from, OutputStream to, Socket a, Socket b) {
        Thread.ofVirtual().start(() -> {
            try (a; b) {
                from.transferTo(to);
            } catch (IOException e) {
                // connection closed
            }
        });
    }

    @Override
    public void close() throws IOException {
        if (server != null) {
            server.close();
        }
    }
}
