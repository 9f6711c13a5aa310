package dev.quickbite.orders.domain;

import java.util.Objects;

/** An order and the status changes it allows; immutable, every change returns the new state. */
public record Order(OrderRequest request, OrderStatus status, String cancelReason) {

    public static final int MAX_CANCEL_REASON_LENGTH = 200;

    public Order {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(status, "status");
        if ((status == OrderStatus.CANCELLED) != (cancelReason != null)) {
            throw new IllegalArgumentException("a cancel reason belongs to exactly the CANCELLED status");
        }
    }

    public static Order placed(OrderRequest request) {
        return new Order(request, OrderStatus.PENDING, null);
    }

    public OrderId id() {
        return request.id();
    }

    public Order confirm() {
        return moveTo(OrderStatus.CONFIRMED, null);
    }

    public Order cancel(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidOrderException("a cancel reason is required");
        }
        if (reason.length() > MAX_CANCEL_REASON_LENGTH) {
            throw new InvalidOrderException("cancel reason must be at most " + MAX_CANCEL_REASON_LENGTH + " characters");
        }
        return moveTo(OrderStatus.CANCELLED, reason);
    }

    public boolean is(OrderStatus candidate) {
        return status == candidate;
    }

    private Order moveTo(OrderStatus next, String reason) {
        if (!status.canBecome(next)) {
            throw new IllegalOrderTransitionException(id(), status, next);
        }
        return new Order(request, next, reason);
    }
}
