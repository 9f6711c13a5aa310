package dev.quickbite.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ValueObjectsTest {

    @Test
    void identifiersAreTrimmedAndMustFitTheirColumns() {
        assertThat(Sku.of("  burger ").value()).isEqualTo("burger");
        assertThat(OrderId.of("a".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> Sku.of("s".repeat(65)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sku must be at most 64 characters");
        assertThatThrownBy(() -> OrderId.of(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("orderId is required");
        assertThatThrownBy(() -> OrderId.of(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aQuantityIsAtLeastOne() {
        assertThat(Quantity.of(1).value()).isEqualTo(1);
        assertThatThrownBy(() -> Quantity.of(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quantity must be a positive number, was 0");
        assertThatThrownBy(() -> Quantity.of(-3)).isInstanceOf(IllegalArgumentException.class);
    }
}
