package dev.quickbite.orders.application;

import dev.quickbite.orders.domain.Order;
import dev.quickbite.orders.domain.OrderId;
import dev.quickbite.orders.persistence.OrderRepository;
import dev.quickbite.outbox.OutboxWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Confirms a PENDING order; a cancelled order can no longer be confirmed. */
@Service
public class ConfirmOrder {

    public enum Result { CONFIRMED, ALREADY_CONFIRMED, REFUSED }

    private final OrderRepository orders;
    private final OutboxWriter outbox;

    public ConfirmOrder(OrderRepository orders, OutboxWriter outbox) {
        this.orders = orders;
        this.outbox = outbox;
    }

    /** @throws OrderNotFoundException when the order was never created */
    @Transactional
    public Result confirm(OrderId id) {
        Order order = orders.findForUpdate(id).orElseThrow(() -> new OrderNotFoundException(id));
        return switch (order.status()) {
            case CONFIRMED -> Result.ALREADY_CONFIRMED;
            case CANCELLED -> Result.REFUSED;
            case PENDING -> {
                Order confirmed = order.confirm();
                orders.updateStatus(confirmed);
                outbox.append(OrderEvents.confirmed(confirmed));
                yield Result.CONFIRMED;
            }
        };
    }
}
