package dev.quickbite.inventory.usecase;

/** What {@link ReleaseStock} found; every case leaves the order with no stock held. */
public enum ReleaseOutcome {
    /** Held stock went back to available. */
    RELEASED,
    /** Nothing had been reserved; a tombstone now refuses a later reserve. */
    NOTHING_RESERVED,
    /** A previous release already did it. */
    ALREADY_RELEASED,
    /** The reservation had been rejected, so nothing was held. */
    WAS_REJECTED
}
