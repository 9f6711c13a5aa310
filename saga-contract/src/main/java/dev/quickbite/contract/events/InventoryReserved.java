package dev.quickbite.contract.events;

public record InventoryReserved(String orderId, String sku, int quantity) implements DomainEvent {
    public InventoryReserved {
        DomainEvent.require(orderId, "orderId");
        DomainEvent.require(sku, "sku");
        DomainEvent.requirePositive(quantity, "quantity");
    }
}
