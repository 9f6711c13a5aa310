package dev.quickbite.contract.events;

/** A record that can never become a domain event: not JSON, unknown type, or missing fields. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
