package dev.quickbite.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void pending_moves_to_either_final_status() {
        assertThat(OrderStatus.PENDING.canBecome(OrderStatus.CONFIRMED)).isTrue();
        assertThat(OrderStatus.PENDING.canBecome(OrderStatus.CANCELLED)).isTrue();
        assertThat(OrderStatus.PENDING.canBecome(OrderStatus.PENDING)).isFalse();
    }

    @Test
    void confirmed_only_moves_to_cancelled() {
        assertThat(OrderStatus.CONFIRMED.canBecome(OrderStatus.CANCELLED)).isTrue();
        assertThat(OrderStatus.CONFIRMED.canBecome(OrderStatus.PENDING)).isFalse();
        assertThat(OrderStatus.CONFIRMED.canBecome(OrderStatus.CONFIRMED)).isFalse();
    }

    @Test
    void cancelled_is_final() {
        for (OrderStatus next : OrderStatus.values()) {
            assertThat(OrderStatus.CANCELLED.canBecome(next)).as("CANCELLED -> %s", next).isFalse();
        }
    }
}
