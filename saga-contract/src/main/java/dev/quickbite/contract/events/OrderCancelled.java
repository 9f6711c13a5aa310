package dev.quickbite.contract.events;

public record OrderCancelled(String orderId, String reason) implements DomainEvent {
    public OrderCancelled {
        DomainEvent.require(orderId, "orderId");
        DomainEvent.require(reason, "reason");
    }
}
