package dev.quickbite.orders.domain;

/** The order id the gateway assigned; it is also the saga's correlation key and the Kafka key. */
public record OrderId(String value) {

    public static final int MAX_LENGTH = 64;

    public OrderId {
        if (value == null || value.isBlank()) {
            throw new InvalidOrderException("orderId is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidOrderException("orderId must be at most " + MAX_LENGTH + " characters");
        }
    }

    public static OrderId of(String value) {
        return new OrderId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
