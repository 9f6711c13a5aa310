package dev.quickbite.inventory.domain;

public enum ReservationStatus {
    /** Stock is held for the order. */
    RESERVED,
    /** Held stock went back, or a release came first and left a tombstone. */
    RELEASED,
    /** Nothing was held: unknown sku or not enough stock. */
    REJECTED
}
