package dev.quickbite.gateway.saga;

import io.camunda.zeebe.client.api.command.ClientStatusException;
import io.grpc.Status;

/** How to read the engine's answers to commands. */
final class EngineFailures {

    private EngineFailures() {
    }

    /** The engine does not know the process: it restarted and lost its deployments. */
    static boolean isProcessNotFound(Throwable failure) {
        return statusOf(failure) == Status.Code.NOT_FOUND;
    }

    /** The engine already has this command, e.g. a message with the same id within its TTL. */
    static boolean isAlreadyDone(Throwable failure) {
        return statusOf(failure) == Status.Code.ALREADY_EXISTS;
    }

    private static Status.Code statusOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ClientStatusException status) {
                return status.getStatusCode();
            }
        }
        return null;
    }
}
