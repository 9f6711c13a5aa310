package dev.quickbite.gateway.order;

/** The answer to a placed order; {@code replayed} when an Idempotency-Key returned an earlier one. */
public record Acceptance(OrderId orderId, boolean replayed) {
}
