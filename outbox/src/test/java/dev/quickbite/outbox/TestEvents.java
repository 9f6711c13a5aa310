package dev.quickbite.outbox;

import dev.quickbite.contract.events.EventEnvelope;
import dev.quickbite.contract.events.InventoryReserved;
import dev.quickbite.contract.events.OrderCreated;
import java.util.UUID;

final class TestEvents {

    private TestEvents() {
    }

    static String newOrderId() {
        return "o-" + UUID.randomUUID();
    }

    static EventEnvelope orderCreated(String orderId) {
        return EventEnvelope.of("/orders-worker", new OrderCreated(orderId, "u-1", "burger", 2, null));
    }

    static EventEnvelope inventoryReserved(String orderId) {
        return EventEnvelope.of("/inventory-worker", new InventoryReserved(orderId, "burger", 2));
    }
}
