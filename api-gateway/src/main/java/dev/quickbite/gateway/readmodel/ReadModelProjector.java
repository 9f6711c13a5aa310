package dev.quickbite.gateway.readmodel;

import dev.quickbite.contract.events.EventEnvelope;
import dev.quickbite.contract.events.InventoryRejected;
import dev.quickbite.contract.events.InventoryReserved;
import dev.quickbite.contract.events.MalformedEventException;
import dev.quickbite.contract.events.OrderCancelled;
import dev.quickbite.contract.events.OrderConfirmed;
import dev.quickbite.contract.events.OrderCreated;
import dev.quickbite.contract.events.StockReleased;
import dev.quickbite.gateway.order.NewOrder;
import dev.quickbite.gateway.order.OrderId;
import dev.quickbite.gateway.order.OrderRepository;
import dev.quickbite.gateway.order.OrderStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a domain event to the read model exactly once: the dedup row, the status change and the
 * timeline entry commit together, so a redelivered event finds its id and changes nothing.
 */
@Service
public class ReadModelProjector {

    private static final Logger log = LoggerFactory.getLogger(ReadModelProjector.class);

    private final ProcessedEvents processedEvents;
    private final OrderRepository orders;
    private final OrderTimeline timeline;

    public ReadModelProjector(ProcessedEvents processedEvents, OrderRepository orders, OrderTimeline timeline) {
        this.processedEvents = processedEvents;
        this.orders = orders;
        this.timeline = timeline;
    }

    /** @return false when the event had been applied before */
    @Transactional
    public boolean apply(String topic, EventEnvelope event) {
        if (OrderId.parse(event.orderId()).isEmpty()) {
            throw new MalformedEventException("event " + event.eventId() + " names order '" + event.orderId()
                    + "', which is not an order id");
        }
        if (!processedEvents.markProcessed(event.eventId())) {
            log.debug("Skipping event {} ({}): already applied", event.eventId(), event.type());
            return false;
        }
        switch (event.data()) {
            case OrderCreated created -> orders.insertIfMissing(created.orderId(),
                    new NewOrder(created.userId(), created.sku(), created.quantity(), created.note()), event.time());
            case OrderConfirmed confirmed -> finish(confirmed.orderId(), OrderStatus.CONFIRMED, null);
            case OrderCancelled cancelled -> finish(cancelled.orderId(), OrderStatus.CANCELLED, cancelled.reason());
            case InventoryReserved ignored -> { }
            case InventoryRejected ignored -> { }
            case StockReleased ignored -> { }
        }
        timeline.append(topic, event);
        return true;
    }

    private void finish(String orderId, OrderStatus status, String cancelReason) {
        if (!orders.finish(orderId, status, cancelReason)) {
            log.info("Order {} not moved to {}: unknown here or already final", orderId, status);
        }
    }
}
