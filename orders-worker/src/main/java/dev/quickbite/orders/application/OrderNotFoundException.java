package dev.quickbite.orders.application;

import dev.quickbite.orders.domain.OrderId;

/**
 * A step ran for an order this service has never stored. The create step runs first in the
 * model, so this is a fault to retry (and then an incident), not a business outcome.
 */
public class OrderNotFoundException extends RuntimeException {
    public OrderNotFoundException(OrderId id) {
        super("order " + id + " does not exist; the create-order step has not run for it");
    }
}
