package dev.quickbite.orders.domain;

import java.util.Set;

/** Lifecycle of an order: it starts PENDING and ends CONFIRMED or CANCELLED. */
public enum OrderStatus {
    PENDING,
    CONFIRMED,
    CANCELLED;

    /**
     * CONFIRMED may still become CANCELLED: the saga compensates a confirm job that committed
     * here but was never completed in Zeebe, and the order must then follow the released stock.
     */
    public boolean canBecome(OrderStatus next) {
        return switch (this) {
            case PENDING -> Set.of(CONFIRMED, CANCELLED).contains(next);
            case CONFIRMED -> next == CANCELLED;
            case CANCELLED -> false;
        };
    }
}
