package dev.quickbite.gateway.order;

/** The client sent a different body under a key it already used. */
public class IdempotencyKeyReusedException extends RuntimeException {
    public IdempotencyKeyReusedException(IdempotencyKey key) {
        super("Idempotency-Key '" + key.value() + "' was already used for a different request body");
    }
}
