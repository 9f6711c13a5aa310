package dev.quickbite.inventory.usecase;

import dev.quickbite.inventory.domain.OrderId;

/**
 * Another transaction decided about the same order at the same moment. Ours rolls back; the job
 * is retried and then finds the winner's decision.
 */
public class ConcurrentReservationException extends RuntimeException {
    public ConcurrentReservationException(OrderId orderId) {
        super("order " + orderId + " got a reservation from a concurrent transaction; retry to see it");
    }
}
