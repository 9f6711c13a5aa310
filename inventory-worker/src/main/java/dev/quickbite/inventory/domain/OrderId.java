package dev.quickbite.inventory.domain;

/** The saga's order id; a reservation is keyed by it, so it is the idempotency key too. */
public record OrderId(String value) {
    static final int MAX_LENGTH = 64;

    public OrderId {
        value = Text.requireShort(value, "orderId", MAX_LENGTH);
    }

    public static OrderId of(String value) {
        return new OrderId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
