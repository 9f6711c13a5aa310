package dev.quickbite.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderRequestTest {

    private static final OrderId ID = OrderId.of("o-1");

    @Test
    void accepts_a_request_without_a_note() {
        assertThat(new OrderRequest(ID, "u-1", "pizza", 1, null).note()).isNull();
    }

    @Test
    void rejects_a_quantity_that_is_not_positive() {
        assertThatThrownBy(() -> new OrderRequest(ID, "u-1", "pizza", 0, null))
                .isInstanceOf(InvalidOrderException.class)
                .hasMessage("quantity must be a positive number, was 0");
    }

    @Test
    void rejects_missing_user_and_sku() {
        assertThatThrownBy(() -> new OrderRequest(ID, " ", "pizza", 1, null)).hasMessage("userId is required");
        assertThatThrownBy(() -> new OrderRequest(ID, "u-1", null, 1, null)).hasMessage("sku is required");
    }

    @Test
    void rejects_values_longer_than_their_columns() {
        assertThatThrownBy(() -> new OrderRequest(ID, "u-1", "pizza", 1, "n".repeat(501)))
                .hasMessage("note must be at most 500 characters");
        assertThatThrownBy(() -> new OrderRequest(ID, "u".repeat(65), "pizza", 1, null))
                .hasMessage("userId must be at most 64 characters");
        assertThatThrownBy(() -> OrderId.of("o".repeat(65)))
                .hasMessage("orderId must be at most 64 characters");
    }

    @Test
    void an_order_id_is_required() {
        assertThatThrownBy(() -> OrderId.of("")).isInstanceOf(InvalidOrderException.class);
        assertThatThrownBy(() -> new OrderRequest(null, "u-1", "pizza", 1, null))
                .hasMessage("orderId is required");
    }
}
