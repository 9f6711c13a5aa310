package dev.quickbite.orders.domain;

/** A status change the order lifecycle does not allow. */
public class IllegalOrderTransitionException extends IllegalStateException {
    public IllegalOrderTransitionException(OrderId id, OrderStatus from, OrderStatus to) {
        super("order " + id + " cannot go from " + from + " to " + to);
    }
}
