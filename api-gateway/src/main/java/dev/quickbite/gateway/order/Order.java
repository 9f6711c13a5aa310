package dev.quickbite.gateway.order;

import java.time.Instant;

/** One row of the order read model. */
public record Order(
        String id,
        String userId,
        String sku,
        int quantity,
        String note,
        OrderStatus status,
        String cancelReason,
        Instant createdAt,
        Instant updatedAt) {
}
