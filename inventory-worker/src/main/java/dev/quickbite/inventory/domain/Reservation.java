package dev.quickbite.inventory.domain;

import java.util.Objects;

/**
 * What happened to one order's stock. There is at most one per order: it records the first
 * decision, so a repeated job finds it and does not decide again.
 *
 * @param quantity units held (RESERVED), once held (RELEASED), or asked for (REJECTED);
 *                 0 for a tombstone left by a release that came before any reserve
 * @param rejectionReason set only when REJECTED
 */
public record Reservation(OrderId orderId, Sku sku, int quantity, ReservationStatus status,
                          RejectionReason rejectionReason) {

    public Reservation {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(status, "status");
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity must not be negative");
        }
        if ((status == ReservationStatus.REJECTED) != (rejectionReason != null)) {
            throw new IllegalArgumentException("a rejection reason goes with, and only with, REJECTED");
        }
    }

    public static Reservation reserved(OrderId orderId, Sku sku, Quantity quantity) {
        return new Reservation(orderId, sku, quantity.value(), ReservationStatus.RESERVED, null);
    }

    public static Reservation rejected(OrderId orderId, Sku sku, Quantity quantity, RejectionReason reason) {
        return new Reservation(orderId, sku, quantity.value(), ReservationStatus.REJECTED, reason);
    }

    /** Left by a release that found nothing, so that a reserve arriving later is refused. */
    public static Reservation tombstone(OrderId orderId, Sku sku) {
        return new Reservation(orderId, sku, 0, ReservationStatus.RELEASED, null);
    }

    public boolean is(ReservationStatus candidate) {
        return status == candidate;
    }
}
