package dev.quickbite.contract.events;

public record InventoryRejected(String orderId, String sku, int quantity, String reason) implements DomainEvent {
    public InventoryRejected {
        DomainEvent.require(orderId, "orderId");
        DomainEvent.require(sku, "sku");
        DomainEvent.require(reason, "reason");
    }
}
