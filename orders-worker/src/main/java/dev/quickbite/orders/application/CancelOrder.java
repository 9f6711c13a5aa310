package dev.quickbite.orders.application;

import dev.quickbite.orders.domain.Order;
import dev.quickbite.orders.domain.OrderRequest;
import dev.quickbite.orders.domain.OrderStatus;
import dev.quickbite.orders.persistence.OrderRepository;
import dev.quickbite.outbox.OutboxWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancels an order with a reason. The saga is the authority on the outcome, so this also cancels
 * a CONFIRMED order (its confirm job committed here but was compensated in Zeebe) and records an
 * order that was cancelled before its create step ever ran.
 */
@Service
public class CancelOrder {

    public enum Result { CANCELLED, ALREADY_CANCELLED, RECORDED_AS_CANCELLED }

    private final OrderRepository orders;
    private final OutboxWriter outbox;

    public CancelOrder(OrderRepository orders, OutboxWriter outbox) {
        this.orders = orders;
        this.outbox = outbox;
    }

    /** @param request the saga's order data, used only when the order was never created here */
    @Transactional
    public Result cancel(OrderRequest request, String reason) {
        Order neverCreated = Order.placed(request).cancel(reason);
        if (orders.insertIfAbsent(neverCreated)) {
            // Readers learn of an order from OrderCreated; a lone OrderCancelled would be an orphan.
            outbox.append(OrderEvents.created(Order.placed(request)));
            outbox.append(OrderEvents.cancelled(neverCreated));
            return Result.RECORDED_AS_CANCELLED;
        }
        Order order = orders.findForUpdate(request.id())
                .orElseThrow(() -> new IllegalStateException("order " + request.id() + " exists but cannot be read"));
        if (order.is(OrderStatus.CANCELLED)) {
            return Result.ALREADY_CANCELLED;
        }
        Order cancelled = order.cancel(reason);
        orders.updateStatus(cancelled);
        outbox.append(OrderEvents.cancelled(cancelled));
        return Result.CANCELLED;
    }
}
