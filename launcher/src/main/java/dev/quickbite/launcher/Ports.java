package dev.quickbite.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every port the stack listens on (defaults from docs/conventions.md). */
public record Ports(int gateway, int orders, int inventory, int inventoryGrpc,
                    int postgres, int kafka, int kafkaController, int zeebe) {

    public Ports {
        List<Integer> all = List.of(gateway, orders, inventory, inventoryGrpc, postgres, kafka, kafkaController, zeebe);
        for (int port : all) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port must be between 1 and 65535, was " + port);
            }
        }
        if (new HashSet<>(all).size() != all.size()) {
            throw new IllegalArgumentException("ports must be distinct: " + all);
        }
    }

    public static Ports defaults() {
        return new Ports(8080, 8081, 8082, 9090, 5432, 9092, 9093, 26500);
    }

    /** Ports that are free right now, for tests that must not collide with a running stack. */
    public static Ports free() {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            // Holding all sockets open until the end makes the eight ports distinct.
            for (int i = 0; i < 8; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            int[] p = sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
            return new Ports(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find free ports", e);
        } finally {
            sockets.forEach(Ports::closeQuietly);
        }
    }

    /** The HTTP port of a service (its actuator lives there too). */
    public int httpPort(Component service) {
        return switch (service) {
            case API_GATEWAY -> gateway;
            case ORDERS_WORKER -> orders;
            case INVENTORY_WORKER -> inventory;
            case INFRA, ZEEBE -> throw new IllegalArgumentException(service + " has no HTTP port");
        };
    }

    /** The ports a component listens on, to tell the user which one is taken when it cannot start. */
    public Set<Integer> listenedBy(Component component) {
        return switch (component) {
            case INFRA -> Set.of(postgres, kafka, kafkaController);
            case ZEEBE -> Set.of(zeebe);
            case ORDERS_WORKER -> Set.of(orders);
            case INVENTORY_WORKER -> Set.of(inventory, inventoryGrpc);
            case API_GATEWAY -> Set.of(gateway);
        };
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // a socket we only opened to learn a port number
        }
    }
}
