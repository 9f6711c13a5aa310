package dev.quickbite.orders.application;

import dev.quickbite.contract.events.EventEnvelope;
import dev.quickbite.contract.events.OrderCancelled;
import dev.quickbite.contract.events.OrderConfirmed;
import dev.quickbite.contract.events.OrderCreated;
import dev.quickbite.orders.domain.Order;
import dev.quickbite.orders.domain.OrderRequest;

/** The domain events this service publishes, stamped with its CloudEvents source. */
final class OrderEvents {

    static final String SOURCE = "/orders-worker";

    private OrderEvents() {
    }

    static EventEnvelope created(Order order) {
        OrderRequest request = order.request();
        return EventEnvelope.of(SOURCE, new OrderCreated(
                request.id().value(), request.userId(), request.sku(), request.quantity(), request.note()));
    }

    static EventEnvelope confirmed(Order order) {
        return EventEnvelope.of(SOURCE, new OrderConfirmed(order.id().value()));
    }

    static EventEnvelope cancelled(Order order) {
        return EventEnvelope.of(SOURCE, new OrderCancelled(order.id().value(), order.cancelReason()));
    }
}
