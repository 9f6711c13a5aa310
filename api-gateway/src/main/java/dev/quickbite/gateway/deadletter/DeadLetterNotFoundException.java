package dev.quickbite.gateway.deadletter;

public class DeadLetterNotFoundException extends RuntimeException {
    public DeadLetterNotFoundException(String message) {
        super(message);
    }
}
