package dev.quickbite.contract.events;

/** Stock held for an order went back to available; quantity 0 when nothing had been reserved. */
public record StockReleased(String orderId, String sku, int quantity) implements DomainEvent {
    public StockReleased {
        DomainEvent.require(orderId, "orderId");
        DomainEvent.require(sku, "sku");
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity must not be negative");
        }
    }
}
