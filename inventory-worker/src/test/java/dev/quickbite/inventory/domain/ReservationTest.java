package dev.quickbite.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quickbite.contract.SagaError;
import org.junit.jupiter.api.Test;

class ReservationTest {

    private final OrderId order = OrderId.of("order-1");
    private final Sku sku = Sku.of("burger");

    @Test
    void aTombstoneIsAReleaseOfNothing() {
        Reservation tombstone = Reservation.tombstone(order, sku);

        assertThat(tombstone.status()).isEqualTo(ReservationStatus.RELEASED);
        assertThat(tombstone.quantity()).isZero();
        assertThat(tombstone.rejectionReason()).isNull();
    }

    @Test
    void onlyARejectionCarriesAReason() {
        assertThat(Reservation.rejected(order, sku, Quantity.of(2), RejectionReason.UNKNOWN_SKU).rejectionReason())
                .isEqualTo(RejectionReason.UNKNOWN_SKU);
        assertThatThrownBy(() -> new Reservation(order, sku, 2, ReservationStatus.REJECTED, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reservation(order, sku, 2, ReservationStatus.RESERVED,
                RejectionReason.INSUFFICIENT_STOCK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectionReasonsSpeakTheSagaContract() {
        assertThat(RejectionReason.INSUFFICIENT_STOCK.text()).isEqualTo("insufficient stock");
        assertThat(RejectionReason.UNKNOWN_SKU.sagaError()).isEqualTo(SagaError.UNKNOWN_SKU);
        assertThat(RejectionReason.fromText("unknown sku")).isEqualTo(RejectionReason.UNKNOWN_SKU);
        assertThatThrownBy(() -> RejectionReason.fromText("bored"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
