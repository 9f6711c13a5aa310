package dev.quickbite.inventory.usecase;

import dev.quickbite.contract.SagaError;
import dev.quickbite.inventory.domain.Reservation;

/** What {@link ReserveStock} decided: stock is held for the order, or the order is refused. */
public sealed interface ReservationOutcome {

    record Reserved(Reservation reservation) implements ReservationOutcome {
    }

    /** A business outcome, not a failure: the saga cancels the order with {@code error}'s reason. */
    record Refused(SagaError error, String message) implements ReservationOutcome {
    }
}
