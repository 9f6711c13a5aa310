package dev.quickbite.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderTest {

    private static final OrderRequest REQUEST = new OrderRequest(OrderId.of("o-1"), "u-1", "burger", 2, "no onions");

    @Test
    void a_placed_order_is_pending_without_a_cancel_reason() {
        Order order = Order.placed(REQUEST);

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.cancelReason()).isNull();
        assertThat(order.id()).isEqualTo(OrderId.of("o-1"));
    }

    @Test
    void a_pending_order_can_be_confirmed() {
        Order confirmed = Order.placed(REQUEST).confirm();

        assertThat(confirmed.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(confirmed.request()).isEqualTo(REQUEST);
    }

    @Test
    void a_pending_order_can_be_cancelled_with_its_reason() {
        Order cancelled = Order.placed(REQUEST).cancel("insufficient stock");

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("insufficient stock");
    }

    @Test
    void a_confirmed_order_can_still_be_cancelled_because_the_saga_has_the_last_word() {
        Order cancelled = Order.placed(REQUEST).confirm().cancel("deadline exceeded");

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void a_cancelled_order_can_be_neither_confirmed_nor_cancelled_again() {
        Order cancelled = Order.placed(REQUEST).cancel("cancelled by user");

        assertThatThrownBy(cancelled::confirm)
                .isInstanceOf(IllegalOrderTransitionException.class)
                .hasMessageContaining("CANCELLED to CONFIRMED");
        assertThatThrownBy(() -> cancelled.cancel("again"))
                .isInstanceOf(IllegalOrderTransitionException.class);
    }

    @Test
    void a_confirmed_order_cannot_be_confirmed_twice() {
        Order confirmed = Order.placed(REQUEST).confirm();

        assertThatThrownBy(confirmed::confirm).isInstanceOf(IllegalOrderTransitionException.class);
    }

    @Test
    void cancelling_needs_a_reason_of_bounded_length() {
        Order order = Order.placed(REQUEST);

        assertThatThrownBy(() -> order.cancel(" ")).isInstanceOf(InvalidOrderException.class);
        assertThatThrownBy(() -> order.cancel("x".repeat(Order.MAX_CANCEL_REASON_LENGTH + 1)))
                .isInstanceOf(InvalidOrderException.class)
                .hasMessageContaining("at most 200");
    }

    @Test
    void only_a_cancelled_order_carries_a_cancel_reason() {
        assertThatThrownBy(() -> new Order(REQUEST, OrderStatus.PENDING, "why"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Order(REQUEST, OrderStatus.CANCELLED, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
