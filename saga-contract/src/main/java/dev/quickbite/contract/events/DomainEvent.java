package dev.quickbite.contract.events;

/** The data of a domain event. Every event concerns exactly one order. */
public sealed interface DomainEvent
        permits OrderCreated, OrderConfirmed, OrderCancelled, InventoryReserved, InventoryRejected, StockReleased {

    String orderId();

    /** The CloudEvents type this data travels under. */
    default EventType type() {
        return EventType.of(getClass());
    }

    static String require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static int requirePositive(Integer value, String field) {
        if (value == null || value <= 0) {
            throw new IllegalArgumentException(field + " must be a positive number");
        }
        return value;
    }
}
