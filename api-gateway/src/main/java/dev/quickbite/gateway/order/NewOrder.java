package dev.quickbite.gateway.order;

/** What a customer asked for, already validated; note may be null. */
public record NewOrder(String userId, String sku, int quantity, String note) {
}
