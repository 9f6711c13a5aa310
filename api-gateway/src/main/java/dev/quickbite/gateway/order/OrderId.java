package dev.quickbite.gateway.order;

import java.util.Optional;
import java.util.UUID;

/** Order ids are UUIDs chosen by the gateway; anything else cannot name an order. */
public record OrderId(String value) {

    public static OrderId generate() {
        return new OrderId(UUID.randomUUID().toString());
    }

    public static Optional<OrderId> parse(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(new OrderId(UUID.fromString(text).toString()));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
