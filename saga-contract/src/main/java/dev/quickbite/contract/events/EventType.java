package dev.quickbite.contract.events;

import dev.quickbite.contract.Topics;
import java.util.Arrays;
import java.util.Optional;

/** CloudEvents {@code type} of every domain event, with the topic it is published to. */
public enum EventType {
    ORDER_CREATED("dev.quickbite.order.created.v1", Topics.ORDERS, OrderCreated.class),
    ORDER_CONFIRMED("dev.quickbite.order.confirmed.v1", Topics.ORDERS, OrderConfirmed.class),
    ORDER_CANCELLED("dev.quickbite.order.cancelled.v1", Topics.ORDERS, OrderCancelled.class),
    INVENTORY_RESERVED("dev.quickbite.inventory.reserved.v1", Topics.INVENTORY, InventoryReserved.class),
    INVENTORY_REJECTED("dev.quickbite.inventory.rejected.v1", Topics.INVENTORY, InventoryRejected.class),
    STOCK_RELEASED("dev.quickbite.inventory.released.v1", Topics.INVENTORY, StockReleased.class);

    private final String cloudEventType;
    private final String topic;
    private final Class<? extends DomainEvent> dataClass;

    EventType(String cloudEventType, String topic, Class<? extends DomainEvent> dataClass) {
        this.cloudEventType = cloudEventType;
        this.topic = topic;
        this.dataClass = dataClass;
    }

    public String cloudEventType() {
        return cloudEventType;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends DomainEvent> dataClass() {
        return dataClass;
    }

    public static Optional<EventType> fromCloudEventType(String type) {
        return Arrays.stream(values()).filter(t -> t.cloudEventType.equals(type)).findFirst();
    }

    static EventType of(Class<? extends DomainEvent> dataClass) {
        return Arrays.stream(values())
                .filter(t -> t.dataClass == dataClass)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no event type for " + dataClass));
    }
}
