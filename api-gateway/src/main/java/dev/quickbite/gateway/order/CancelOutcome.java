package dev.quickbite.gateway.order;

/** What a cancellation request led to. */
public sealed interface CancelOutcome {

    /** The order was PENDING: the saga will be asked to cancel. */
    record Requested(Order order) implements CancelOutcome {
    }

    /** Nothing to do: the order is already cancelled. */
    record AlreadyCancelled(Order order) implements CancelOutcome {
    }

    /** Too late: a confirmed order cannot be cancelled. */
    record AlreadyConfirmed(Order order) implements CancelOutcome {
    }

    record NotFound() implements CancelOutcome {
    }
}
