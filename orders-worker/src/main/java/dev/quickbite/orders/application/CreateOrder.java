package dev.quickbite.orders.application;

import dev.quickbite.orders.domain.Order;
import dev.quickbite.orders.domain.OrderRequest;
import dev.quickbite.orders.persistence.OrderRepository;
import dev.quickbite.outbox.OutboxWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores a new PENDING order and announces it; a repeated job for the same order changes nothing. */
@Service
public class CreateOrder {

    public enum Result { CREATED, ALREADY_EXISTS }

    private final OrderRepository orders;
    private final OutboxWriter outbox;

    public CreateOrder(OrderRepository orders, OutboxWriter outbox) {
        this.orders = orders;
        this.outbox = outbox;
    }

    @Transactional
    public Result create(OrderRequest request) {
        Order order = Order.placed(request);
        if (!orders.insertIfAbsent(order)) {
            // Also covers an order the saga cancelled before it was ever created: it stays cancelled.
            return Result.ALREADY_EXISTS;
        }
        outbox.append(OrderEvents.created(order));
        return Result.CREATED;
    }
}
