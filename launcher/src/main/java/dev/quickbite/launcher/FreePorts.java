package dev.quickbite.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

/** Fails early, naming the port, when another program already listens where a component would. */
final class FreePorts {

    private FreePorts() {
    }

    static void require(Component component, Ports ports) {
        List<Integer> taken = ports.listenedBy(component).stream().sorted().filter(port -> !isFree(port)).toList();
        if (!taken.isEmpty()) {
            throw new IllegalStateException(component.displayName() + " cannot start: port(s) " + taken
                    + " already in use (see `ss -ltnp`); stop that program or choose other ports");
        }
    }

    private static boolean isFree(int port) {
        // The wildcard address: some components (the Zeebe gateway) listen on every interface.
        try (ServerSocket ignored = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
