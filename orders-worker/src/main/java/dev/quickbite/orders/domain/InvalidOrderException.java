package dev.quickbite.orders.domain;

/** Order data that can never be stored, whatever the retry: the job's variables are wrong. */
public class InvalidOrderException extends IllegalArgumentException {
    public InvalidOrderException(String message) {
        super(message);
    }
}
