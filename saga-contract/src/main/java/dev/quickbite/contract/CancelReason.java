package dev.quickbite.contract;

/** The human-readable reasons an order ends CANCELLED with; part of the order resource. */
public final class CancelReason {
    public static final String INSUFFICIENT_STOCK = "insufficient stock";
    public static final String UNKNOWN_SKU = "unknown sku";
    public static final String RESERVATION_RELEASED = "reservation already released";
    public static final String CONFIRM_REFUSED = "confirmation refused";
    public static final String CANCELLED_BY_USER = "cancelled by user";
    public static final String DEADLINE_EXCEEDED = "deadline exceeded";
    public static final String SAGA_LOST = "saga lost";

    private CancelReason() {
    }
}
