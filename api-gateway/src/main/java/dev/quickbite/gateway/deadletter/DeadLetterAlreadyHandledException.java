package dev.quickbite.gateway.deadletter;

public class DeadLetterAlreadyHandledException extends RuntimeException {
    public DeadLetterAlreadyHandledException(DeadLetterId id) {
        super("dead letter " + id + " was already replayed or discarded");
    }
}
