package dev.quickbite.contract;

/** Kafka topics; every record is keyed by order id so one order's events stay in order. */
public final class Topics {
    public static final String ORDERS = "orders.v1";
    public static final String INVENTORY = "inventory.v1";
    public static final String ORDERS_DLQ = "orders.dlq.v1";
    public static final String INVENTORY_DLQ = "inventory.dlq.v1";

    private Topics() {
    }

    /** The dead-letter topic for a source topic. */
    public static String deadLetterTopicOf(String topic) {
        return switch (topic) {
            case ORDERS -> ORDERS_DLQ;
            case INVENTORY -> INVENTORY_DLQ;
            default -> throw new IllegalArgumentException("no dead-letter topic for " + topic);
        };
    }
}
