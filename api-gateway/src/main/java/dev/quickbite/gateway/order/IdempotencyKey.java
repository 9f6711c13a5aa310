package dev.quickbite.gateway.order;

/** A client's token that makes a retried POST /v1/orders return the first answer. */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 128;

    public IdempotencyKey {
        if (value == null || value.isBlank()) {
            throw new InvalidIdempotencyKeyException("must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidIdempotencyKeyException("must be at most " + MAX_LENGTH + " characters");
        }
    }

    public static class InvalidIdempotencyKeyException extends IllegalArgumentException {
        public InvalidIdempotencyKeyException(String message) {
            super(message);
        }
    }
}
