package dev.quickbite.contract.events;

public record OrderConfirmed(String orderId) implements DomainEvent {
    public OrderConfirmed {
        DomainEvent.require(orderId, "orderId");
    }
}
