package dev.quickbite.contract.events;

public record OrderCreated(String orderId, String userId, String sku, int quantity, String note)
        implements DomainEvent {
    public OrderCreated {
        DomainEvent.require(orderId, "orderId");
        DomainEvent.require(userId, "userId");
        DomainEvent.require(sku, "sku");
        DomainEvent.requirePositive(quantity, "quantity");
    }
}
